// Save the whole project to one file, or open one: the treatment, plan fixes, page, balloons and drawn panels.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { cardStyles } from '../../../ui/card-styles';
import { outlineButtonStyles } from '../../../ui/outline-button-styles';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';

/** The author picked a project file to open; the shell reads and checks it before anything changes. */
export type ProjectOpenEvent = CustomEvent<{ file: File }>;

export class ProjectCardElement extends LitElement {
  /** Saving or opening right now. */
  @property({ type: Boolean }) working = false;
  /** A run is drawing: opening a project would replace the strip under it. */
  @property({ type: Boolean }) busy = false;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    cardStyles,
    outlineButtonStyles,
    css`
      .hint {
        margin: 0 0 0.5rem;
        font-size: 0.8125rem;
        color: #5b6272;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  private send(name: string, detail: object = {}): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Clearing lets the same file be picked again after a fix.
    input.value = '';
    if (file) this.send('project-open', { file });
  }

  override render() {
    return html`<h2>${t('project.title')}</h2>
      <p class="hint">${t('project.hint')}</p>
      <div class="actions">
        <button type="button" class="outline-button" data-testid="project-save" ?disabled=${this.working}
          @click=${() => this.send('project-save')}>${t('project.save')}</button>
        <button type="button" class="outline-button" data-testid="project-open" ?disabled=${this.working || this.busy}
          title=${this.busy ? t('project.busy') : ''}
          @click=${() => this.renderRoot.querySelector('input')?.click()}>${t('project.open')}</button>
        <input type="file" accept=".toonsmith,.json,application/json" data-testid="project-file" aria-label=${t('project.open')}
          @change=${this.onPicked} />
      </div>`;
  }
}
