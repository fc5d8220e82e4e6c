// Registers <toon-clip-lens>.
import { ClipLensElement } from './clip-lens-element';

export { ClipLensElement };
export type { LensEventName } from './clip-lens-element';
export * from '../shared/lens-view';
if (!customElements.get('toon-clip-lens')) customElements.define('toon-clip-lens', ClipLensElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-clip-lens': ClipLensElement;
  }
}
