// Registers <toon-balloon-tools>.
import { BalloonToolsElement } from './balloon-tools-element';

export { BalloonToolsElement };
export type { BalloonEditEvent } from './balloon-tools-element';
if (!customElements.get('toon-balloon-tools')) customElements.define('toon-balloon-tools', BalloonToolsElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-balloon-tools': BalloonToolsElement;
  }
}
