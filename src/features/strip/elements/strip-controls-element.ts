// Strip controls: mode and style pickers, seed with a dice, Generate and Cancel. Properties in, DOM events out.
import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
// live(): a click checks a radio natively even when the owner keeps the old choice; the DOM must follow the state.
import { live } from 'lit/directives/live.js';
import { MAX_SEED, MODES, SOURCES, STYLES, parseSeed, type StripChoices } from '../shared/control-options';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

// Drawn, not an emoji: Debian's Chromium has no colour emoji font and shows 🎲 as a box.
const DICE = svg`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
  <rect x="1.5" y="1.5" width="17" height="17" rx="4" fill="none" stroke="currentColor" stroke-width="1.6" />
  ${[[6, 6], [14, 6], [10, 10], [6, 14], [14, 14]].map(([x, y]) => svg`<circle cx=${x} cy=${y} r="1.6" fill="currentColor" />`)}
</svg>`;

/** Fired whenever mode, style or seed changes; detail is the full set of choices. */
export type ChoicesChangeEvent = CustomEvent<StripChoices>;

export class StripControlsElement extends LitElement {
  @property({ attribute: false }) choices: StripChoices = { mode: 'diffusion', style: 'ink', seed: 1234, source: 'composed' };
  /** Generate is enabled only when this is empty; otherwise it says why not. */
  @property({ attribute: 'blocked-reason' }) blockedReason = '';
  @property({ type: Boolean }) running = false;
  private seedText?: string;
  private readonly i18n = new LocaleController(this);
  private refocus = '';

  static override styles = css`
    :host {
      display: grid;
      gap: 0.875rem;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend,
    .label {
      font-weight: 700;
      font-size: 0.875rem;
      margin-bottom: 0.375rem;
      padding: 0;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .choice {
      position: relative;
    }
    .choice input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
    }
    .choice span {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      padding: 0.375rem 0.625rem;
      border: 1px solid #c9ced8;
      border-radius: 999px;
      font-size: 0.875rem;
      background: #fff;
      cursor: pointer;
      user-select: none;
    }
    .choice input:checked + span {
      border-color: var(--toon-ink, #1f2430);
      background: var(--toon-ink, #1f2430);
      color: #fff;
    }
    .choice input:focus-visible + span {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 2px;
    }
    .choice input:disabled + span {
      opacity: 0.55;
      cursor: default;
    }
    .swatch {
      width: 1rem;
      height: 1rem;
      border-radius: 4px;
      box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.25);
    }
    .hint {
      margin: 0.375rem 0 0;
      font-size: 0.8125rem;
      color: #5b6272;
    }
    .seed {
      display: flex;
      gap: 0.375rem;
      align-items: center;
    }
    .seed input {
      font: inherit;
      width: 9rem;
      padding: 0.375rem 0.5rem;
      border: 1px solid #c9ced8;
      border-radius: 8px;
    }
    .seed input[aria-invalid='true'] {
      border-color: #e5484d;
    }
    button {
      font: inherit;
      cursor: pointer;
    }
    button:focus-visible,
    .seed input:focus-visible {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 2px;
    }
    .dice {
      display: inline-grid;
      place-items: center;
      padding: 0.375rem 0.5rem;
      color: var(--toon-ink, #1f2430);
      border: 1px solid #c9ced8;
      border-radius: 8px;
      background: #fff;
      font-size: 1.05rem;
      line-height: 1;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .generate,
    .cancel {
      font-weight: 700;
      padding: 0.625rem 1.25rem;
      border-radius: 10px;
      white-space: nowrap;
    }
    .generate {
      border: 0;
      background: var(--toon-accent, #ff5a5f);
      color: #fff;
    }
    .generate:disabled {
      background: #c9ced8;
      color: #4b5263;
      cursor: not-allowed;
    }
    .cancel {
      border: 1px solid var(--toon-ink, #1f2430);
      background: #fff;
      color: var(--toon-ink, #1f2430);
    }
    .note {
      flex-basis: 100%;
      margin: 0;
      font-size: 0.8125rem;
      color: #5b6272;
    }
  `;

  private emit(patch: Partial<StripChoices>) {
    this.choices = { ...this.choices, ...patch };
    this.dispatchEvent(new CustomEvent('choices-change', { detail: this.choices, bubbles: true, composed: true }));
  }

  private onSeedInput(event: Event) {
    this.seedText = (event.target as HTMLInputElement).value;
    const seed = parseSeed(this.seedText);
    if (seed === null) this.requestUpdate();
    else this.emit({ seed });
  }

  private rollDice() {
    // A fresh seed is a UI choice, not maths: the pipeline stays seeded by whatever number this picks.
    const seed = crypto.getRandomValues(new Uint32Array(1))[0];
    this.seedText = undefined;
    this.emit({ seed });
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('running') || changed.get('running') === undefined) return;
    // Read before render: the pressed button is about to disable or disappear.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    this.refocus = active?.matches(this.running ? '.generate' : '.cancel') ? (this.running ? '.cancel' : '.generate') : '';
  }

  override updated(): void {
    // Keyboard users land on the button that takes the pressed one's place, not on the page body.
    if (this.refocus) this.renderRoot.querySelector<HTMLButtonElement>(this.refocus)?.focus();
    this.refocus = '';
  }

  private fire(name: 'strip-generate' | 'strip-cancel') {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  override render() {
    const { mode, style, seed, source } = this.choices;
    const sourceHint = SOURCES.find((m) => m.value === source)?.hint ?? '';
    const seedText = this.seedText ?? String(seed);
    const seedInvalid = parseSeed(seedText) === null;
    const blocked = this.blockedReason || (seedInvalid ? t('controls.seedInvalid', { max: MAX_SEED }) : '');
    const modeHint = MODES.find((m) => m.value === mode)?.hint ?? '';
    return html`
      <fieldset ?disabled=${this.running}>
        <legend>${t('controls.mode')}</legend>
        <div class="choices" role="radiogroup" aria-label=${t('controls.mode')}>
          ${MODES.map(
            (m) => html`<label class="choice"
              ><input type="radio" name="mode" .value=${m.value} .checked=${live(m.value === mode)}
                @change=${() => this.emit({ mode: m.value })} /><span>${m.label}</span></label
            >`,
          )}
        </div>
        <p class="hint" data-testid="mode-hint">${modeHint}</p>
      </fieldset>
      <fieldset ?disabled=${this.running}>
        <legend>${t('controls.source')}</legend>
        <div class="choices" role="radiogroup" aria-label=${t('controls.source')}>
          ${SOURCES.map(
            (m) => html`<label class="choice"
              ><input type="radio" name="source" .value=${m.value} .checked=${live(m.value === source)}
                @change=${() => this.emit({ source: m.value })} /><span>${m.label}</span></label
            >`,
          )}
        </div>
        <p class="hint" data-testid="source-hint">${sourceHint}</p>
      </fieldset>
      <fieldset ?disabled=${this.running}>
        <legend>${t('controls.style')}</legend>
        <div class="choices" role="radiogroup" aria-label=${t('controls.style')}>
          ${STYLES.map(
            (s) => html`<label class="choice"
              ><input type="radio" name="style" .value=${s.value} .checked=${live(s.value === style)}
                @change=${() => this.emit({ style: s.value })} /><span
                ><i class="swatch" style="background: ${s.swatch}" aria-hidden="true"></i>${s.label}</span
              ></label
            >`,
          )}
        </div>
      </fieldset>
      <div>
        <label class="label" for="seed">${t('controls.seed')}</label>
        <div class="seed">
          <input id="seed" inputmode="numeric" autocomplete="off" .value=${seedText} ?disabled=${this.running}
            aria-invalid=${seedInvalid ? 'true' : 'false'} @input=${this.onSeedInput} />
          <button class="dice" type="button" aria-label=${t('controls.randomSeed')} title=${t('controls.randomSeed')} ?disabled=${this.running}
            @click=${this.rollDice}>${DICE}</button>
        </div>
      </div>
      <div class="actions">
        <button class="generate" type="button" ?disabled=${Boolean(blocked) || this.running}
          title=${blocked || nothing} aria-describedby="generate-note" @click=${() => this.fire('strip-generate')}>
          ${t('controls.generate')}
        </button>
        ${this.running
          ? html`<button class="cancel" type="button" @click=${() => this.fire('strip-cancel')}>${t('controls.cancel')}</button>`
          : nothing}
        <p class="note" id="generate-note" data-testid="generate-note" aria-live="polite">
          ${this.running ? t('controls.drawing') : blocked}
        </p>
      </div>
    `;
  }
}
