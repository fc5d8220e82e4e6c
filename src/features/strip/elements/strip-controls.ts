// Registers <toon-strip-controls>.
import { StripControlsElement } from './strip-controls-element';

export { StripControlsElement };
export type { ChoicesChangeEvent } from './strip-controls-element';
export * from '../shared/control-options';
if (!customElements.get('toon-strip-controls')) customElements.define('toon-strip-controls', StripControlsElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-strip-controls': StripControlsElement;
  }
}
