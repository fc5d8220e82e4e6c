// Registers <toon-studio>.
import { ToonStudioElement } from './toon-studio-element';
import { startUiLanguage } from './ui-language';

export { ToonStudioElement };
// Before the element is defined, so its first render is already in the chosen language.
startUiLanguage();
if (!customElements.get('toon-studio')) customElements.define('toon-studio', ToonStudioElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-studio': ToonStudioElement;
  }
}
