// <toon-lens-map>: the gallery's 2-D PCA map with the strip's sentences (●) and panels (■) on the same axes.
// Hover or arrow keys pick a gallery dot; Tab reaches each strip marker; the picked thing is described below.
import { LitElement, css, html, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../../../ui/pixels-canvas';
import { boundsOf, dodge, labelColours, nearestInDirection, nearestPoint, toScreen } from '../shared/lens-math';
import type { LensMapView, LensPanel } from '../shared/lens-view';
import { settingName } from '../shared/setting-words';
import { getLocale, t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

const W = 640;
const H = 420;
const MARGIN = 18;
type Pick = { kind: 'dot'; i: number } | { kind: 'sentence' | 'panel'; i: number } | null;
const KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export class LensMapElement extends LitElement {
  @property({ attribute: false }) map?: LensMapView;
  @property({ attribute: false }) sentences: string[] = [];
  @property({ attribute: false }) panels: LensPanel[] = [];
  @state() private picked: Pick = null;
  private readonly i18n = new LocaleController(this);
  /** Screen (viewBox) positions: gallery dots, sentence markers, panel markers. */
  private dots = new Float64Array(0);
  private sentenceAt = new Float64Array(0);
  private panelAt = new Float64Array(0);
  /** Where each marker is drawn: its true place unless another marker is already there. */
  private sentenceShown = new Float64Array(0);
  private panelShown = new Float64Array(0);
  private colours = new Map<string, string>();
  /** Where the gallery's mean (the axes' crossing) lands. */
  private origin: [number, number] = [W / 2, H / 2];

  static override styles = css`
    :host { display: block; }
    .frame { position: relative; border: 1px solid #e4e6eb; border-radius: 10px; background: #fbfbfa; }
    svg { display: block; width: 100%; height: auto; }
    svg:focus-visible, g.marker:focus-visible { outline: none; }
    svg:focus-visible { box-shadow: 0 0 0 2px var(--toon-focus, #2f6fed); border-radius: 10px; }
    .dot { opacity: 0.55; }
    .dot.on { opacity: 1; stroke: #1f2430; stroke-width: 2; }
    .axis { stroke: #d3d7df; stroke-width: 1; }
    .axis-label { font-size: 11px; fill: #5b6272; }
    .leader { stroke: #5b6272; stroke-width: 1; }
    .true-place { fill: #1f2430; }
    .pair { stroke: #1f2430; stroke-width: 1.25; stroke-dasharray: 3 3; opacity: 0.6; }
    g.marker { cursor: pointer; }
    g.marker text { font-size: 11px; font-weight: 700; fill: #fff; text-anchor: middle; dominant-baseline: central; pointer-events: none; }
    .sentence-mark { fill: #1f2430; stroke: #fff; stroke-width: 2; }
    .panel-mark { fill: var(--toon-accent, #ff5a5f); stroke: #fff; stroke-width: 2; }
    g.marker:focus-visible .sentence-mark, g.marker:focus-visible .panel-mark, g.marker.on .sentence-mark, g.marker.on .panel-mark {
      stroke: var(--toon-focus, #2f6fed); stroke-width: 3;
    }
    .detail { min-height: 3.5rem; margin: 0.5rem 0 0; display: flex; gap: 0.75rem; align-items: center; font-size: 0.875rem; color: #3c4353; }
    .detail toon-pixels { width: 56px; flex: none; border-radius: 4px; overflow: hidden; }
    .swatch { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 50%; vertical-align: -0.05rem; margin-right: 0.3rem; }
    .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.875rem; margin: 0.5rem 0 0; padding: 0; font-size: 0.8125rem; color: #3c4353; }
    .legend .key-mark { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: -0.1rem; }
    .caption-other { display: block; color: #5b6272; }
  `;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('map') || !this.map) return;
    const m = this.map;
    const place = toScreen(boundsOf(m.xy, m.sentences, m.panels), W, H, MARGIN);
    const screen = (xy: ArrayLike<number>) => {
      const out = new Float64Array(xy.length);
      for (let i = 0; i + 1 < xy.length; i += 2) [out[i], out[i + 1]] = place(xy[i], xy[i + 1]);
      return out;
    };
    this.dots = screen(m.xy);
    this.sentenceAt = screen(m.sentences);
    this.panelAt = screen(m.panels);
    const shown = dodge([...this.sentenceAt, ...this.panelAt], 20);
    this.sentenceShown = shown.slice(0, this.sentenceAt.length);
    this.panelShown = shown.slice(this.sentenceAt.length);
    this.colours = labelColours(m.labels);
    this.origin = place(0, 0);
    this.picked = null;
  }

  private hover(event: PointerEvent): void {
    const svgEl = event.currentTarget as SVGSVGElement;
    const ctm = svgEl.getScreenCTM();
    if (!ctm || (event.target as Element).closest('g.marker')) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const i = nearestPoint(this.dots, p.x, p.y, 10);
    this.picked = i >= 0 ? { kind: 'dot', i } : null;
  }

  private walk(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget) return;
    const dir = KEYS[event.key];
    if (!dir || !this.map) return;
    event.preventDefault();
    const count = this.dots.length / 2;
    if (this.picked?.kind !== 'dot') {
      // Start at the dot nearest the map's centre.
      this.picked = { kind: 'dot', i: Math.max(0, nearestPoint(this.dots, W / 2, H / 2, W)) };
      return;
    }
    const next = nearestInDirection(this.dots, this.picked.i, dir[0], dir[1]);
    if (next >= 0 && next < count) this.picked = { kind: 'dot', i: next };
  }

  private describe() {
    const m = this.map;
    const p = this.picked;
    if (!m || !p) return html`${t('map.help')}`;
    if (p.kind === 'dot') {
      const setting = m.settings[p.i];
      // The caption in the UI language first, the other one under it.
      const ui = getLocale();
      const other = ui === 'ko' ? 'en' : 'ko';
      return html`<span><span class="swatch" style="background:${this.colours.get(setting)}"></span><strong>${settingName(setting, ui, m.names)}</strong>
        · <span lang=${ui}>${m.captions[p.i][ui]}</span><span class="caption-other" lang=${other}>${m.captions[p.i][other]}</span></span>`;
    }
    if (p.kind === 'sentence') return html`<span><strong>${t('map.line', { line: p.i + 1 })}</strong> ${t('map.lineKind')} · ${this.sentences[p.i]}</span>`;
    const panel = this.panels[p.i];
    return html`<toon-pixels .pixels=${panel.image} label=${t('lens.panel', { panel: panel.index + 1 })}></toon-pixels>
      <span><strong>${t('lens.panel', { panel: panel.index + 1 })}</strong> ${t('map.panelKind')} · ${t('map.drawnFrom', { text: panel.text })}</span>`;
  }

  private marker(kind: 'sentence' | 'panel', i: number, label: string, name: string) {
    const shown = kind === 'sentence' ? this.sentenceShown : this.panelShown;
    const [x, y] = [shown[2 * i], shown[2 * i + 1]];
    const on = this.picked?.kind === kind && this.picked.i === i;
    const shape = kind === 'sentence'
      ? svg`<circle class="sentence-mark" cx=${x} cy=${y} r="9"></circle>`
      : svg`<rect class="panel-mark" x=${x - 8.5} y=${y - 8.5} width="17" height="17" rx="3"></rect>`;
    return svg`<g class="marker ${on ? 'on' : ''}" data-testid="${kind}-marker" tabindex="0" role="img" aria-label=${name}
      @focus=${() => (this.picked = { kind, i })} @pointerenter=${() => (this.picked = { kind, i })}>
      ${shape}<text x=${x} y=${y}>${label}</text></g>`;
  }

  /** A marker moved off a crowded spot keeps a leader line to where it really is (drawn under every marker). */
  private leaders() {
    const lines = [];
    for (const [at, shown] of [[this.sentenceAt, this.sentenceShown], [this.panelAt, this.panelShown]]) {
      for (let i = 0; 2 * i + 1 < at.length; i++) {
        const [x0, y0, x, y] = [at[2 * i], at[2 * i + 1], shown[2 * i], shown[2 * i + 1]];
        if (x !== x0 || y !== y0) lines.push(svg`<line class="leader" x1=${x0} y1=${y0} x2=${x} y2=${y}></line><circle class="true-place" cx=${x0} cy=${y0} r="2"></circle>`);
      }
    }
    return lines;
  }

  override render() {
    const m = this.map;
    if (!m) return html``;
    const count = this.dots.length / 2;
    const active = this.picked?.kind === 'dot' ? this.picked.i : -1;
    const counts = new Map<string, number>();
    for (const s of m.settings) counts.set(s, (counts.get(s) ?? 0) + 1);
    // Panels whose index has a sentence get a dashed line to it: how far CLIP puts a line from its picture.
    const pairs = this.panels.map((p, k) => [k, p.index] as const).filter(([, r]) => r < this.sentences.length);
    return html`<div class="frame">
        <svg viewBox="0 0 ${W} ${H}" tabindex="0" role="group" data-testid="pca-map"
          aria-label=${t('map.label', { count })}
          @pointermove=${this.hover} @pointerleave=${() => this.picked?.kind === 'dot' && (this.picked = null)} @keydown=${this.walk}>
          <line class="axis" x1=${MARGIN} x2=${W - MARGIN} y1=${this.origin[1]} y2=${this.origin[1]}></line>
          <line class="axis" y1=${MARGIN} y2=${H - MARGIN} x1=${this.origin[0]} x2=${this.origin[0]}></line>
          <text class="axis-label" x=${W - MARGIN} y=${H - 4} text-anchor="end">${t('map.pc1', { percent: Math.round(m.explained[0] * 100) })}</text>
          <text class="axis-label" x=${4} y=${12}>${t('map.pc2', { percent: Math.round(m.explained[1] * 100) })}</text>
          <g aria-hidden="true">
            ${Array.from({ length: count }, (_, i) => svg`<circle class="dot ${i === active ? 'on' : ''}" data-testid="gallery-dot"
              cx=${this.dots[2 * i]} cy=${this.dots[2 * i + 1]} r=${i === active ? 5 : 3} fill=${this.colours.get(m.settings[i]) ?? '#888'}></circle>`)}
            ${pairs.map(([k, r]) => svg`<line class="pair" x1=${this.sentenceAt[2 * r]} y1=${this.sentenceAt[2 * r + 1]}
              x2=${this.panelAt[2 * k]} y2=${this.panelAt[2 * k + 1]}></line>`)}
            ${this.leaders()}
          </g>
          ${this.sentences.map((text, i) => this.marker('sentence', i, String(i + 1), t('map.lineMarker', { line: i + 1, text })))}
          ${this.panels.map((p, k) => this.marker('panel', k, String(p.index + 1), t('lens.panel', { panel: p.index + 1 })))}
        </svg>
      </div>
      <p class="detail" aria-live="polite" data-testid="map-detail">${this.describe()}</p>
      <ul class="legend" aria-label=${t('map.legend')}>
        <li><svg class="key-mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="#1f2430"></circle></svg>${t('map.legendLine')}</li>
        <li><svg class="key-mark" viewBox="0 0 16 16" aria-hidden="true"><rect x="1" y="1" width="14" height="14" rx="3" fill="#ff5a5f"></rect></svg>${t('map.legendPanel')}</li>
        ${m.labels.map((s) => html`<li data-testid="legend-item"><span class="swatch" style="background:${this.colours.get(s)}"></span>${settingName(s, getLocale(), m.names)} (${counts.get(s)})</li>`)}
      </ul>`;
  }
}
