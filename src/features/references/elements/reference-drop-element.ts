// Drop zone and file picker for the author's own reference images, with their thumbnails.
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ACCEPTED_REFERENCE_TYPES } from '../../../core/image-sniff';
import type { ReferenceThumb } from '../shared/reference-contract';
import { cardStyles } from '../../../ui/card-styles';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

/** Fired with the files the author dropped or picked; the shell checks and adds them. */
export type ReferenceFilesEvent = CustomEvent<{ files: File[] }>;

export class ReferenceDropElement extends LitElement {
  @property({ attribute: false }) references: ReferenceThumb[] = [];
  /** Names of files being added right now. */
  @property({ attribute: false }) adding: string[] = [];
  @property({ type: Boolean }) disabled = false;
  @state() private over = false;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    cardStyles,
    css`
    .hint {
      margin: 0 0 0.5rem;
      font-size: 0.8125rem;
      color: #5b6272;
    }
    .zone {
      display: grid;
      place-items: center;
      gap: 0.375rem;
      padding: 1rem;
      border: 2px dashed #c9ced8;
      border-radius: 12px;
      text-align: center;
      font-size: 0.875rem;
      color: #3c4353;
      background: #fafbfc;
    }
    .zone.over {
      border-color: var(--toon-focus, #2f6fed);
      background: #eef3ff;
    }
    button {
      font: inherit;
      font-weight: 600;
      font-size: 0.875rem;
      padding: 0.375rem 0.875rem;
      border-radius: 8px;
      border: 1px solid var(--toon-ink, #1f2430);
      background: #fff;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 2px;
    }
    button:disabled {
      opacity: 0.45;
      cursor: default;
    }
    input[type='file'] {
      display: none;
    }
    ul {
      list-style: none;
      margin: 0.625rem 0 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    li img {
      display: block;
      width: 3.5rem;
      height: 3.5rem;
      object-fit: cover;
      border-radius: 6px;
      box-shadow: 0 0 0 1px #c9ced8;
    }
    .adding {
      font-size: 0.8125rem;
      color: #5b6272;
      margin: 0.5rem 0 0;
    }
  `,
  ];

  private send(files: File[]) {
    if (!files.length || this.disabled) return;
    this.dispatchEvent(new CustomEvent('reference-files', { detail: { files }, bubbles: true, composed: true }));
  }

  private onDrop(event: DragEvent) {
    event.preventDefault();
    this.over = false;
    this.send([...(event.dataTransfer?.files ?? [])]);
  }

  private onDragOver(event: DragEvent) {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.disabled ? 'none' : 'copy';
    this.over = !this.disabled;
  }

  private onPicked(event: Event) {
    const input = event.target as HTMLInputElement;
    this.send([...(input.files ?? [])]);
    // Clearing lets the same file be picked again after a fix.
    input.value = '';
  }

  override render() {
    return html`<h2>${t('refs.title')}</h2>
      <p class="hint">${t('refs.hint')}</p>
      <div
        class="zone ${this.over ? 'over' : ''}"
        data-testid="drop-zone"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <span>${t('refs.drop')}</span>
        <button type="button" ?disabled=${this.disabled} @click=${() => this.renderRoot.querySelector('input')?.click()}>
          ${t('refs.choose')}
        </button>
        <input type="file" multiple accept=${ACCEPTED_REFERENCE_TYPES.join(',')} aria-label=${t('refs.input')} @change=${this.onPicked} />
      </div>
      ${this.adding.length
        ? html`<p class="adding" aria-live="polite">${t('refs.adding', { names: this.adding.join(', ') })}</p>`
        : nothing}
      ${this.references.length
        ? html`<ul aria-label=${t('refs.list')}>
            ${this.references.map(
              (r) => html`<li data-id=${r.id} title=${r.name}><img src=${r.url} alt=${r.name} /></li>`,
            )}
          </ul>`
        : nothing}`;
  }
}
