// <toon-clip-lens>: a disclosure beside the strip that shows what CLIP sees in it — similarity table,
// zero-shot setting labels, PCA map. The shell computes; this element renders a LensState and asks.
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import './lens-map';
import { lensStyles } from './lens-styles';
import { renderLabels, renderSimilarity } from './lens-sections';
import { CLOSED_LENS, type LensState } from '../shared/lens-view';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

/** Fired to open or close the lens, to look (again), or to stop a look. */
export type LensEventName = 'lens-toggle' | 'lens-compute' | 'lens-cancel';

export class ClipLensElement extends LitElement {
  @property({ attribute: false }) state: LensState = CLOSED_LENS;
  private readonly i18n = new LocaleController(this);

  static override styles = lensStyles;

  private ask(name: LensEventName): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  private renderStatus() {
    const s = this.state;
    if (s.blocked) return html`<p class="message" data-testid="lens-message">${s.blocked}</p>`;
    switch (s.phase) {
      case 'running':
        return html`<div class="progress" data-testid="lens-progress">
          <label for="lens-bar">${s.progress.label}…</label>
          <progress id="lens-bar" max=${s.progress.total} .value=${s.progress.step}></progress>
          <button type="button" class="secondary" @click=${() => this.ask('lens-cancel')}>${t('lens.cancel')}</button>
        </div>`;
      case 'cancelled':
        return html`<p class="message" data-testid="lens-message">${t('lens.cancelled')}
          <button type="button" class="secondary" @click=${() => this.ask('lens-compute')}>${t('lens.lookAgain')}</button></p>`;
      case 'failed':
        return html`<p class="message error" role="alert" data-testid="lens-message">${t('lens.failed', { error: s.error })}
          <button type="button" class="secondary" @click=${() => this.ask('lens-compute')}>${t('lens.retry')}</button></p>`;
      default:
        return s.stale
          ? html`<p class="message" data-testid="lens-message">${t('lens.stale')}
              <button type="button" class="secondary" @click=${() => this.ask('lens-compute')}>${t('lens.refresh')}</button></p>`
          : '';
    }
  }

  private renderResult() {
    const r = this.state.result;
    if (!r) return '';
    const retrieved = r.panels.length > 0 && r.panels.every((p) => p.retrieved);
    return html`<div class=${this.state.stale || this.state.phase === 'running' ? 'result dim' : 'result'} data-testid="lens-result">
      ${retrieved
        ? html`<p class="note" role="note" data-testid="retrieval-note">${t('lens.retrievalNote')}</p>`
        : ''}
      ${r.notes.map((n) => html`<p class="note" role="note">${n}</p>`)}
      ${renderSimilarity(r)}
      ${renderLabels(r, r.map.labels.length)}
      <section aria-labelledby="map-title">
        <h3 id="map-title">${t('lens.mapTitle')}</h3>
        <p class="hint">${t('lens.mapHint', { count: r.map.settings.length })}</p>
        <toon-lens-map .map=${r.map} .sentences=${r.sentences} .panels=${r.panels}></toon-lens-map>
      </section>
    </div>`;
  }

  override render() {
    const s = this.state;
    return html`<section class="lens" aria-labelledby="lens-toggle">
      <h2>
        <button id="lens-toggle" type="button" class="toggle" aria-expanded=${s.open ? 'true' : 'false'} aria-controls="lens-body"
          @click=${() => this.ask('lens-toggle')}>
          <span class="chevron" aria-hidden="true">${s.open ? '▾' : '▸'}</span> ${t('lens.title')}
          <small>${t('lens.subtitle')}</small>
        </button>
      </h2>
      <div id="lens-body" ?hidden=${!s.open}>
        ${s.open && s.smoke
          ? html`<p class="smoke" role="note" data-testid="lens-smoke-note">${t('lens.smoke')}</p>`
          : ''}
        ${s.open ? html`${this.renderStatus()}${this.renderResult()}` : ''}
      </div>
    </section>`;
  }
}
