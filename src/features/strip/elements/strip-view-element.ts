// The vertical webtoon strip, centred like a reader: one panel per sentence, or a plan of the cuts until then.
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import './strip-panel';
import type { PanelView } from '../shared/panel-view';
import type { PlanNames } from '../../plans/shared/plan-label';
import type { LayoutEditorView } from '../../composer/elements/layout-editor';
import type { CastEntry } from '../../plans/shared/plan-contract';
import type { ScriptPanel } from '../../lettering/shared/script-contract';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';
import type { EpisodePage } from '../../lettering/shared/lettering-contract';
import type { BalloonSelectEvent } from '../../lettering/elements/balloon-layer';
import { PAGE_PADDING, panelHeight } from '../../lettering/shared/page-layout';
import { DEFAULT_PAGE_WIDTH } from '../../lettering/shared/page-model';

/** What the export writes: the slices' image format and the page width (800 WEBTOON CANVAS, 690 Naver contests). */
export const EXPORT_FORMATS = [
  { id: 'png800', type: 'png', width: 800 },
  { id: 'jpeg800', type: 'jpeg', width: 800 },
  { id: 'png690', type: 'png', width: 690 },
  { id: 'jpeg690', type: 'jpeg', width: 690 },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Fired by the Export button with the chosen format. */
export type StripExportEvent = CustomEvent<{ type: ExportFormat['type']; width: ExportFormat['width'] }>;
/** The page's background colour was picked. */
export type PageBackgroundEvent = CustomEvent<{ background: string }>;

/** The reader preview's width in CSS px: a common phone's. */
export const PHONE_WIDTH = 360;

export class StripViewElement extends LitElement {
  /** Sentences waiting to become panels, shown as a preview of the cut count. */
  @property({ type: Number }) sentenceCount = 0;
  @property({ attribute: false }) panels: PanelView[] = [];
  /** True while a strip or a panel is being drawn. */
  @property({ type: Boolean }) busy = false;
  /** True while PNG slices are being written. */
  @property({ type: Boolean }) exporting = false;
  /** A line about work besides drawing (e.g. a model download), shown in the bar. */
  @property() activity = '';
  /** Names for the panels' plan lines (the scene planner's catalog.json); ids in words without them. */
  @property({ attribute: false }) planNames?: PlanNames;
  /** The treatment's cast as the scene plans read it, passed to the panels' balloon tools. */
  @property({ attribute: false }) cast: readonly CastEntry[] = [];
  /** Composed panels' layout editors, by panel index. */
  @property({ attribute: false }) editors: Readonly<Record<number, LayoutEditorView>> = {};
  /** The treatment's scene lines with their dialogue (the check's panels), for a count under each panel. */
  @property({ attribute: false }) script: ScriptPanel[] = [];
  /** The page the panels sit on: each panel's shape, gutter and balloons (by index), the background between them. */
  @property({ attribute: false }) page?: EpisodePage;
  /** The reader preview: the strip at phone width, pictures and balloons only. */
  @state() private preview = false;
  @state() private format: ExportFormat = EXPORT_FORMATS[0];
  /** The one selected balloon on the whole strip. */
  @state() private selected: { panel: number; id: string } = { panel: -1, id: '' };
  private readonly i18n = new LocaleController(this);

  static override styles = css`
    :host {
      display: block;
    }
    .strip {
      margin: 0 auto;
      max-width: 32rem;
      min-height: 100%;
      background: #fff;
      box-shadow: 0 0 0 1px #e4e6eb;
    }
    .strip.preview {
      max-width: 360px;
    }
    .empty {
      display: grid;
      place-items: center;
      text-align: center;
      gap: 0.75rem;
      padding: 4rem 2rem;
      min-height: 24rem;
      color: #5b6272;
    }
    .frames {
      display: grid;
      gap: 1.25rem;
      width: min(14rem, 70%);
    }
    .frame {
      aspect-ratio: 4 / 3;
      border: 2px dashed #d3d7df;
      border-radius: 6px;
    }
    .frame:nth-child(2) {
      aspect-ratio: 4 / 5;
    }
    h2 {
      margin: 0.5rem 0 0;
      font-size: 1.125rem;
      color: #1f2430;
    }
    p {
      margin: 0;
      max-width: 26rem;
      line-height: 1.6;
    }
    .bar {
      position: sticky;
      top: 4.25rem;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 0.75rem;
      padding: 0.5rem 0.75rem;
      background: rgb(255 255 255 / 0.94);
      border-bottom: 1px solid #e4e6eb;
      font-size: 0.875rem;
      color: #3c4353;
    }
    .export {
      font: inherit;
      font-weight: 700;
      padding: 0.4rem 0.9rem;
      border-radius: 8px;
      border: 0;
      background: var(--toon-ink, #1f2430);
      color: #fff;
      cursor: pointer;
    }
    .export:disabled {
      opacity: 0.45;
      cursor: default;
    }
    .export:focus-visible {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 2px;
    }
    .export-tools {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }
    .page-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      padding: 0.4rem 0.75rem;
      background: #fff;
      border-bottom: 1px solid #e4e6eb;
      font-size: 0.8125rem;
      color: #3c4353;
    }
    .page-bar label {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .page-bar input[type='color'] {
      width: 2rem;
      height: 1.6rem;
      padding: 0;
      border: 1px solid #9aa3b5;
      border-radius: 4px;
      background: none;
    }
    .export-tools select {
      font: inherit;
      padding: 0.2rem 0.3rem;
      border-radius: 6px;
      border: 1px solid #9aa3b5;
      background: #fff;
    }
    .toggle {
      font: inherit;
      font-weight: 600;
      padding: 0.3rem 0.7rem;
      border-radius: 999px;
      border: 1px solid var(--toon-ink, #1f2430);
      background: #fff;
      color: var(--toon-ink, #1f2430);
      cursor: pointer;
    }
    .toggle[aria-pressed='true'] {
      background: var(--toon-ink, #1f2430);
      color: #fff;
    }
    .toggle:focus-visible,
    .page-bar :focus-visible,
    .export-tools :focus-visible {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 2px;
    }
    .panels {
      display: grid;
      /* the page's gutters, in page pixels scaled to the shown width */
      container-type: inline-size;
    }
    .panels:not(.preview) {
      padding-bottom: 2.5rem;
    }
    .gutter {
      height: calc(var(--gutter) * 100cqw / 800);
    }
    /* While editing, the controls under a panel would otherwise touch the next picture. */
    .panels:not(.preview) .gutter {
      min-height: 1rem;
    }
    @media (max-width: 52rem) {
      .bar {
        top: 0;
      }
    }
  `;

  private send(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private onSelect(e: BalloonSelectEvent): void {
    this.selected = { panel: e.detail.panel, id: e.detail.id };
  }

  /** The sticky bar: what is drawn, and the export (its format and button). */
  private renderBar(drawn: number) {
    return html`<div class="bar">
      <span
        ><span data-testid="strip-summary">${t('strip.summary', { drawn, total: this.panels.length })}</span
        >${this.activity ? html` · <span data-testid="activity">${this.activity}</span>` : ''}</span
      >
      ${this.preview
        ? nothing
        : html`<span class="export-tools">
            <select aria-label=${t('episode.format')} title=${t('episode.format')} data-testid="export-format"
              @change=${(e: Event) => (this.format = EXPORT_FORMATS.find((f) => f.id === (e.target as HTMLSelectElement).value) ?? EXPORT_FORMATS[0])}>
              ${EXPORT_FORMATS.map((f) => html`<option value=${f.id} ?selected=${f.id === this.format.id}>${t(`episode.format.${f.id}`)}</option>`)}
            </select>
            <button class="export" type="button" data-testid="export" ?disabled=${drawn === 0 || this.busy || this.exporting}
              title=${t('episode.exportTitle')}
              @click=${() => this.send('strip-export', { type: this.format.type, width: this.format.width })}>
              ${this.exporting ? t('episode.exporting') : t('episode.export')}
            </button>
          </span>`}
    </div>`;
  }

  /** Under the bar, scrolling with the page: the background between panels and the reader preview switch. */
  private renderPageBar() {
    const page = this.page;
    return html`<div class="page-bar">
      ${page && !this.preview
        ? html`<label title=${t('page.background')}
            >${t('page.background')}
            <input type="color" data-testid="page-background" .value=${page.background}
              @change=${(e: Event) => this.send('page-background', { background: (e.target as HTMLInputElement).value })}
          /></label>`
        : nothing}
      <button type="button" class="toggle" data-testid="reader-preview" aria-pressed=${this.preview ? 'true' : 'false'}
        title=${t('page.previewTitle')} @click=${() => (this.preview = !this.preview)}>${t('page.preview')}</button>
    </div>`;
  }

  private renderPanels() {
    const drawn = this.panels.filter((p) => p.result).length;
    const page = this.page;
    const count = page?.panels.length ?? this.panels.length;
    return html`<section class="strip ${this.preview ? 'preview' : ''}" aria-label=${this.preview ? t('page.previewLabel') : t('strip.label')}
      style=${page ? `background: ${page.background}` : ''}>
      ${this.renderBar(drawn)} ${this.renderPageBar()}
      <div class="panels ${this.preview ? 'preview' : ''}" @balloon-select=${(e: BalloonSelectEvent) => this.onSelect(e)}>
        ${this.preview ? html`<div class="gutter" aria-hidden="true" style=${`--gutter: ${PAGE_PADDING.top}`}></div>` : nothing}
        ${repeat(
          this.panels,
          (p) => p.index,
          (p) => {
            const pagePanel = page?.panels[p.index];
            const width = page?.width ?? DEFAULT_PAGE_WIDTH;
            const size = { width, height: panelHeight({ width }, pagePanel?.shape ?? 'square') };
            return html`${p.index > 0 ? html`<div class="gutter" aria-hidden="true" style=${`--gutter: ${pagePanel?.gutterBefore ?? 120}`}></div>` : nothing}
              <toon-strip-panel data-index=${p.index} data-status=${p.status} .panel=${p} .planNames=${this.planNames} .cast=${this.cast}
                .dialogue=${this.dialogueOf(p)} ?busy=${this.busy} .page=${pagePanel} .pageWidth=${size.width} .pageHeight=${size.height}
                .count=${count} ?preview=${this.preview} .editor=${this.editors[p.index]}
                .selectedBalloon=${this.selected.panel === p.index ? this.selected.id : ''}></toon-strip-panel>`;
          },
        )}
        ${this.preview ? html`<div class="gutter" aria-hidden="true" style=${`--gutter: ${PAGE_PADDING.bottom}`}></div>` : nothing}
      </div>
    </section>`;
  }

  /** Lines of dialogue under this panel's scene line; 0 once the line was edited away from what the panel drew. */
  private dialogueOf(p: PanelView): number {
    const scene = this.script[p.index];
    return scene && scene.scene === p.text ? scene.lines.length : 0;
  }

  override render() {
    if (this.panels.length) return this.renderPanels();
    const waiting =
      this.sentenceCount > 0
        ? t('strip.ready', { count: this.sentenceCount })
        : t('strip.writeFirst');
    return html`<section class="strip" aria-label=${t('strip.label')}>
      <div class="empty">
        <div class="frames" aria-hidden="true">
          <div class="frame"></div>
          <div class="frame"></div>
        </div>
        <h2>${t('strip.emptyTitle')}</h2>
        <p>${waiting}</p>
        <p>${t('strip.emptyNote')}</p>
      </div>
    </section>`;
  }
}
