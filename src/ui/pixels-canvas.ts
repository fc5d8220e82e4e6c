// <toon-pixels>: paints raw RGBA pixels into a canvas that scales with its box.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { RgbaImage } from '../core/rgba-image';

export class PixelsCanvasElement extends LitElement {
  @property({ attribute: false }) pixels?: RgbaImage;
  /** Accessible name of the picture. */
  @property() label = '';
  /** 'cover': fills its box, cropped at the edges (a panel shape other than the picture's); default: its own aspect. */
  @property({ reflect: true }) fit: 'contain' | 'cover' = 'contain';

  static override styles = css`
    :host {
      display: block;
    }
    canvas {
      display: block;
      width: 100%;
      height: auto;
    }
    :host([fit='cover']) canvas {
      height: 100%;
      object-fit: cover;
    }
  `;

  override render() {
    const p = this.pixels;
    // A GPU reset clears every canvas; the browser restores a blank one, so paint the pixels again.
    return html`<canvas role="img" aria-label=${this.label} width=${p?.width ?? 1} height=${p?.height ?? 1}
      @contextrestored=${() => this.updated()}></canvas>`;
  }

  override updated(): void {
    const p = this.pixels;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!p || !canvas || p.data.length !== p.width * p.height * 4) return;
    const ctx = canvas.getContext('2d');
    // A copy: ImageData may not wrap a buffer that another panel or a transfer still shares.
    ctx?.putImageData(new ImageData(new Uint8ClampedArray(p.data), p.width, p.height), 0, 0);
  }
}

if (!customElements.get('toon-pixels')) customElements.define('toon-pixels', PixelsCanvasElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-pixels': PixelsCanvasElement;
  }
}
