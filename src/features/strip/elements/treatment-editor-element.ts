// Treatment editor: one scene sentence per line, KO or EN, dialogue under it; shows counts, limit messages and the
// script format's help, never edits the text itself.
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { MAX_LINE_CHARS, MAX_SENTENCES, type TreatmentCheck } from '../shared/treatment-rules';
import { checkTreatment } from './treatment-check';
import { getLocale, t, type TextKey } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'restored' | 'failed';

/** Fired on every edit with the full text and its check. */
export type TreatmentInputEvent = CustomEvent<{ text: string; check: TreatmentCheck }>;

const SAVE_LABELS: Record<Exclude<SaveStatus, 'idle'>, TextKey> = {
  saving: 'treatment.saving',
  saved: 'treatment.saved',
  restored: 'treatment.restored',
  failed: 'treatment.failed',
};

export class TreatmentEditorElement extends LitElement {
  @property() text = '';
  @property({ attribute: 'save-status' }) saveStatus: SaveStatus = 'idle';
  @property({ type: Boolean }) disabled = false;

  private cached?: { text: string; check: TreatmentCheck; locale: string };
  private readonly i18n = new LocaleController(this);

  static override styles = css`
    :host {
      display: block;
    }
    label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.375rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      color: #5b6272;
      font-size: 0.875rem;
      line-height: 1.5;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 14rem;
      resize: vertical;
      padding: 0.75rem;
      border: 1px solid #c9ced8;
      border-radius: 10px;
      font: inherit;
      font-size: 1rem;
      line-height: 1.7;
      background: #fff;
      color: inherit;
      word-break: keep-all;
      overflow-wrap: anywhere;
    }
    textarea:focus-visible {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 1px;
      border-color: transparent;
    }
    textarea[aria-invalid='true'] {
      border-color: #e5484d;
    }
    .meta {
      display: flex;
      justify-content: space-between;
      gap: 0.75rem;
      flex-wrap: wrap;
      margin-top: 0.375rem;
      font-size: 0.8125rem;
      color: #5b6272;
    }
    .over {
      color: #c62f34;
      font-weight: 700;
    }
    .problems {
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.375rem;
    }
    .problems li {
      padding: 0.5rem 0.75rem;
      border-radius: 8px;
      background: #fff5f5;
      color: #8f1d21;
      font-size: 0.875rem;
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    .problems li.empty {
      background: #f1f3f7;
      color: #3c4353;
    }
    .problems li.advisory {
      background: #fff8e6;
      color: #6b4a00;
    }
    .format {
      margin: 0 0 0.5rem;
      font-size: 0.875rem;
      color: #3c4353;
    }
    .format summary {
      cursor: pointer;
      color: #2f6fed;
    }
    .format p,
    .format ul {
      margin: 0.375rem 0;
      line-height: 1.5;
    }
    .format ul {
      padding-left: 1.25rem;
    }
    .format pre {
      margin: 0.375rem 0 0;
      padding: 0.5rem 0.75rem;
      border-radius: 8px;
      background: #f1f3f7;
      font: inherit;
      font-size: 0.8125rem;
      white-space: pre-wrap;
    }
  `;

  /** The check for the current text, computed once per text. */
  get check(): TreatmentCheck {
    // The check's messages are in the UI language, so a switch recomputes them.
    if (this.cached?.text !== this.text || this.cached.locale !== getLocale()) {
      this.cached = { text: this.text, check: checkTreatment(this.text), locale: getLocale() };
    }
    return this.cached.check;
  }

  private onInput(event: Event) {
    this.text = (event.target as HTMLTextAreaElement).value;
    const detail = { text: this.text, check: this.check };
    this.dispatchEvent(new CustomEvent('treatment-input', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const check = this.check;
    const count = check.sentences.length;
    const tooMany = count > MAX_SENTENCES;
    const invalid = check.problems.some((p) => p.kind !== 'empty' && !p.advisory);
    return html`
      <label for="treatment">${t('treatment.label')}</label>
      <p class="hint" id="hint">
        ${t('treatment.hint')}
      </p>
      <details class="format" data-testid="script-help">
        <summary>${t('treatment.formatTitle')}</summary>
        <p>${t('treatment.formatIntro')}</p>
        <ul>
          <li>${t('treatment.formatSpeech')}</li>
          <li>${t('treatment.formatThought')}</li>
          <li>${t('treatment.formatNarration')}</li>
          <li>${t('treatment.formatSfx')}</li>
          <li>${t('treatment.formatGutter')}</li>
        </ul>
        <p>${t('treatment.formatNote')}</p>
        <pre data-testid="script-example">${t('treatment.formatExample')}</pre>
      </details>
      <textarea
        id="treatment"
        lang="ko"
        spellcheck="false"
        aria-describedby="hint counts problems"
        aria-invalid=${invalid ? 'true' : 'false'}
        placeholder=${t('treatment.placeholder')}
        .value=${this.text}
        ?disabled=${this.disabled}
        @input=${this.onInput}
      ></textarea>
      <div class="meta">
        <span id="counts" data-testid="line-count">
          <span class=${tooMany ? 'over' : ''}>${t('treatment.countOf', { count, limit: MAX_SENTENCES })}</span>
          ${t('treatment.countUnit', { count, max: MAX_LINE_CHARS })}
          ${check.dialogueCount > 0
            ? html`<span data-testid="dialogue-count">· ${t('treatment.dialogueCount', { count: check.dialogueCount })}</span>`
            : nothing}
        </span>
        <span data-testid="save-status" aria-live="polite">${this.saveStatus === 'idle' ? '' : t(SAVE_LABELS[this.saveStatus])}</span>
      </div>
      <ul class="problems" id="problems" aria-live="polite" data-testid="treatment-problems">
        ${check.problems.length
          ? check.problems.map((p) => html`<li class="${p.kind}${p.advisory ? ' advisory' : ''}" data-kind=${p.kind}>${p.message}</li>`)
          : nothing}
      </ul>
    `;
  }
}
