// The cast's looks: each member of the treatment with a small picture of how it is drawn in every panel, "Another
// look" and "Save to library"; and the character library dialog (rename, delete). Properties in, events out: the
// owner keeps the looks and the library.
import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import '../../../ui/pixels-canvas';
import { getLocale, t } from '../../../core/i18n';
import type { RgbaImage } from '../../../core/rgba-image';
import { LocaleController } from '../../../ui/locale-controller';
import { outlineButtonStyles } from '../../../ui/outline-button-styles';
import { planName, type PlanNames } from '../../plans/shared/plan-label';
import type { CastEntry } from '../../plans/shared/plan-contract';
import type { CastLook } from '../shared/composer-contract';

/** One character of the library as the dialog lists it. */
export interface LibraryCharacter {
  id: string;
  name: string;
  kind: string;
}

/** "Another look" or "Save to library" on cast member `id`. */
export type CastLookEvent = CustomEvent<{ id: string }>;
export type LibraryRenameEvent = CustomEvent<{ id: string; name: string }>;
export type LibraryDeleteEvent = CustomEvent<{ id: string }>;

export class CastLooksElement extends LitElement {
  @property({ attribute: false }) cast: readonly CastEntry[] = [];
  @property({ attribute: false }) looks: Readonly<Record<string, CastLook>> = {};
  /** Cast id → a small drawing of the member in its look (absent while it is drawn). */
  @property({ attribute: false }) previews: Readonly<Record<string, RgbaImage>> = {};
  @property({ attribute: false }) library: readonly LibraryCharacter[] = [];
  @property({ attribute: false }) names?: PlanNames;
  @query('dialog') private dialog?: HTMLDialogElement;
  private readonly i18n = new LocaleController(this);

  static override styles = [outlineButtonStyles, css`
    :host {
      display: block;
      font-size: 0.875rem;
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
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
      grid-template-columns: 3rem minmax(0, 1fr);
      gap: 0.25rem 0.625rem;
      align-items: center;
    }
    .preview {
      grid-row: span 2;
      width: 3rem;
      height: 3rem;
      border-radius: 6px;
      background: #eef0f4;
      overflow: hidden;
    }
    .who {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .swatch {
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      vertical-align: -0.1rem;
      margin-left: 0.25rem;
      border: 1px solid rgb(0 0 0 / 0.2);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      --outline-button-font-size: 0.75rem;
      --outline-button-padding: 0.25rem 0.5rem;
    }
    .hint {
      color: #5b6272;
      margin: 0.25rem 0 0.5rem;
    }
    dialog {
      border: none;
      border-radius: 12px;
      padding: 1rem 1.25rem;
      min-width: min(24rem, 90vw);
      box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
    }
    dialog li {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    dialog input {
      font: inherit;
      padding: 0.25rem 0.375rem;
      border: 1px solid #c9cdd6;
      border-radius: 6px;
      width: 100%;
      box-sizing: border-box;
    }
    .library-button {
      margin-top: 0.625rem;
    }
  `];

  private emit(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private kindName(id: string): string {
    return planName(this.names, 'kinds', id, getLocale());
  }

  private renderMember(c: CastEntry) {
    const look = this.looks[c.id];
    const preview = this.previews[c.id];
    const who = c.name || `${this.kindName(c.kind)} (${c.id})`;
    const saved = !!c.name && this.library.some((l) => l.name.trim().toLowerCase() === c.name!.trim().toLowerCase());
    return html`<li data-cast-look=${c.id}>
      <div class="preview">${preview ? html`<toon-pixels .pixels=${preview} label=${t('looks.previewOf', { who })}></toon-pixels>` : nothing}</div>
      <span class="who">${who}${look ? html`<span class="swatch" style="background:${look.accent}" title=${look.accent}></span>` : nothing}
        ${saved ? html` · <small data-testid="from-library">${t('looks.inLibrary')}</small>` : nothing}</span>
      <span class="actions">
        <button type="button" class="outline-button" data-action="another-look" ?disabled=${!look}
          @click=${() => this.emit('cast-look-another', { id: c.id })}>${t('looks.another')}</button>
        <button type="button" class="outline-button" data-action="save-look" ?disabled=${!look || !c.name} title=${c.name ? '' : t('looks.nameFirst')}
          @click=${() => this.emit('cast-look-save', { id: c.id })}>${t('looks.save')}</button>
      </span>
    </li>`;
  }

  private renderLibrary() {
    const rename = (id: string, e: Event) => {
      const input = e.target as HTMLInputElement;
      const current = this.library.find((l) => l.id === id);
      if (current && input.value.trim() && input.value.trim() !== current.name) this.emit('library-rename', { id, name: input.value });
      else if (current) input.value = current.name;
    };
    return html`<dialog aria-labelledby="library-title" data-testid="character-library">
      <h3 id="library-title">${t('looks.library')}</h3>
      ${this.library.length
        ? html`<ul>${this.library.map((l) => html`<li data-character=${l.name}>
            <label><span class="hint">${this.kindName(l.kind)}</span>
              <input type="text" maxlength="40" .value=${l.name} aria-label=${t('looks.renameOf', { name: l.name })}
                @change=${(e: Event) => rename(l.id, e)} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && rename(l.id, e)} /></label>
            <button type="button" class="outline-button" data-action="delete-character" aria-label=${t('looks.deleteOf', { name: l.name })}
              @click=${() => this.emit('library-delete', { id: l.id })}>${t('looks.delete')}</button>
          </li>`)}</ul>`
        : html`<p class="hint">${t('looks.libraryEmpty')}</p>`}
      <form method="dialog"><button class="outline-button library-button" data-action="close-library">${t('looks.close')}</button></form>
    </dialog>`;
  }

  override render() {
    return html`<section aria-labelledby="looks-title">
      <h3 id="looks-title">${t('looks.title')}</h3>
      ${this.cast.length
        ? html`<p class="hint">${t('looks.hint')}</p><ul>${this.cast.map((c) => this.renderMember(c))}</ul>`
        : html`<p class="hint">${t('looks.none')}</p>`}
      <button type="button" class="outline-button library-button" data-action="open-library" @click=${() => this.dialog?.showModal()}>
        ${t('looks.openLibrary', { count: this.library.length })}</button>
      ${this.renderLibrary()}
    </section>`;
  }
}

if (!customElements.get('toon-cast-looks')) customElements.define('toon-cast-looks', CastLooksElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-cast-looks': CastLooksElement;
  }
}
