// Registers <toon-models-panel>.
import { ModelsPanelElement } from './models-panel-element';

export { ModelsPanelElement, stateLabel } from './models-panel-element';
export type { ModelRow, ModelLoadEvent } from './models-panel-element';
export { formatBytes } from './format-bytes';
if (!customElements.get('toon-models-panel')) customElements.define('toon-models-panel', ModelsPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-models-panel': ModelsPanelElement;
  }
}
