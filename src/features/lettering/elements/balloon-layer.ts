// Registers <toon-balloon-layer>.
import { BalloonLayerElement } from './balloon-layer-element';

export { BalloonLayerElement };
export type { BalloonChangeEvent, BalloonSelectEvent, BalloonTextEvent } from './balloon-layer-element';
if (!customElements.get('toon-balloon-layer')) customElements.define('toon-balloon-layer', BalloonLayerElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-balloon-layer': BalloonLayerElement;
  }
}
