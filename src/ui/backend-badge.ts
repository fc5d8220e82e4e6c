// Registers <toon-backend-badge>.
import { BackendBadgeElement } from './backend-badge-element';

export { BackendBadgeElement };
if (!customElements.get('toon-backend-badge')) customElements.define('toon-backend-badge', BackendBadgeElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-backend-badge': BackendBadgeElement;
  }
}
