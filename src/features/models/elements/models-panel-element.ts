// Lists the active suite's models with download size and state, and asks the shell to load one.
import { outlineButtonStyles } from '../../../ui/outline-button-styles';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { formatBytes } from '../shared/format-bytes';
import { stateLabel, type ModelRow } from '../shared/model-row';
import { hasSmokeWeights, smokeMessage } from '../shared/smoke-note';
import { cardStyles } from '../../../ui/card-styles';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

/** Fired when the user asks to load (or retry) a model; detail names it. */
export type ModelLoadEvent = CustomEvent<{ modelId: string }>;

export class ModelsPanelElement extends LitElement {
  @property({ attribute: false }) models: ModelRow[] = [];
  @property({ attribute: 'suite-title' }) suiteTitle = '';
  /** True while the manifest is being fetched. */
  @property({ type: Boolean }) loading = false;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    cardStyles,
    outlineButtonStyles,
    css`
    .suite {
      margin: 0 0 0.75rem;
      color: #5b6272;
      font-size: 0.875rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    li {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding: 0.625rem 0.75rem;
      border: 1px solid #e4e6eb;
      border-radius: 10px;
      background: #fff;
    }
    .smoke {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border-radius: 0.5rem;
      background: #fff6e0;
      color: #6b4a00;
      font-size: 0.85rem;
    }
    .title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .detail {
      grid-column: 1;
      font-size: 0.8125rem;
      color: #5b6272;
      overflow-wrap: anywhere;
    }
    .state-failed {
      color: #c62f34;
    }
    .state-ready {
      color: #127a4a;
    }
    progress {
      grid-column: 1 / -1;
      width: 100%;
      height: 6px;
      accent-color: var(--toon-accent, #ff5a5f);
    }
    button {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
    .none {
      color: #5b6272;
      font-size: 0.875rem;
    }
  `,
  ];

  private requestLoad(modelId: string) {
    this.dispatchEvent(new CustomEvent('model-load', { detail: { modelId }, bubbles: true, composed: true }));
  }

  private renderRow(row: ModelRow) {
    const s = row.state.state;
    const busy = s === 'downloading' || s === 'ready';
    const action = s === 'failed' ? t('models.retry') : s === 'ready' ? t('models.loaded') : t('models.load');
    return html`<li data-model=${row.id} data-state=${s}>
      <span class="title">${row.title}</span>
      <span class="detail"
        ><span data-testid="size">${formatBytes(row.bytes)}</span> ·
        <span class="state-${s}" data-testid="state">${stateLabel(row.state)}</span></span
      >
      <button class="outline-button"
        type="button"
        ?disabled=${busy}
        aria-label=${t('models.actionLabel', { action, model: row.title })}
        @click=${() => this.requestLoad(row.id)}
      >
        ${action}
      </button>
      ${s === 'downloading'
        ? html`<progress max="100" .value=${row.state.state === 'downloading' ? row.state.percent : 0}></progress>`
        : ''}
    </li>`;
  }

  override render() {
    const total = this.models.reduce((sum, m) => sum + m.bytes, 0);
    return html`<h2>${t('models.title')}</h2>
      <p class="suite">
        ${this.suiteTitle
          ? t('models.suite', { suite: this.suiteTitle, count: this.models.length, size: formatBytes(total) })
          : this.loading
            ? t('models.readingManifest')
            : t('models.noSuite')}
      </p>
      ${hasSmokeWeights(this.models)
        ? html`<p class="smoke" role="note" data-testid="smoke-note">
            ${smokeMessage(this.models)}
          </p>`
        : ''}
      ${this.models.length
        ? html`<ul>
            ${this.models.map((m) => this.renderRow(m))}
          </ul>`
        : html`<p class="none">${this.loading ? '' : t('models.none')}</p>`}`;
  }
}
