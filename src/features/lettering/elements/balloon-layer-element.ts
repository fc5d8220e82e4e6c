// The balloons over one panel's picture: outlines from the lettering engine (one SVG in panel pixels, scaled to
// the shown width), the words as live SVG text (Lit text bindings only: markup typed into a balloon stays text).
// The author drags a balloon, its corner and its tail tips with the pointer (or moves it with the arrow keys), and
// edits the words in place: double-click or Enter, then Enter keeps and Esc cancels. Every change goes out as an
// event; the owner stores it and hands the balloons back.
import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Balloon } from '../shared/lettering-contract';
import { moveBalloon, moveTail, oneLine, resizeBalloon, type PanelSize } from '../shared/balloon-edits';
import { OUTLINE_DASH, balloonOutline, toSvgPath } from '../shared/balloon-shape';
import { layoutBalloonText } from '../shared/balloon-fit';
import { MAX_BALLOON_TEXT } from '../shared/script-balloons';
import { LETTERING_FONTS } from '../shared/lettering-fonts';
import { onFontsLoaded } from '../../../ui/font-events';
import { sharedMeasure as measure } from './browser-measure';
import { t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';
import { balloonLayerStyles } from './balloon-layer-styles';
import { balloonLabel } from './balloon-words';

/** A balloon moved, resized, re-aimed (or restyled by the tools): the whole balloon as it now is. */
export type BalloonChangeEvent = CustomEvent<{ panel: number; balloon: Balloon }>;
/** The author kept new words for a balloon (one line: newlines become spaces). */
export type BalloonTextEvent = CustomEvent<{ panel: number; id: string; text: string }>;
/** A balloon was selected ('' when none is). */
export type BalloonSelectEvent = CustomEvent<{ panel: number; id: string }>;

/** Pointer travel (CSS px) below which a press is a click, not a drag. */
const DRAG_SLOP = 3;
/** Arrow keys move a balloon this far in panel pixels (Shift: a finer step). */
const KEY_STEP = 16;
const FINE_STEP = 2;

type DragKind = 'move' | 'resize' | 'tail';
interface Drag {
  kind: DragKind;
  tail: number;
  pointerId: number;
  startX: number;
  startY: number;
  /** Panel pixels per CSS pixel. */
  unit: number;
  origin: Balloon;
  moved: boolean;
}

export class BalloonLayerElement extends LitElement {
  static override styles = balloonLayerStyles;

  @property({ attribute: false }) balloons: Balloon[] = [];
  /** The panel's size in page pixels (800 wide at the design width). */
  @property({ type: Number }) panelWidth = 800;
  @property({ type: Number }) panelHeight = 800;
  /** The panel's index in the strip, passed back in every event. */
  @property({ type: Number }) panel = 0;
  /** False in the reader preview: balloons are shown, not touched. */
  @property({ type: Boolean }) editable = false;
  @property() selected = '';

  /** The balloon under the pointer while it is dragged (the stored one comes back once the owner has it). */
  @state() private live?: Balloon;
  @state() private editing = '';
  private drag?: Drag;
  private cancelled = false;
  private offFonts?: () => void;
  private readonly i18n = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Lines were broken with a fallback face until the lettering fonts arrived.
    this.offFonts = onFontsLoaded(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offFonts?.();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('balloons') && !this.drag) this.live = undefined;
    if (changed.has('editable') && !this.editable) this.editing = '';
  }

  /** Starts editing a balloon's words in place (the tools' "Edit words" button). */
  edit(id: string): void {
    if (!this.editable || !this.balloons.some((b) => b.id === id)) return;
    this.select(id);
    // An Esc that removed the last editor may have left no blur behind to clear the flag.
    this.cancelled = false;
    this.editing = id;
  }

  private get size(): PanelSize {
    return { width: this.panelWidth, height: this.panelHeight };
  }

  private send(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail: { panel: this.panel, ...detail }, bubbles: true, composed: true }));
  }

  private select(id: string): void {
    if (id !== this.selected) this.send('balloon-select', { id });
  }

  private shown(): Balloon[] {
    const live = this.live;
    return live ? this.balloons.map((b) => (b.id === live.id ? live : b)) : this.balloons;
  }

  private startDrag(e: PointerEvent, balloon: Balloon, kind: DragKind, tail = 0): void {
    if (!this.editable || this.editing || e.button !== 0) return;
    e.stopPropagation();
    const rect = this.getBoundingClientRect();
    if (rect.width <= 0) return;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    this.drag = { kind, tail, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, unit: this.panelWidth / rect.width, origin: balloon, moved: false };
    this.select(balloon.id);
  }

  private moveDrag(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const sx = e.clientX - drag.startX;
    const sy = e.clientY - drag.startY;
    if (!drag.moved && Math.hypot(sx, sy) < DRAG_SLOP) return;
    drag.moved = true;
    const dx = sx * drag.unit;
    const dy = sy * drag.unit;
    const b = drag.origin;
    if (drag.kind === 'move') this.live = moveBalloon(b, dx, dy, this.size);
    else if (drag.kind === 'resize') this.live = resizeBalloon(b, dx, dy, this.size);
    else this.live = moveTail(b, drag.tail, { x: b.tails[drag.tail].x + dx, y: b.tails[drag.tail].y + dy }, this.size);
  }

  private endDrag(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    if (drag.moved && this.live && e.type === 'pointerup') {
      this.send('balloon-change', { balloon: this.live });
      // The owner answers with new balloons before the next frame; if it kept the old ones, show those again.
      requestAnimationFrame(() => {
        if (!this.drag) this.live = undefined;
      });
    } else this.live = undefined;
  }

  private onKey(e: KeyboardEvent, balloon: Balloon): void {
    if (!this.editable || this.editing) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.edit(balloon.id);
      return;
    }
    if (e.key === 'Escape') {
      this.select('');
      return;
    }
    const step = e.shiftKey ? FINE_STEP : KEY_STEP;
    const delta: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const d = delta[e.key];
    if (!d) return;
    e.preventDefault();
    this.send('balloon-change', { balloon: moveBalloon(balloon, d[0], d[1], this.size) });
  }

  private finishEdit(target: HTMLElement, balloon: Balloon, keep: boolean): void {
    if (this.editing !== balloon.id) return;
    this.editing = '';
    if (!keep) return;
    const text = oneLine(target.textContent ?? '');
    if (text !== balloon.text) this.send('balloon-text', { id: balloon.id, text });
  }

  private onEditKey(e: KeyboardEvent, balloon: Balloon): void {
    // Composing Korean: Enter ends the syllable, not the edit.
    if (e.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      this.finishEdit(e.currentTarget as HTMLElement, balloon, true);
      this.focusBalloon(balloon.id);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.cancelled = true;
      this.finishEdit(e.currentTarget as HTMLElement, balloon, false);
      this.focusBalloon(balloon.id);
    }
  }

  private focusBalloon(id: string): void {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-balloon-id="${CSS.escape(id)}"]`) as SVGElement | null)?.focus());
  }

  override updated(): void {
    const editor = this.renderRoot.querySelector<HTMLElement>('.editor');
    if (editor && editor.dataset.started !== 'true') {
      // The words go in as text once, when editing starts; the browser owns them until Enter or Esc.
      const balloon = this.balloons.find((b) => b.id === this.editing);
      try {
        editor.contentEditable = 'plaintext-only';
      } catch {
        // A browser without plain-text editing: rich paste may land in the box, but only its text is ever read.
        editor.contentEditable = 'true';
      }
      editor.textContent = balloon?.text ?? '';
      editor.dataset.started = 'true';
      editor.focus();
      const range = document.createRange();
      range.selectNodeContents(editor);
      const selection = (this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  private renderBalloon(b: Balloon, index: number) {
    const outline = balloonOutline(b);
    const text = layoutBalloonText(b, measure);
    const selected = this.editable && b.id === this.selected;
    const label = balloonLabel(b);
    return svg`<g class="balloon kind-${b.kind} ${selected ? 'selected' : ''}" data-balloon-id=${b.id} data-index=${index}
        tabindex=${this.editable ? '0' : '-1'} role=${this.editable ? 'button' : 'img'} aria-label=${label}
        @pointerdown=${(e: PointerEvent) => this.startDrag(e, b, 'move')}
        @dblclick=${() => this.edit(b.id)}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, b)}
        @focus=${() => this.select(b.id)}>
      <rect class="hit" x=${b.box.x} y=${b.box.y} width=${b.box.w} height=${b.box.h}></rect>
      ${outline.commands.length
        ? svg`<path class="outline" d=${toSvgPath(outline.commands)} stroke-width=${outline.strokeWidth}
            stroke-dasharray=${outline.dashed ? OUTLINE_DASH.join(' ') : 'none'}></path>`
        : nothing}
      <text class="words" style=${`font: ${text.font}`} aria-hidden="true"
        stroke-width=${b.kind === 'sfx' ? Math.max(4, text.fontSize * 0.16) : 0}>${text.lines.map(
        (line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`,
      )}</text>
    </g>`;
  }

  /** The selected balloon's frame, corner and tail handles, drawn above every balloon so none hides them. */
  private renderHandles(b: Balloon) {
    const r = Math.max(14, this.panelWidth / 50);
    return svg`<g class="handles">
      <rect class="frame" x=${b.box.x} y=${b.box.y} width=${b.box.w} height=${b.box.h}></rect>
      ${b.tails.map(
        (tip, i) => svg`<circle class="tail-handle" data-tail=${i} cx=${tip.x} cy=${tip.y} r=${r}
          @pointerdown=${(e: PointerEvent) => this.startDrag(e, b, 'tail', i)}><title>${t('balloon.tail', { number: i + 1 })}</title></circle>`,
      )}
      <rect class="resize-handle" x=${b.box.x + b.box.w - r} y=${b.box.y + b.box.h - r} width=${2 * r} height=${2 * r}
        @pointerdown=${(e: PointerEvent) => this.startDrag(e, b, 'resize')}><title>${t('balloon.resize')}</title></rect>
    </g>`;
  }

  private renderEditor(b: Balloon) {
    const { x, y, w, h } = b.box;
    const pct = (v: number, of: number) => `${(100 * v) / of}%`;
    const face = b.kind === 'narration' ? LETTERING_FONTS.narration : b.kind === 'sfx' ? LETTERING_FONTS.display : LETTERING_FONTS.dialogue;
    const style = `left:${pct(x, this.panelWidth)};top:${pct(y, this.panelHeight)};min-width:${pct(w, this.panelWidth)};min-height:${pct(h, this.panelHeight)};font-family:"${face}", sans-serif`;
    return keyed(
      b.id,
      html`<div class="editor" role="textbox" aria-label=${t('balloon.editing')} spellcheck="false"
        style=${style} data-testid="balloon-editor"
        @keydown=${(e: KeyboardEvent) => this.onEditKey(e, b)}
        @blur=${(e: FocusEvent) => {
          if (this.cancelled) this.cancelled = false;
          else this.finishEdit(e.currentTarget as HTMLElement, b, true);
        }}
        @pointerdown=${(e: PointerEvent) => e.stopPropagation()}></div>`,
    );
  }

  override render() {
    const balloons = this.shown();
    const selected = this.editable ? balloons.find((b) => b.id === this.selected) : undefined;
    const editing = this.editable ? balloons.find((b) => b.id === this.editing) : undefined;
    const tooLong = balloons.some((b) => [...b.text].length > MAX_BALLOON_TEXT);
    return html`<svg class="layer ${this.editable ? 'editable' : ''}" viewBox="0 0 ${this.panelWidth} ${this.panelHeight}"
        preserveAspectRatio="none" role="group" aria-label=${t('balloon.layer', { panel: this.panel + 1 })}
        @pointermove=${(e: PointerEvent) => this.moveDrag(e)}
        @pointerup=${(e: PointerEvent) => this.endDrag(e)}
        @pointercancel=${(e: PointerEvent) => this.endDrag(e)}
        @pointerdown=${() => this.editable && this.select('')}>
        ${balloons.map((b, i) => this.renderBalloon(b, i))}
        ${selected && !editing ? this.renderHandles(selected) : nothing}
      </svg>
      ${editing ? this.renderEditor(editing) : nothing}
      ${tooLong ? html`<span class="too-long" aria-hidden="true">⚠</span>` : nothing}`;
  }
}
