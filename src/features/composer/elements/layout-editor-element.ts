// A composed panel's layout editor: the composed drawing with a box on each item; drag a box to move it, its corner
// to scale it; flip, delete (Delete key too), add an item from the catalogue (searched in Korean or English), the
// place and the time, undo/redo (Ctrl+Z / Ctrl+Shift+Z), the depth preview, and Redraw. Every finished gesture is
// one `layout-edit` with the new layout; the owner keeps the history and composes the drawing again.
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../../../ui/pixels-canvas';
import { getLocale, t } from '../../../core/i18n';
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';
import { LocaleController } from '../../../ui/locale-controller';
import { planName, type PlanNames } from '../../plans/shared/plan-label';
import type { LayoutEditorView, PanelLayout } from '../shared/composer-contract';
import { depthPreview } from '../shared/depth-preview';
import { addItem, changeSetting, changeTime, deleteItem, flipItem, itemBoxPx, moveItem, scaleItem, type LayoutEdit } from '../shared/layout-edits';
import { SETTINGS } from '../shared/catalog/settings';
import { TIMES, type TimeOfDay } from '../shared/scene-graph';
import { searchKinds } from './kind-search';
import { layoutEditorStyles } from './layout-editor-styles';

/** The author changed the layout (one finished gesture); the owner pushes it on the panel's history. */
export type LayoutEditEvent = CustomEvent<{ index: number; layout: PanelLayout }>;
/** Undo, redo or redraw the panel `index`. */
export type LayoutCommandEvent = CustomEvent<{ index: number }>;

interface Drag {
  pointer: number;
  item: number;
  mode: 'move' | 'scale';
  /** The layout when the gesture began: every move is computed from it, so a drag is one edit. */
  from: PanelLayout;
  startX: number;
  startY: number;
  rect: DOMRect;
  moved: boolean;
}

export class LayoutEditorElement extends LitElement {
  static override styles = layoutEditorStyles;

  /** The panel's index in the strip. */
  @property({ type: Number }) index = 0;
  @property({ attribute: false }) layout?: PanelLayout;
  /** The layout's composed drawing and its depth (they trail the layout while it is composed again). */
  @property({ attribute: false }) image?: RgbaImage;
  @property({ attribute: false }) depth?: DepthMap;
  /** The planner's catalogue names of kinds, places and times in both languages. */
  @property({ attribute: false }) names?: PlanNames;
  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;
  /** A run is going: Redraw waits. */
  @property({ type: Boolean }) busy = false;
  /** The drawing is being composed again after an edit. */
  @property({ type: Boolean }) composing = false;

  @state() private selected = -1;
  @state() private query = '';
  /** The layout while a drag is under way (shown, not yet sent). */
  @state() private dragging: PanelLayout | null = null;
  @state() private notice = '';
  private drag: Drag | null = null;
  private readonly i18n = new LocaleController(this);
  private depthFor?: DepthMap;
  private depthImage?: RgbaImage;

  private get shown(): PanelLayout | undefined {
    return this.dragging ?? this.layout;
  }

  private emit(edit: LayoutEdit | PanelLayout): void {
    const layout = 'layout' in edit ? edit.layout : edit;
    if ('layout' in edit) this.selected = edit.index ?? -1;
    this.notice = '';
    this.dispatchEvent(new CustomEvent('layout-edit', { detail: { index: this.index, layout }, bubbles: true, composed: true }));
  }

  private command(name: 'layout-undo' | 'layout-redo' | 'layout-redraw'): void {
    this.dispatchEvent(new CustomEvent(name, { detail: { index: this.index }, bubbles: true, composed: true }));
  }

  private kindName(id: string): string {
    return planName(this.names, 'kinds', id, getLocale());
  }

  private startDrag(e: PointerEvent, item: number, mode: Drag['mode']): void {
    if (!this.layout || e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    const stage = this.renderRoot.querySelector('.stage') as HTMLElement;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    this.selected = item;
    this.drag = { pointer: e.pointerId, item, mode, from: this.layout, startX: e.clientX, startY: e.clientY, rect: stage.getBoundingClientRect(), moved: false };
    stage.focus({ preventScroll: true });
  }

  private moveDrag(e: PointerEvent): void {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    const dx = (e.clientX - d.startX) / d.rect.width;
    const dy = (e.clientY - d.startY) / d.rect.height;
    if (!d.moved && Math.abs(e.clientX - d.startX) + Math.abs(e.clientY - d.startY) < 3) return;
    d.moved = true;
    const o = d.from.scene.objects[d.item];
    const edit = d.mode === 'move'
      ? moveItem(d.from, d.item, o.x + dx, o.y + dy)
      // The corner grows the item by the height it is pulled down (its baseline stays put).
      : scaleItem(d.from, d.item, o.scale * Math.max(0.1, 1 + dy / Math.max(o.scale, 0.02)));
    this.dragging = edit.layout;
    this.selected = edit.index ?? -1;
  }

  private endDrag(e: PointerEvent): void {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    this.drag = null;
    const result = this.dragging;
    this.dragging = null;
    if (d.moved && result) this.emit(result);
  }

  private onKey(e: KeyboardEvent): void {
    if ((e.target as HTMLElement).closest?.('input, select')) return;
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && key === 'z') {
      e.preventDefault();
      this.command(e.shiftKey ? 'layout-redo' : 'layout-undo');
      return;
    }
    if ((e.ctrlKey || e.metaKey) && key === 'y') {
      e.preventDefault();
      this.command('layout-redo');
      return;
    }
    const layout = this.layout;
    const item = this.selected;
    if (!layout || !layout.scene.objects[item]) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.emit(deleteItem(layout, item));
      return;
    }
    const step: Record<string, [number, number]> = { ArrowLeft: [-0.01, 0], ArrowRight: [0.01, 0], ArrowUp: [0, -0.01], ArrowDown: [0, 0.01] };
    if (step[e.key]) {
      e.preventDefault();
      const o = layout.scene.objects[item];
      this.emit(moveItem(layout, item, o.x + step[e.key][0], o.y + step[e.key][1]));
    }
  }

  private add(kind: string): void {
    if (!this.layout) return;
    const edit = addItem(this.layout, kind, { seed: this.layout.scene.objects.length + kind.length * 7919 });
    if (!edit) {
      this.notice = t('composer.noRoom', { kind: this.kindName(kind) });
      return;
    }
    this.query = '';
    this.emit(edit);
  }

  private renderBoxes(layout: PanelLayout) {
    return layout.scene.objects.map((o, i) => {
      const [x, y, w, h] = itemBoxPx(layout, o);
      const style = `left:${(100 * x) / layout.width}%;top:${(100 * y) / layout.height}%;width:${(100 * w) / layout.width}%;height:${(100 * h) / layout.height}%`;
      const name = this.kindName(o.kind);
      return html`<div class="box ${i === this.selected ? 'selected' : ''}" style=${style} data-item=${i} data-kind=${o.kind}
          role="button" tabindex="-1" aria-label=${t('composer.item', { name })} aria-pressed=${i === this.selected ? 'true' : 'false'}
          @pointerdown=${(e: PointerEvent) => this.startDrag(e, i, 'move')}>
        <span class="tag">${name}</span>
        ${i === this.selected
          ? html`<span class="handle" data-handle="scale" title=${t('composer.scale')} @pointerdown=${(e: PointerEvent) => this.startDrag(e, i, 'scale')}></span>`
          : nothing}
      </div>`;
    });
  }

  private renderTools(layout: PanelLayout) {
    const locale = getLocale();
    const has = layout.scene.objects[this.selected] !== undefined;
    const hits = searchKinds(this.names?.kinds ?? [], this.query);
    const settingName = (id: string) => planName(this.names, 'settings', id, locale);
    const timeName = (id: string) => planName(this.names, 'times', id, locale);
    return html`<div class="tools" role="toolbar" aria-label=${t('composer.tools')}>
      <button type="button" class="outline-button" data-action="undo" ?disabled=${!this.canUndo} @click=${() => this.command('layout-undo')} title=${t('composer.undoKey')}>${t('composer.undo')}</button>
      <button type="button" class="outline-button" data-action="redo" ?disabled=${!this.canRedo} @click=${() => this.command('layout-redo')} title=${t('composer.redoKey')}>${t('composer.redo')}</button>
      <button type="button" class="outline-button" data-action="flip" ?disabled=${!has} @click=${() => this.emit(flipItem(layout, this.selected))}>${t('composer.flip')}</button>
      <button type="button" class="outline-button" data-action="delete" ?disabled=${!has} @click=${() => this.emit(deleteItem(layout, this.selected))}>${t('composer.delete')}</button>
      <label>${t('composer.place')}
        <select data-control="setting" @change=${(e: Event) => this.emit(changeSetting(layout, (e.target as HTMLSelectElement).value, layout.scene.objects.length + 1))}>
          ${SETTINGS.map((s) => html`<option value=${s.id} ?selected=${s.id === layout.scene.setting}>${settingName(s.id)}</option>`)}
        </select></label>
      <label>${t('composer.time')}
        <select data-control="time" @change=${(e: Event) => this.emit(changeTime(layout, (e.target as HTMLSelectElement).value as TimeOfDay))}>
          ${TIMES.map((id) => html`<option value=${id} ?selected=${id === layout.scene.time}>${timeName(id)}</option>`)}
        </select></label>
      <button type="button" class="outline-button primary" data-action="redraw" ?disabled=${this.busy} @click=${() => this.command('layout-redraw')}>${t('composer.redraw')}</button>
    </div>
    <div class="add">
      <label>${t('composer.add')}
        <input type="search" data-control="add-search" .value=${this.query} placeholder=${t('composer.addPlaceholder')}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && hits[0] && this.add(hits[0].id)} /></label>
      ${hits.length
        ? html`<ul class="hits" role="list">${hits.map((k) => html`<li><button type="button" class="outline-button" data-add=${k.id} @click=${() => this.add(k.id)}>${k[locale]}</button></li>`)}</ul>`
        : this.query.trim() ? html`<span class="hint">${t('composer.noKind')}</span>` : nothing}
    </div>
    ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}`;
  }

  override render() {
    const layout = this.shown;
    if (!layout) return nothing;
    if (this.depth && this.depth !== this.depthFor) {
      this.depthFor = this.depth;
      this.depthImage = depthPreview(this.depth);
    }
    return html`<div class="editor">
      <div class="stage" tabindex="0" style="aspect-ratio:${layout.width} / ${layout.height}" aria-label=${t('composer.stage')}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
        @pointermove=${(e: PointerEvent) => this.moveDrag(e)} @pointerup=${(e: PointerEvent) => this.endDrag(e)}
        @pointercancel=${(e: PointerEvent) => this.endDrag(e)} @pointerdown=${() => (this.selected = -1)}>
        ${this.image ? html`<toon-pixels class="drawing" .pixels=${this.image} label=${t('composer.drawing')}></toon-pixels>` : nothing}
        ${this.renderBoxes(layout)}
        ${this.composing ? html`<span class="composing">${t('composer.composing')}</span>` : nothing}
      </div>
      <figure class="depth">
        ${this.depthImage ? html`<toon-pixels data-testid="depth-preview" .pixels=${this.depthImage} label=${t('composer.depth')}></toon-pixels>` : nothing}
        <figcaption>${t('composer.depth')}</figcaption>
      </figure>
      ${this.renderTools(layout)}
    </div>`;
  }
}
