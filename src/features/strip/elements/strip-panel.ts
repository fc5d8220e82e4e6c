// Registers <toon-strip-panel>.
import { StripPanelElement } from './strip-panel-element';

export { StripPanelElement };
export type { VariantChooseEvent, PanelRegenerateEvent } from './strip-panel-element';
export * from '../shared/panel-view';
if (!customElements.get('toon-strip-panel')) customElements.define('toon-strip-panel', StripPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-strip-panel': StripPanelElement;
  }
}
