// Registers <toon-studio>.
import { ToonStudioElement } from './toon-studio-element';

export { ToonStudioElement };
if (!customElements.get('toon-studio')) customElements.define('toon-studio', ToonStudioElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-studio': ToonStudioElement;
  }
}
