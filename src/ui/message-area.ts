// Registers <toon-message-area>.
import { MessageAreaElement } from './message-area-element';

export { MessageAreaElement };
export type { StudioMessage, MessageDismissEvent } from './message-area-element';
if (!customElements.get('toon-message-area')) customElements.define('toon-message-area', MessageAreaElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-message-area': MessageAreaElement;
  }
}
