// Registers <toon-page-panel-controls>.
import { PagePanelControlsElement } from './page-panel-controls-element';

export { PagePanelControlsElement, GUTTER_CHOICES } from './page-panel-controls-element';
export type { PanelDeleteEvent, PanelGutterEvent, PanelInsertEvent, PanelMoveEvent, PanelShapeEvent } from './page-panel-controls-element';
if (!customElements.get('toon-page-panel-controls')) customElements.define('toon-page-panel-controls', PagePanelControlsElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-page-panel-controls': PagePanelControlsElement;
  }
}
