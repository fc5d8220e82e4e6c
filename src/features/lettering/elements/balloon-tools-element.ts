// The selected balloon's tools, under its panel (never over the picture): its style, its tails, and editing its words.
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { BALLOON_KINDS, type Balloon, type BalloonKind } from '../shared/lettering-contract';
import { MAX_TAILS, TAILLESS_KINDS, addTail, removeTail, setBalloonKind } from '../shared/balloon-edits';
import { outlineButtonStyles } from '../../../ui/outline-button-styles';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';
import { kindName } from './balloon-words';
import { speakerCast } from '../shared/speaker-cast';
import { planName, type PlanNames } from '../../plans/shared/plan-label';
import type { CastEntry } from '../../plans/shared/plan-contract';

/** Asks the panel's balloon layer to start editing this balloon's words. */
export type BalloonEditEvent = CustomEvent<{ panel: number; id: string }>;

export class BalloonToolsElement extends LitElement {
  @property({ attribute: false }) balloon?: Balloon;
  /** Its number within the panel (1-based), for the tools' name. */
  @property({ type: Number }) number = 1;
  @property({ type: Number }) panel = 0;
  @property({ type: Number }) panelWidth = 800;
  @property({ type: Number }) panelHeight = 800;
  /** The treatment's cast as the scene plans read it (with the author's renames), to say who speaks. */
  @property({ attribute: false }) cast: readonly CastEntry[] = [];
  @property({ attribute: false }) planNames?: PlanNames;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    outlineButtonStyles,
    css`
      :host {
        display: block;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.375rem 0.5rem;
        margin: 0;
        padding: 0.5rem 0.625rem;
        border: 1px solid #c9d6f5;
        border-radius: 8px;
        background: #f3f6fd;
        --outline-button-font-size: 0.8125rem;
        --outline-button-padding: 0.3rem 0.65rem;
      }
      legend {
        float: left;
        padding: 0;
        margin-right: 0.25rem;
        font-size: 0.8125rem;
        font-weight: 700;
        color: #2b3a67;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
        font-size: 0.8125rem;
      }
      select {
        font: inherit;
        padding: 0.25rem 0.4rem;
        border-radius: 6px;
        border: 1px solid #9aa3b5;
        background: #fff;
      }
      .speaker {
        flex-basis: 100%;
        margin: 0;
        font-size: 0.8125rem;
        color: #3c4353;
      }
      .hint {
        flex-basis: 100%;
        margin: 0;
        font-size: 0.75rem;
        color: #5b6272;
      }
    `,
  ];

  private change(balloon: Balloon): void {
    if (balloon === this.balloon) return;
    this.dispatchEvent(new CustomEvent('balloon-change', { detail: { panel: this.panel, balloon }, bubbles: true, composed: true }));
  }

  private send(name: string, id: string): void {
    this.dispatchEvent(new CustomEvent(name, { detail: { panel: this.panel, id }, bubbles: true, composed: true }));
  }

  private speakerLine(speaker: string): string {
    const member = speakerCast(speaker, this.cast);
    if (!member) return t('balloon.speakerNotCast', { speaker });
    return t('balloon.speakerCast', { speaker, kind: planName(this.planNames, 'kinds', member.kind), id: member.id });
  }

  override render() {
    const b = this.balloon;
    if (!b) return nothing;
    const size = { width: this.panelWidth, height: this.panelHeight };
    const tailless = TAILLESS_KINDS.includes(b.kind);
    return html`<fieldset class="tools" data-testid="balloon-tools">
      <legend>${t('balloon.tools', { number: this.number, panel: this.panel + 1 })}</legend>
      ${b.speaker ? html`<p class="speaker" data-testid="balloon-speaker">${this.speakerLine(b.speaker)}</p>` : nothing}
      <label
        >${t('balloon.style')}
        <select data-testid="balloon-style" .value=${b.kind}
          @change=${(e: Event) => this.change(setBalloonKind(b, (e.target as HTMLSelectElement).value as BalloonKind, size))}>
          ${BALLOON_KINDS.map((k) => html`<option value=${k} ?selected=${k === b.kind}>${kindName(k)}</option>`)}
        </select></label
      >
      <button type="button" class="outline-button" data-testid="balloon-edit" @click=${() => this.send('balloon-edit', b.id)}>
        ${t('balloon.edit')}
      </button>
      <button type="button" class="outline-button" data-testid="balloon-add-tail" ?disabled=${tailless || b.tails.length >= MAX_TAILS}
        @click=${() => this.change(addTail(b, size))}>${t('balloon.addTail')}</button>
      <button type="button" class="outline-button" data-testid="balloon-remove-tail" ?disabled=${b.tails.length === 0}
        @click=${() => this.change(removeTail(b))}>${t('balloon.removeTail')}</button>
      <button type="button" class="outline-button" @click=${() => this.send('balloon-select', '')}>${t('balloon.done')}</button>
      <p class="hint">${t('balloon.hint')}</p>
    </fieldset>`;
  }
}
