// Registers <toon-layout-editor>.
import { LayoutEditorElement } from './layout-editor-element';

export { LayoutEditorElement };
export type { LayoutCommandEvent, LayoutEditEvent } from './layout-editor-element';
export type { LayoutEditorView } from '../shared/composer-contract';
if (!customElements.get('toon-layout-editor')) customElements.define('toon-layout-editor', LayoutEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-layout-editor': LayoutEditorElement;
  }
}
