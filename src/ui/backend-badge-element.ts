// Header badge naming the compute backend the models run on.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { BackendInfo } from '../core/progress';
import { badgeLabel, badgeTooltip } from './badge-text';
import { t } from '../core/i18n';
import { LocaleController } from './locale-controller';

export class BackendBadgeElement extends LitElement {
  /** Undefined while the backend is being probed. */
  @property({ attribute: false }) backend?: BackendInfo;
  /** Set when probing failed; shown instead of a backend. */
  @property() error = '';
  private readonly i18n = new LocaleController(this);

  static override styles = css`
    :host {
      display: inline-flex;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.25em 0.75em;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      white-space: nowrap;
      max-width: min(60vw, 28rem);
      overflow: hidden;
      text-overflow: ellipsis;
      background: var(--toon-badge-bg, #eef1f5);
      color: var(--toon-badge-fg, #1f2430);
      cursor: help;
    }
    .dot {
      flex: none;
      width: 0.55em;
      height: 0.55em;
      border-radius: 50%;
      background: #9aa3b2;
    }
    .webgpu .dot {
      background: #1fbf75;
    }
    .wasm .dot {
      background: #f2a93b;
    }
    .error .dot {
      background: #e5484d;
    }
  `;

  override render() {
    if (this.error) {
      return html`<span class="badge error" title=${this.error} data-kind="error"
        ><span class="dot"></span>${t('badge.unavailable')}</span
      >`;
    }
    if (!this.backend) {
      return html`<span class="badge" title=${t('badge.probingTitle')} data-kind="probing"
        ><span class="dot"></span>${t('badge.probing')}</span
      >`;
    }
    const kind = this.backend.kind;
    const reason = this.backend.kind === 'wasm' ? (this.backend.reason ?? 'no-webgpu') : this.backend.chosen ? 'chosen' : 'auto';
    return html`<span class="badge ${kind}" title=${badgeTooltip(this.backend)} data-kind=${kind} data-reason=${reason}
      ><span class="dot"></span>${badgeLabel(this.backend)}</span
    >`;
  }
}
