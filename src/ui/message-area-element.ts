// Visible, dismissible messages; errors are announced to assistive tech.
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { t } from '../core/i18n';
import { LocaleController } from './locale-controller';

export interface StudioMessage {
  id: string;
  kind: 'error' | 'warning' | 'info';
  text: string;
}

/** Fired when the user dismisses a message; detail is the message id. */
export type MessageDismissEvent = CustomEvent<{ id: string }>;

export class MessageAreaElement extends LitElement {
  @property({ attribute: false }) messages: StudioMessage[] = [];
  private readonly i18n = new LocaleController(this);

  static override styles = css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0.75rem 0 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    li {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      padding: 0.75rem 0.75rem 0.75rem 1rem;
      border-radius: 10px;
      border-left: 4px solid;
      background: #fff;
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.12);
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    .error {
      border-color: #e5484d;
      background: #fff5f5;
    }
    .warning {
      border-color: #f2a93b;
      background: #fffaf0;
    }
    .info {
      border-color: #3b82f6;
    }
    .text {
      flex: 1;
    }
    button {
      flex: none;
      font: inherit;
      font-size: 0.8125rem;
      border: 1px solid #c9ced8;
      border-radius: 6px;
      background: #fff;
      padding: 0.2rem 0.6rem;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--toon-focus, #2f6fed);
      outline-offset: 2px;
    }
  `;

  private dismiss(id: string) {
    this.dispatchEvent(new CustomEvent('message-dismiss', { detail: { id }, bubbles: true, composed: true }));
  }

  override render() {
    if (this.messages.length === 0) return nothing;
    return html`<ul>
      ${this.messages.map(
        (m) => html`<li class=${m.kind} role=${m.kind === 'info' ? 'status' : 'alert'} data-id=${m.id}>
          <span class="text">${m.text}</span>
          <button type="button" aria-label=${t('messages.dismissLabel')} @click=${() => this.dismiss(m.id)}>${t('messages.dismiss')}</button>
        </li>`,
      )}
    </ul>`;
  }
}
