// One panel's place on the page: its shape, the space above it, and insert / delete / move, under its picture.
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PANEL_SHAPES, type PanelShape } from '../shared/lettering-contract';
import { outlineButtonStyles } from '../../../ui/outline-button-styles';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

/** The gutters offered above a panel, in page pixels (120 between panels, 480 for a time skip by default). */
export const GUTTER_CHOICES = [0, 40, 80, 120, 240, 480, 960] as const;

export type PanelShapeEvent = CustomEvent<{ index: number; shape: PanelShape }>;
export type PanelGutterEvent = CustomEvent<{ index: number; gutter: number }>;
export type PanelInsertEvent = CustomEvent<{ index: number }>;
export type PanelDeleteEvent = CustomEvent<{ index: number }>;
export type PanelMoveEvent = CustomEvent<{ index: number; to: number }>;

export class PagePanelControlsElement extends LitElement {
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property() shape: PanelShape = 'square';
  @property({ type: Number }) gutter = 120;
  /** While a run draws: the page's order must not change under it. */
  @property({ type: Boolean }) busy = false;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    outlineButtonStyles,
    css`
      :host {
        display: block;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.375rem 0.625rem;
        --outline-button-font-size: 0.8125rem;
        --outline-button-padding: 0.3rem 0.6rem;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
        font-size: 0.8125rem;
        color: #3c4353;
      }
      select {
        font: inherit;
        padding: 0.25rem 0.4rem;
        border-radius: 6px;
        border: 1px solid #9aa3b5;
        background: #fff;
      }
      .order {
        display: inline-flex;
        gap: 0.25rem;
        margin-left: auto;
      }
      .icon {
        min-width: 2rem;
      }
    `,
  ];

  private send(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail: { index: this.index, ...detail }, bubbles: true, composed: true }));
  }

  override render() {
    const i = this.index;
    const gutters: number[] = GUTTER_CHOICES.includes(this.gutter as (typeof GUTTER_CHOICES)[number])
      ? [...GUTTER_CHOICES]
      : [...GUTTER_CHOICES, this.gutter].sort((a, b) => a - b);
    return html`<div class="controls" role="group" aria-label=${t('page.controls', { panel: i + 1 })}>
      <label
        >${t('page.shape')}
        <select data-testid="panel-shape" .value=${this.shape}
          @change=${(e: Event) => this.send('panel-shape', { shape: (e.target as HTMLSelectElement).value })}>
          ${(Object.keys(PANEL_SHAPES) as PanelShape[]).map(
            (s) => html`<option value=${s} ?selected=${s === this.shape}>${t(`page.shape.${s}`)}</option>`,
          )}
        </select></label
      >
      ${i > 0
        ? html`<label
            >${t('page.gutter')}
            <select data-testid="panel-gutter" .value=${String(this.gutter)}
              @change=${(e: Event) => this.send('panel-gutter', { gutter: Number((e.target as HTMLSelectElement).value) })}>
              ${gutters.map((g) => html`<option value=${g} ?selected=${g === this.gutter}>${t('page.gutterPx', { px: g })}</option>`)}
            </select></label
          >`
        : nothing}
      <span class="order">
        <button type="button" class="outline-button icon" data-testid="panel-up" title=${t('page.moveUp')} aria-label=${t('page.moveUp')}
          ?disabled=${this.busy || i === 0} @click=${() => this.send('panel-move', { to: i - 1 })}>↑</button>
        <button type="button" class="outline-button icon" data-testid="panel-down" title=${t('page.moveDown')} aria-label=${t('page.moveDown')}
          ?disabled=${this.busy || i >= this.count - 1} @click=${() => this.send('panel-move', { to: i + 1 })}>↓</button>
        <button type="button" class="outline-button" data-testid="panel-insert" ?disabled=${this.busy}
          @click=${() => this.send('panel-insert', {})}>${t('page.insert')}</button>
        <button type="button" class="outline-button" data-testid="panel-delete" ?disabled=${this.busy || this.count <= 1}
          @click=${() => this.send('panel-delete', {})}>${t('page.delete')}</button>
      </span>
    </div>`;
  }
}
