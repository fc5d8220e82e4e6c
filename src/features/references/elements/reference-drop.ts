// Registers <toon-reference-drop>.
import { ReferenceDropElement } from './reference-drop-element';

export { ReferenceDropElement };
export type { ReferenceFilesEvent } from './reference-drop-element';
export * from '../shared/reference-files';
if (!customElements.get('toon-reference-drop')) customElements.define('toon-reference-drop', ReferenceDropElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-reference-drop': ReferenceDropElement;
  }
}
