// The scene plan of each treatment line as chips (place, time, cast, objects, words it cannot draw), each opening a
// small editor, and the treatment's cast listed once. Properties in (the model's plan, the author's edits, the
// catalog), DOM events out (plan-line-edit, plan-cast-edit); the owner keeps the edits and passes them back.
// This file holds the state, focus and events; the templates are in plan-line-chips.ts, plan-slot-editor.ts and
// plan-cast-list.ts, the styles in plan-chips-styles.ts.
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';
import type { PlanEdit, PlanEdits, TreatmentPlan } from '../shared/plan-contract';
import type { PlanCatalog } from '../shared/plan-catalog';
import { applyPlanEdits, emptyPlanEdits } from '../shared/plan-edits';
import { renderCastList } from './plan-cast-list';
import { planChipsStyles } from './plan-chips-styles';
import { chipId, type ChipsView, type Open, type PlanCastEditDetail, type PlanLineEditDetail, type PlanStatus } from './plan-chips-types';
import { renderLine } from './plan-line-chips';

// Re-exported so that importers of this file (plan-chips.ts) keep finding them here.
export { UNSURE_BELOW } from './plan-chips-types';
export type { PlanCastEditDetail, PlanCastEditEvent, PlanLineEditDetail, PlanLineEditEvent, PlanStatus } from './plan-chips-types';

export class PlanChipsElement extends LitElement {
  /** The model's plan of the treatment, or null when there is none (no planner, or not read yet). */
  @property({ attribute: false }) plan: TreatmentPlan | null = null;
  @property({ attribute: false }) edits: PlanEdits = emptyPlanEdits();
  @property({ attribute: false }) catalog: PlanCatalog | null = null;
  @property() status: PlanStatus = 'idle';
  /** Why planning failed, when status is 'failed'. */
  @property() error = '';
  /** The treatment's current lines: a plan line whose text is no longer among them is marked as changed. */
  @property({ attribute: false }) lines: readonly string[] | null = null;
  @state() private open: Open | null = null;
  @state() private addKind = '';
  @state() private addCount = '1';
  private readonly i18n = new LocaleController(this);
  /** Where focus goes after the next render: 'editor' (its first field) or a chip's id; '' for nowhere. */
  private refocus = '';
  // Made once, so the editor's keydown listener is the same function on every render, as a method would be.
  private readonly view: ChipsView = this.makeView();

  static override styles = planChipsStyles;

  /** The helpers' way in: live getters and setters over the private state, and the element's actions. */
  private makeView(): ChipsView {
    // The getters of an object literal have their own `this`, hence the name for the element.
    const host = this;
    return {
      get catalog() {
        return host.catalog;
      },
      get lines() {
        return host.lines;
      },
      get open() {
        return host.open;
      },
      get addKind() {
        return host.addKind;
      },
      set addKind(kind: string) {
        host.addKind = kind;
      },
      get addCount() {
        return host.addCount;
      },
      set addCount(count: string) {
        host.addCount = count;
      },
      toggle: (open) => host.toggle(open),
      close: () => host.close(),
      setOpen: (open, refocus) => {
        host.open = open;
        if (refocus !== undefined) host.refocus = refocus;
      },
      emitLine: (index, text, edit) => host.emitLine(index, text, edit),
      emitCast: (detail) => host.emitCast(detail),
      onEditorKey: (event) => host.onEditorKey(event),
    };
  }

  private emitLine(index: number, text: string, edit: PlanEdit): void {
    this.dispatchEvent(
      new CustomEvent<PlanLineEditDetail>('plan-line-edit', { detail: { index, text, edit }, bubbles: true, composed: true }),
    );
  }

  private emitCast(detail: PlanCastEditDetail): void {
    this.dispatchEvent(new CustomEvent<PlanCastEditDetail>('plan-cast-edit', { detail, bubbles: true, composed: true }));
  }

  private toggle(open: Open): void {
    const same = this.open && this.open.line === open.line && this.open.slot === open.slot && this.open.key === open.key;
    if (same) {
      this.close();
      return;
    }
    this.open = open;
    this.addKind = '';
    this.addCount = '1';
    this.refocus = 'editor';
  }

  // Focus goes back to the chip that opened the editor, so a keyboard user stays where they were.
  private close(): void {
    if (!this.open) return;
    const { line, slot, key } = this.open;
    this.open = null;
    this.refocus = chipId(line, slot === 'add' ? 'add' : slot, slot === 'add' ? '' : key);
  }

  protected override updated(): void {
    if (!this.refocus) return;
    const target =
      this.refocus === 'editor'
        ? this.renderRoot.querySelector<HTMLElement>('.editor select, .editor input')
        : this.renderRoot.querySelector<HTMLElement>(`#${this.refocus}`);
    this.refocus = '';
    target?.focus();
  }

  private onEditorKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  }

  override render() {
    if (this.status === 'idle' && !this.plan) return nothing;
    const applied = this.plan ? applyPlanEdits(this.plan, this.edits) : null;
    return html`<h2>${t('plans.title')}</h2>
      <p class="hint">${t('plans.subtitle')}</p>
      ${this.status === 'planning' ? html`<p class="status" role="status">${t('plans.planning')}</p>` : nothing}
      ${this.status === 'failed' ? html`<p class="status failed" role="alert">${t('plans.failed', { error: this.error })}</p>` : nothing}
      ${applied
        ? html`<ol aria-label=${t('plans.lines')}>${applied.plans.map((_, i) => renderLine(this.view, applied.plans, i))}</ol>
            ${renderCastList(this.view, applied.cast)}`
        : nothing}`;
  }
}
