// Registers <toon-strip-view>.
import { StripViewElement } from './strip-view-element';

export { StripViewElement };
if (!customElements.get('toon-strip-view')) customElements.define('toon-strip-view', StripViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-strip-view': StripViewElement;
  }
}
