// The vertical webtoon strip, centred like a reader; empty until panels exist.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

export class StripViewElement extends LitElement {
  /** Sentences waiting to become panels, shown as a preview of the cut count. */
  @property({ type: Number }) sentenceCount = 0;

  static override styles = css`
    :host {
      display: block;
    }
    .strip {
      margin: 0 auto;
      max-width: 690px;
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
  `;

  override render() {
    const waiting =
      this.sentenceCount > 0
        ? `${this.sentenceCount} ${this.sentenceCount === 1 ? 'sentence is' : 'sentences are'} ready: one cut each.`
        : 'Write a treatment, one sentence per line, to plan the cuts.';
    return html`<section class="strip" aria-label="Webtoon strip">
      <div class="empty">
        <div class="frames" aria-hidden="true">
          <div class="frame"></div>
          <div class="frame"></div>
        </div>
        <h2>Panels will appear here</h2>
        <p>${waiting}</p>
        <p>Each sentence becomes one panel, drawn in your browser on your own GPU.</p>
      </div>
    </section>`;
  }
}
