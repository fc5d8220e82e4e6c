// Registers <toon-plan-chips>.
import { PlanChipsElement } from './plan-chips-element';

export { PlanChipsElement };
export type { PlanCastEditDetail, PlanCastEditEvent, PlanLineEditDetail, PlanLineEditEvent, PlanStatus } from './plan-chips-element';
if (!customElements.get('toon-plan-chips')) customElements.define('toon-plan-chips', PlanChipsElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-plan-chips': PlanChipsElement;
  }
}
