// The vertical webtoon strip, centred like a reader: one panel per sentence, or a plan of the cuts until then.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import './strip-panel';
import type { PanelView } from '../shared/panel-view';
import type { PlanNames } from '../../plans/shared/plan-label';
import type { ScriptPanel } from '../../lettering/shared/script-contract';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

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
  /** The treatment's scene lines with their dialogue (the check's panels), for a count under each panel. */
  @property({ attribute: false }) script: ScriptPanel[] = [];
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
      z-index: 1;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
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
    .panels {
      display: grid;
      /* A reader's gutter, scaled down: the export uses the full 250 px at 800 px wide. */
      gap: 2.5rem;
      padding-bottom: 2.5rem;
    }
    @media (max-width: 52rem) {
      .bar {
        top: 0;
      }
    }
  `;

  private renderPanels() {
    const drawn = this.panels.filter((p) => p.result).length;
    return html`<section class="strip" aria-label=${t('strip.label')}>
      <div class="bar">
        <span
          ><span data-testid="strip-summary">${t('strip.summary', { drawn, total: this.panels.length })}</span
          >${this.activity ? html` · <span data-testid="activity">${this.activity}</span>` : ''}</span
        >
        <button class="export" type="button" ?disabled=${drawn === 0 || this.busy || this.exporting}
          title=${t('strip.exportTitle')}
          @click=${() => this.dispatchEvent(new CustomEvent('strip-export', { bubbles: true, composed: true }))}>
          ${this.exporting ? t('strip.exporting') : t('strip.export')}
        </button>
      </div>
      <div class="panels">
        ${repeat(
          this.panels,
          (p) => p.index,
          (p) => html`<toon-strip-panel data-index=${p.index} data-status=${p.status} .panel=${p} .planNames=${this.planNames} .dialogue=${this.dialogueOf(p)} ?busy=${this.busy}></toon-strip-panel>`,
        )}
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
