// Registers <toon-treatment-editor>.
import { TreatmentEditorElement } from './treatment-editor-element';

export { TreatmentEditorElement };
export type { SaveStatus, TreatmentInputEvent } from './treatment-editor-element';
export { checkTreatment, MAX_SENTENCES, MAX_LINE_CHARS, type TreatmentCheck } from '../shared/treatment-rules';
if (!customElements.get('toon-treatment-editor')) customElements.define('toon-treatment-editor', TreatmentEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-treatment-editor': TreatmentEditorElement;
  }
}
