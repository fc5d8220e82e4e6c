// One cut of the strip: the chosen variant, its progress or error, the variant picker, the reference and Regenerate.
import { outlineButtonStyles } from '../../../ui/outline-button-styles';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
// live(): a click checks a radio natively even when the owner keeps the old choice; the DOM must follow the state.
import { live } from 'lit/directives/live.js';
import '../../../ui/pixels-canvas';
import { progressFraction, progressLabel, scoreLabel, type PanelView } from '../shared/panel-view';
import { getLocale, t } from '../../../core/i18n';
import { missingLine, planLine, type PlanNames } from '../../plans/shared/plan-label';
import type { CastEntry } from '../../plans/shared/plan-contract';
import { LocaleController } from '../../../ui/locale-controller';
import '../../lettering/elements/balloon-layer';
import '../../lettering/elements/balloon-tools';
import '../../lettering/elements/page-panel-controls';
import type { BalloonEditEvent } from '../../lettering/elements/balloon-tools';
import type { PagePanel } from '../../lettering/shared/lettering-contract';
import { MAX_BALLOON_TEXT } from '../../lettering/shared/script-balloons';
import '../../composer/elements/layout-editor';
import type { LayoutEditorView } from '../../composer/elements/layout-editor';

/** Fired when the author picks a variant; detail names the panel and the variant. */
export type VariantChooseEvent = CustomEvent<{ index: number; variant: number }>;
/** Fired when the author asks to redraw this panel only. */
export type PanelRegenerateEvent = CustomEvent<{ index: number }>;

export class StripPanelElement extends LitElement {
  @property({ attribute: false }) panel?: PanelView;
  /** True while any run is going: a second run would compete for the same workers. */
  @property({ type: Boolean }) busy = false;
  /** Lines of dialogue written under this panel's scene line. */
  @property({ type: Number }) dialogue = 0;
  /** Names for the plan line (the scene planner's catalog.json); ids in words without them. */
  @property({ attribute: false }) planNames?: PlanNames;
  /** The treatment's cast (scene plans with the author's renames), for the balloon tools' speaker line. */
  @property({ attribute: false }) cast: readonly CastEntry[] = [];
  /** This panel on the page: its shape, the gutter above, its balloons; absent: a square panel with no words. */
  @property({ attribute: false }) page?: PagePanel;
  /** Its size in page pixels (800 wide at the design width). */
  @property({ type: Number }) pageWidth = 800;
  @property({ type: Number }) pageHeight = 800;
  /** Panels on the page, for the move and delete controls. */
  @property({ type: Number }) count = 1;
  /** The id of this panel's selected balloon, '' for none. */
  @property() selectedBalloon = '';
  /** The reader preview: the picture and its balloons only, nothing to edit. */
  @property({ type: Boolean }) preview = false;
  /** A composed panel's layout editor (its layout, drawing, depth and history); absent: the panel was not composed. */
  @property({ attribute: false }) editor?: LayoutEditorView;
  @state() private editingLayout = false;
  private readonly i18n = new LocaleController(this);

  static override styles = [outlineButtonStyles, css`
    :host {
      display: block;
    }
    .art {
      position: relative;
      overflow: hidden;
      background: #eef0f4;
    }
    .art > toon-pixels {
      position: absolute;
      inset: 0;
    }
    .placeholder {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      align-content: center;
      gap: 0.5rem;
      padding: 1rem;
      text-align: center;
      color: #5b6272;
      font-size: 0.875rem;
    }
    .status {
      position: absolute;
      z-index: 1;
      inset: auto 0 0 0;
      padding: 0.375rem 0.75rem;
      background: rgb(31 36 48 / 0.78);
      color: #fff;
      font-size: 0.8125rem;
    }
    progress {
      width: min(16rem, 80%);
      height: 6px;
      accent-color: var(--toon-accent, #ff5a5f);
    }
    .meta {
      display: grid;
      gap: 0.5rem;
      padding: 0.625rem 0.75rem 0.75rem;
      background: #fff;
      border-bottom: 1px solid #e4e6eb;
    }
    .edit-layout {
      justify-self: start;
    }
    .words-warning {
      margin: 0;
      padding: 0.375rem 0.625rem;
      border-radius: 8px;
      background: #fff7e6;
      color: #8a4b00;
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
    .sentence {
      margin: 0;
      font-size: 0.9375rem;
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    .dialogue {
      margin: 0;
      font-size: 0.8125rem;
      color: #5b6272;
    }
    .number {
      font-weight: 800;
      color: var(--toon-accent, #ff5a5f);
      margin-right: 0.375rem;
    }
    :host {
      container-type: inline-size;
    }
    .row {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'variants reference regenerate';
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    .variants {
      grid-area: variants;
    }
    .reference {
      grid-area: reference;
    }
    .regenerate {
      grid-area: regenerate;
    }
    /* On a phone-wide panel the reference gets its own line instead of squeezing the buttons. */
    @container (max-width: 27rem) {
      .row {
        grid-template-columns: auto minmax(0, 1fr);
        grid-template-areas: 'variants regenerate' 'reference reference';
      }
      .regenerate {
        justify-self: end;
      }
    }
    .variants {
      display: flex;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .variant {
      position: relative;
      width: 3rem;
      border-radius: 6px;
      overflow: hidden;
      box-shadow: 0 0 0 1px #c9ced8;
      cursor: pointer;
    }
    .variant input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
    }
    .variant:has(input:checked) {
      box-shadow: 0 0 0 3px var(--toon-ink, #1f2430);
    }
    .variant:has(input:focus-visible) {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 3px;
    }
    .reference {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-size: 0.8125rem;
      color: #3c4353;
      min-width: 0;
    }
    .reference toon-pixels {
      width: 2.75rem;
      flex: none;
      border-radius: 4px;
      overflow: hidden;
      box-shadow: 0 0 0 1px #c9ced8;
    }
    .score {
      font-weight: 700;
      color: var(--toon-ink, #1f2430);
    }
    .regenerate {
      --outline-button-font-size: 0.8125rem;
      --outline-button-padding: 0.375rem 0.75rem;
    }
    .plan {
      margin: 0;
      font-size: 0.8125rem;
      color: #3c4353;
      overflow-wrap: anywhere;
    }
    .plan-label {
      font-weight: 700;
      color: #5b6272;
    }
    .lacks {
      color: #8a4b00;
      font-weight: 600;
    }
    .error {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-radius: 8px;
      background: #fff5f5;
      color: #8f1d21;
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
  `];

  private send(name: string, detail: object) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private renderArt(panel: PanelView) {
    const result = panel.result;
    const shown = result?.variants[panel.chosen] ?? result?.variants[0];
    const running = panel.status === 'running' || panel.status === 'waiting';
    const status = running ? progressLabel(panel.progress) : '';
    if (shown) {
      return html`<toon-pixels fit="cover" .pixels=${shown} label=${t('panel.picture', { panel: panel.index + 1, variant: panel.chosen + 1 })}></toon-pixels>
        ${running ? html`<div class="status" data-testid="progress">${status}</div>` : nothing}`;
    }
    if (running) {
      return html`<div class="placeholder">
        <span data-testid="progress">${status}</span>
        <progress max="1" .value=${progressFraction(panel.progress)} aria-label=${t('panel.progress', { panel: panel.index + 1 })}></progress>
      </div>`;
    }
    const why = panel.status === 'cancelled' ? t('panel.cancelled') : t('panel.notDrawn');
    return html`<div class="placeholder">${why}</div>`;
  }

  private renderVariants(panel: PanelView) {
    const variants = panel.result?.variants ?? [];
    if (variants.length < 2) return nothing;
    return html`<fieldset class="variants" aria-label=${t('panel.variants', { panel: panel.index + 1 })}>
      ${variants.map(
        (v, i) => html`<label class="variant" title=${t('panel.variant', { variant: i + 1 })}
          ><input type="radio" name="variant" aria-label=${t('panel.variant', { variant: i + 1 })} .checked=${live(i === panel.chosen)}
            @change=${() => this.send('variant-choose', { index: panel.index, variant: i })} /><toon-pixels
            .pixels=${v}
            label=${t('panel.variant', { variant: i + 1 })}
          ></toon-pixels
        ></label>`,
      )}
    </fieldset>`;
  }

  private renderReference(panel: PanelView) {
    const ref = panel.result?.reference;
    if (panel.result?.composed) return html`<span class="reference" data-testid="composed">${t('panel.composed')}</span>`;
    if (!ref) return panel.result ? html`<span class="reference">${t('panel.noReference')}</span>` : nothing;
    const from = ref.source === 'user' ? t('panel.fromUser') : t('panel.fromGallery');
    return html`<span class="reference" data-testid="reference">
      <toon-pixels .pixels=${ref.thumb} label=${t('panel.reference', { id: ref.id })}></toon-pixels>
      <span
        ><span class="score" data-testid="score" title=${t('panel.scoreTitle')}>${scoreLabel(ref.score)}</span>
        · <span data-testid="setting">${ref.settingNames?.[getLocale()] ?? (ref.setting ? ref.setting.replace(/_/g, ' ') : t('panel.unknownSetting'))}</span> · ${from}</span
      >
    </span>`;
  }

  /** The plan the panel was retrieved by, in one line, and what of it the reference lacks. */
  private renderPlan(panel: PanelView) {
    const plan = panel.result?.plan;
    if (!plan) return nothing;
    const line = planLine(plan, this.planNames);
    const lacks = missingLine(panel.result?.reference?.missing, this.planNames);
    if (!line && !lacks) return nothing;
    return html`<p class="plan" data-testid="plan" title=${t('panel.planTitle')}>
      <span class="plan-label">${t('panel.plan')}</span> <span data-testid="plan-line">${line}</span>${lacks
        ? html`${line ? ' · ' : ''}<span class="lacks" data-testid="plan-missing">⚠ ${lacks}</span>`
        : nothing}
    </p>`;
  }

  /** The balloons over the picture, editable unless this is the reader preview. */
  private renderBalloons(panel: PanelView) {
    const page = this.page;
    if (!page) return nothing;
    return html`<toon-balloon-layer .balloons=${page.balloons} .panelWidth=${this.pageWidth} .panelHeight=${this.pageHeight}
      .panel=${panel.index} .selected=${this.selectedBalloon} ?editable=${!this.preview}></toon-balloon-layer>`;
  }

  /** The page controls and, with a balloon selected, its tools; a note for a balloon too long to letter whole. */
  private renderPageTools(panel: PanelView) {
    const page = this.page;
    if (!page) return nothing;
    const index = page.balloons.findIndex((b) => b.id === this.selectedBalloon);
    const tooLong = page.balloons.filter((b) => [...b.text].length > MAX_BALLOON_TEXT);
    return html`<toon-page-panel-controls .index=${panel.index} .count=${this.count} .shape=${page.shape} .gutter=${page.gutterBefore}
        ?busy=${this.busy}></toon-page-panel-controls>
      ${index >= 0
        ? html`<toon-balloon-tools .balloon=${page.balloons[index]} .number=${index + 1} .panel=${panel.index}
            .panelWidth=${this.pageWidth} .panelHeight=${this.pageHeight} .cast=${this.cast} .planNames=${this.planNames}
            @balloon-edit=${(e: BalloonEditEvent) => this.editBalloon(e)}></toon-balloon-tools>`
        : nothing}
      ${tooLong.map(
        (b) => html`<p class="words-warning" role="status" data-testid="balloon-too-long">
          ${t('balloon.tooLong', { count: [...b.text].length, max: MAX_BALLOON_TEXT })}
        </p>`,
      )}`;
  }

  private renderLayoutEditor(panel: PanelView) {
    const view = this.editor;
    if (!view) return nothing;
    const open = this.editingLayout;
    return html`<button class="outline-button edit-layout" type="button" data-action="edit-layout" aria-expanded=${open ? 'true' : 'false'}
        @click=${() => (this.editingLayout = !open)}>${open ? t('composer.closeLayout') : t('composer.editLayout')}</button>
      ${open
        ? html`<toon-layout-editor .index=${panel.index} .layout=${view.layout} .image=${view.image} .depth=${view.depth}
            .names=${this.planNames} ?canUndo=${view.canUndo} ?canRedo=${view.canRedo} ?composing=${view.composing}
            ?busy=${this.busy || panel.status === 'running' || panel.status === 'waiting'}></toon-layout-editor>`
        : nothing}`;
  }

  private editBalloon(e: BalloonEditEvent): void {
    e.stopPropagation();
    this.renderRoot.querySelector('toon-balloon-layer')?.edit(e.detail.id);
  }

  override render() {
    const panel = this.panel;
    if (!panel) return nothing;
    const runningHere = panel.status === 'running' || panel.status === 'waiting';
    return html`<article aria-label=${t('panel.label', { panel: panel.index + 1 })}>
      <div class="art" style=${`aspect-ratio: ${this.pageWidth} / ${this.pageHeight}`}>${this.renderArt(panel)}${this.renderBalloons(panel)}</div>
      ${this.preview
        ? nothing
        : html`<div class="meta">
            <p class="sentence"><span class="number">${panel.index + 1}</span>${panel.text}</p>
            ${this.dialogue > 0
              ? html`<p class="dialogue" data-testid="panel-dialogue">${t('panel.dialogue', { count: this.dialogue })}</p>`
              : nothing}
            <div class="row">
              ${this.renderVariants(panel)} ${this.renderReference(panel)}
              <button class="regenerate outline-button" type="button" ?disabled=${this.busy || runningHere}
                aria-label=${t('panel.regenerateLabel', { panel: panel.index + 1 })} @click=${() => this.send('panel-regenerate', { index: panel.index })}>
                ${t('panel.regenerate')}
              </button>
            </div>
            ${this.renderLayoutEditor(panel)}
            ${this.renderPlan(panel)}
            ${panel.error ? html`<p class="error" data-testid="panel-error">${panel.error}</p>` : nothing}
            ${this.renderPageTools(panel)}
          </div>`}
    </article>`;
  }
}
