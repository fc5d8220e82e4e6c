// Registers <toon-treatment-editor>.
import { TreatmentEditorElement } from './treatment-editor-element';

export { TreatmentEditorElement };
export type { SaveStatus, TreatmentInputEvent } from './treatment-editor-element';
export { MAX_SENTENCES, MAX_LINE_CHARS, MAX_BALLOON_CHARS, type TreatmentCheck } from '../shared/treatment-rules';
export { checkTreatment } from './treatment-check';
if (!customElements.get('toon-treatment-editor')) customElements.define('toon-treatment-editor', TreatmentEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-treatment-editor': TreatmentEditorElement;
  }
}
