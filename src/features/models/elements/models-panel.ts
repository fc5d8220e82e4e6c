// Registers <toon-models-panel>.
import { ModelsPanelElement } from './models-panel-element';

export { ModelsPanelElement } from './models-panel-element';
export type { ModelLoadEvent } from './models-panel-element';
export { stateLabel, type ModelRow } from '../shared/model-row';
export { formatBytes } from '../shared/format-bytes';
if (!customElements.get('toon-models-panel')) customElements.define('toon-models-panel', ModelsPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-models-panel': ModelsPanelElement;
  }
}
