// Registers <toon-project-card>.
import { ProjectCardElement } from './project-card-element';

export { ProjectCardElement };
export type { ProjectOpenEvent } from './project-card-element';
if (!customElements.get('toon-project-card')) customElements.define('toon-project-card', ProjectCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-project-card': ProjectCardElement;
  }
}
