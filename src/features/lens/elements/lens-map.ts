// Registers <toon-lens-map>.
import { LensMapElement } from './lens-map-element';

export { LensMapElement };
if (!customElements.get('toon-lens-map')) customElements.define('toon-lens-map', LensMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-lens-map': LensMapElement;
  }
}
