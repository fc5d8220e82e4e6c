// The scene plan of each treatment line as chips (place, time, cast, objects, words it cannot draw), each opening a
// small editor, and the treatment's cast listed once. Properties in (the model's plan, the author's edits, the
// catalog), DOM events out (plan-line-edit, plan-cast-edit); the owner keeps the edits and passes them back.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getLocale, t } from '../../../core/i18n';
import { LocaleController } from '../../../ui/locale-controller';
import type { CastEntry, CastMember, PlanEdit, PlanEdits, PlanObject, ScenePlan, TreatmentPlan } from '../shared/plan-contract';
import { castKinds, catalogName, CAST_CATEGORIES, type PlanCatalog } from '../shared/plan-catalog';
import { applyPlanEdits, emptyPlanEdits } from '../shared/plan-edits';

/** Below this a slot is marked unsure. */
export const UNSURE_BELOW = 0.5;

export type PlanStatus = 'idle' | 'planning' | 'ready' | 'failed';

export interface PlanLineEditDetail {
  /** The line's place in the plan (0-based) and its text, which the edit is keyed by. */
  index: number;
  text: string;
  /** The slots the author changed; the others are left as they were. */
  edit: PlanEdit;
}
export type PlanLineEditEvent = CustomEvent<PlanLineEditDetail>;

export interface PlanCastEditDetail {
  id: string;
  name?: string;
  kind?: string;
}
export type PlanCastEditEvent = CustomEvent<PlanCastEditDetail>;

type Slot = 'setting' | 'time' | 'cast' | 'object' | 'add';
interface Open {
  line: number;
  slot: Slot;
  /** The cast id or object kind of the chip. */
  key?: string;
}

const chipId = (line: number, slot: Slot, key = '') => `chip-${line}-${slot}-${key}`;

export class PlanChipsElement extends LitElement {
  /** The model's plan of the treatment, or null when there is none (no planner, or not read yet). */
  @property({ attribute: false }) plan: TreatmentPlan | null = null;
  @property({ attribute: false }) edits: PlanEdits = emptyPlanEdits();
  @property({ attribute: false }) catalog: PlanCatalog | null = null;
  @property() status: PlanStatus = 'idle';
  /** Why planning failed, when status is 'failed'. */
  @property() error = '';
  /** The treatment's current lines: a plan line whose text is no longer among them is marked as changed. */
  @property({ attribute: false }) lines: readonly string[] | null = null;
  @state() private open: Open | null = null;
  @state() private addKind = '';
  @state() private addCount = '1';
  private readonly i18n = new LocaleController(this);
  private refocus = '';

  static override styles = css`
    :host {
      display: block;
      font-size: 0.875rem;
      color: #222;
      --chip-bg: #eef2ff;
      --chip-border: #a5b4fc;
    }
    h2,
    h3 {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    h3 {
      font-size: 0.875rem;
      margin-top: 0.75rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      color: #555;
    }
    .status {
      margin: 0.25rem 0 0.5rem;
      color: #555;
    }
    .status.failed {
      color: #8a1c1c;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    li.line {
      display: grid;
      grid-template-columns: 1.75rem minmax(0, 1fr);
      column-gap: 0.375rem;
      padding: 0.375rem 0.25rem;
      border-top: 1px solid #e5e5e5;
    }
    .no {
      font-weight: 700;
      color: #555;
      text-align: right;
      line-height: 1.9rem;
    }
    .text {
      display: block;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      color: #444;
      margin-bottom: 0.25rem;
    }
    .stale {
      color: #8a5a00;
      font-size: 0.75rem;
      margin-left: 0.375rem;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem;
      align-items: center;
    }
    .chip {
      font: inherit;
      display: inline-flex;
      align-items: baseline;
      gap: 0.25rem;
      max-width: 100%;
      min-height: 1.75rem;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      border: 1px solid var(--chip-border);
      background: var(--chip-bg);
      color: #1e1b4b;
      cursor: pointer;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .chip:hover {
      background: #e0e7ff;
    }
    .chip:focus-visible,
    .editor :focus-visible {
      outline: 2px solid #1d4ed8;
      outline-offset: 2px;
    }
    .chip[aria-expanded='true'] {
      background: #c7d2fe;
    }
    .chip .slot {
      font-size: 0.7rem;
      text-transform: uppercase;
      letter-spacing: 0.03em;
      color: #4338ca;
    }
    .chip.place {
      --chip-bg: #ecfdf5;
      --chip-border: #6ee7b7;
    }
    .chip.place .slot {
      color: #047857;
    }
    .chip.time {
      --chip-bg: #fff7ed;
      --chip-border: #fdba74;
    }
    .chip.time .slot {
      color: #b45309;
    }
    .chip.cast {
      --chip-bg: #fdf2f8;
      --chip-border: #f9a8d4;
    }
    .chip.empty {
      color: #666;
      font-style: italic;
    }
    .chip.carried {
      opacity: 0.72;
      border-style: dotted;
    }
    .from {
      font-size: 0.7rem;
      color: #555;
    }
    .chip.unsure {
      border-style: dashed;
      border-color: #b45309;
    }
    .mark {
      font-size: 0.7rem;
      font-weight: 700;
      color: #92400e;
    }
    .add {
      font: inherit;
      min-height: 1.75rem;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      border: 1px dashed #888;
      background: #fff;
      color: #333;
      cursor: pointer;
    }
    .unknown {
      display: inline-flex;
      gap: 0.25rem;
      align-items: baseline;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      background: #f3f3f3;
      color: #757575;
      border: 1px dashed #ccc;
    }
    .unknown small {
      font-size: 0.7rem;
      font-style: italic;
    }
    .editor {
      margin-top: 0.375rem;
      padding: 0.5rem;
      border: 1px solid #c7d2fe;
      border-radius: 0.5rem;
      background: #fafaff;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
    .editor label,
    .cast-list label {
      display: grid;
      gap: 0.125rem;
      font-size: 0.75rem;
      color: #444;
    }
    select,
    input,
    .editor button {
      font: inherit;
      font-size: 0.875rem;
      min-height: 1.75rem;
    }
    select {
      max-width: 14rem;
    }
    .cast-list {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.375rem;
    }
    .cast-list li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
    .cast-list .id {
      font-family: ui-monospace, monospace;
      color: #666;
      min-width: 2rem;
      line-height: 1.75rem;
    }
    .cast-list input {
      width: 10rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  private get locale() {
    return getLocale();
  }

  private settingName(id: string | null): string {
    return id === null ? t('plans.noPlace') : catalogName(this.catalog?.settings, id, this.locale);
  }

  private timeName(id: string | null): string {
    return id === null ? t('plans.noTime') : catalogName(this.catalog?.times, id, this.locale);
  }

  private kindName(id: string): string {
    return catalogName(this.catalog?.kinds, id, this.locale);
  }

  private countText(count: number | null | undefined): string {
    return count === null ? t('plans.several') : `×${count ?? 1}`;
  }

  private whoName(member: { id: string; name?: string; kind: string }): string {
    return member.name ? `${member.name} · ${this.kindName(member.kind)}` : this.kindName(member.kind);
  }

  private emitLine(index: number, text: string, edit: PlanEdit): void {
    this.dispatchEvent(
      new CustomEvent<PlanLineEditDetail>('plan-line-edit', { detail: { index, text, edit }, bubbles: true, composed: true }),
    );
  }

  private emitCast(detail: PlanCastEditDetail): void {
    this.dispatchEvent(new CustomEvent<PlanCastEditDetail>('plan-cast-edit', { detail, bubbles: true, composed: true }));
  }

  private toggle(open: Open): void {
    const same = this.open && this.open.line === open.line && this.open.slot === open.slot && this.open.key === open.key;
    if (same) {
      this.close();
      return;
    }
    this.open = open;
    this.addKind = '';
    this.addCount = '1';
    this.refocus = 'editor';
  }

  private close(): void {
    if (!this.open) return;
    const { line, slot, key } = this.open;
    this.open = null;
    this.refocus = chipId(line, slot === 'add' ? 'add' : slot, slot === 'add' ? '' : key);
  }

  protected override updated(): void {
    if (!this.refocus) return;
    const target =
      this.refocus === 'editor'
        ? this.renderRoot.querySelector<HTMLElement>('.editor select, .editor input')
        : this.renderRoot.querySelector<HTMLElement>(`#${this.refocus}`);
    this.refocus = '';
    target?.focus();
  }

  private onEditorKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  }

  /** The nearest earlier line that states the slot this line carries. */
  private carriedFrom(plans: readonly ScenePlan[], index: number, slot: 'setting' | 'time' | string): number | null {
    for (let j = index - 1; j >= 0; j--) {
      const p = plans[j];
      if (slot === 'setting' && !p.carried.setting && p.setting === plans[index].setting) return j + 1;
      if (slot === 'time' && !p.carried.time && p.time === plans[index].time) return j + 1;
      if (slot !== 'setting' && slot !== 'time' && p.cast.some((c) => c.id === slot) && !p.carried.cast.includes(slot)) return j + 1;
    }
    return null;
  }

  private marks(confidence: number, carriedFrom: number | null | false): TemplateResult[] {
    const out: TemplateResult[] = [];
    if (confidence < UNSURE_BELOW) {
      out.push(html`<span class="mark" title=${t('plans.unsureTitle', { percent: Math.round(confidence * 100) })}
        >? <span class="visually-hidden">${t('plans.unsure')}</span></span
      >`);
    }
    if (carriedFrom) out.push(html`<span class="from">${t('plans.carriedFrom', { line: carriedFrom })}</span>`);
    return out;
  }

  private chip(
    line: number,
    slot: Slot,
    key: string,
    classes: string,
    label: string,
    body: TemplateResult | string,
    title: string,
  ): TemplateResult {
    const open = this.open?.line === line && this.open.slot === slot && (this.open.key ?? '') === key;
    return html`<button type="button" class="chip ${classes}" id=${chipId(line, slot, key)} aria-label=${label}
      aria-expanded=${open ? 'true' : 'false'} title=${title} data-slot=${slot} data-key=${key}
      @click=${() => this.toggle({ line, slot, key })}>${body}</button>`;
  }

  private renderLine(plans: readonly ScenePlan[], index: number): TemplateResult {
    const p = plans[index];
    const n = index + 1;
    const unsure = (c: number) => (c < UNSURE_BELOW ? ' unsure' : '');
    const settingFrom = p.carried.setting ? this.carriedFrom(plans, index, 'setting') ?? false : false;
    const timeFrom = p.carried.time ? this.carriedFrom(plans, index, 'time') ?? false : false;
    const carriedTitle = (from: number | false) => (from ? t('plans.carriedTitle', { line: from }) : '');
    const stale = this.lines !== null && !this.lines.includes(p.text);
    const place = this.settingName(p.setting);
    const time = this.timeName(p.time);
    return html`<li class="line" data-line=${n}>
      <span class="no" aria-hidden="true">${n}</span>
      <div>
        <span class="text" title=${p.text}>${p.text}${stale ? html`<span class="stale">(${t('plans.stale')})</span>` : nothing}</span>
        <div class="chips" role="group" aria-label=${t('plans.line', { line: n, text: p.text })}>
          ${this.chip(
            n, 'setting', '', `place${p.setting === null ? ' empty' : ''}${p.carried.setting ? ' carried' : ''}${unsure(p.confidence.setting)}`,
            t('plans.placeChip', { name: place }),
            html`<span class="slot" aria-hidden="true">${t('plans.place')}</span> ${place}${this.marks(p.confidence.setting, settingFrom)}`,
            carriedTitle(settingFrom),
          )}
          ${this.chip(
            n, 'time', '', `time${p.time === null ? ' empty' : ''}${p.carried.time ? ' carried' : ''}${unsure(p.confidence.time)}`,
            t('plans.timeChip', { name: time }),
            html`<span class="slot" aria-hidden="true">${t('plans.time')}</span> ${time}${this.marks(p.confidence.time, timeFrom)}`,
            carriedTitle(timeFrom),
          )}
          ${p.cast.map((m) => this.renderCastChip(plans, index, m))}
          ${p.objects.map((o) =>
            this.chip(
              n, 'object', o.kind, `object${unsure(o.confidence)}`,
              t('plans.objectChip', { name: this.kindName(o.kind), count: this.countText(o.count) }),
              html`${this.kindName(o.kind)} <span>${this.countText(o.count)}</span>${this.marks(o.confidence, false)}`,
              '',
            ),
          )}
          <button type="button" class="add" id=${chipId(n, 'add')} aria-label=${t('plans.addObjectLabel', { line: n })}
            aria-expanded=${this.open?.line === n && this.open.slot === 'add' ? 'true' : 'false'}
            @click=${() => this.toggle({ line: n, slot: 'add' })}>${t('plans.addObject')}</button>
          ${p.unknown.map(
            (word) => html`<span class="unknown" title=${t('plans.notDrawableTitle', { word })}
              >${word} <small>(${t('plans.notDrawable')})</small></span
            >`,
          )}
        </div>
        ${this.open?.line === n ? this.renderEditor(p, index) : nothing}
      </div>
    </li>`;
  }

  private renderCastChip(plans: readonly ScenePlan[], index: number, m: CastMember): TemplateResult {
    const n = index + 1;
    const carried = plans[index].carried.cast.includes(m.id);
    const from = carried ? this.carriedFrom(plans, index, m.id) ?? false : false;
    const who = this.whoName(m);
    const count = m.count === undefined || m.count === 1 ? '' : ` ${this.countText(m.count)}`;
    const action = m.action ? catalogName(this.catalog?.actions, m.action, this.locale) : '';
    return this.chip(
      n, 'cast', m.id, `cast${carried ? ' carried' : ''}${m.confidence < UNSURE_BELOW ? ' unsure' : ''}`,
      t('plans.castChip', { name: `${who}${count}${action ? `, ${action}` : ''}` }),
      html`${who}${count}${action ? html` <span class="from">· ${action}</span>` : nothing}${this.marks(m.confidence, from)}`,
      from ? t('plans.carriedTitle', { line: from }) : '',
    );
  }

  private renderEditor(p: ScenePlan, index: number): TemplateResult {
    const open = this.open!;
    const n = index + 1;
    const catalog = this.catalog;
    let body: TemplateResult;
    if (open.slot === 'setting') {
      body = html`<label>${t('plans.place')}
        <select @change=${(e: Event) => this.emitLine(index, p.text, { setting: (e.target as HTMLSelectElement).value || null })}>
          <option value="" ?selected=${p.setting === null}>${t('plans.none')}</option>
          ${(catalog?.settings ?? []).map((s) => html`<option value=${s.id} ?selected=${s.id === p.setting}>${s[this.locale]}</option>`)}
          ${p.setting && !catalog?.settings.some((s) => s.id === p.setting) ? html`<option value=${p.setting} selected>${p.setting}</option>` : nothing}
        </select></label>`;
    } else if (open.slot === 'time') {
      body = html`<label>${t('plans.time')}
        <select @change=${(e: Event) => this.emitLine(index, p.text, { time: ((e.target as HTMLSelectElement).value || null) as PlanEdit['time'] })}>
          <option value="" ?selected=${p.time === null}>${t('plans.none')}</option>
          ${(catalog?.times ?? [{ id: 'day' }, { id: 'sunset' }, { id: 'night' }]).map(
            (s) => html`<option value=${s.id} ?selected=${s.id === p.time}>${this.timeName(s.id)}</option>`,
          )}
        </select></label>`;
    } else if (open.slot === 'cast') {
      const member = p.cast.find((c) => c.id === open.key);
      body = member ? this.renderCastFields(member, true) : html``;
    } else if (open.slot === 'object') {
      const object = p.objects.find((o) => o.kind === open.key);
      body = object ? this.renderObjectFields(p, index, object) : html``;
    } else {
      body = this.renderAddFields(p, index);
    }
    return html`<div class="editor" role="group" aria-label=${t('plans.editorLabel', { line: n })} @keydown=${this.onEditorKey}>
      ${body}
      <button type="button" @click=${() => this.close()}>${t('plans.done')}</button>
    </div>`;
  }

  private thingKinds(): { id: string; name: string; maxCount: number }[] {
    return (this.catalog?.kinds ?? [])
      .filter((k) => !CAST_CATEGORIES.includes(k.category))
      .map((k) => ({ id: k.id, name: k[this.locale], maxCount: k.maxCount }));
  }

  private countOptions(kind: string, selected: number | null): TemplateResult {
    const max = Math.max(this.catalog?.kinds.find((k) => k.id === kind)?.maxCount ?? 9, selected ?? 1);
    return html`<option value="" ?selected=${selected === null}>${t('plans.several')}</option>
      ${Array.from({ length: max }, (_, i) => i + 1).map((c) => html`<option value=${String(c)} ?selected=${selected === c}>${c}</option>`)}`;
  }

  private setObjects(p: ScenePlan, index: number, objects: { kind: string; count: number | null }[]): void {
    const seen = new Set<string>();
    const unique = objects.filter((o) => !seen.has(o.kind) && seen.add(o.kind));
    this.emitLine(index, p.text, { objects: unique });
  }

  private renderObjectFields(p: ScenePlan, index: number, object: PlanObject): TemplateResult {
    const others = p.objects.map((o) => ({ kind: o.kind, count: o.count }));
    const replace = (next: { kind: string; count: number | null }) => {
      this.setObjects(p, index, others.map((o) => (o.kind === object.kind ? next : o)));
      if (next.kind !== object.kind) this.open = { ...this.open!, key: next.kind };
    };
    const kinds = this.thingKinds();
    return html`<label>${t('plans.kind')}
        <select @change=${(e: Event) => replace({ kind: (e.target as HTMLSelectElement).value, count: object.count })}>
          ${kinds.map((k) => html`<option value=${k.id} ?selected=${k.id === object.kind}>${k.name}</option>`)}
          ${kinds.some((k) => k.id === object.kind) ? nothing : html`<option value=${object.kind} selected>${this.kindName(object.kind)}</option>`}
        </select></label>
      <label>${t('plans.count')}
        <select @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          replace({ kind: object.kind, count: v ? Number(v) : null });
        }}>${this.countOptions(object.kind, object.count)}</select></label>
      <button type="button" aria-label=${t('plans.removeLabel', { name: this.kindName(object.kind), line: index + 1 })}
        @click=${() => {
          this.setObjects(p, index, others.filter((o) => o.kind !== object.kind));
          this.open = null;
          this.refocus = chipId(index + 1, 'add');
        }}>${t('plans.remove')}</button>`;
  }

  private renderAddFields(p: ScenePlan, index: number): TemplateResult {
    const kinds = this.thingKinds().filter((k) => !p.objects.some((o) => o.kind === k.id));
    const add = () => {
      if (!this.addKind) return;
      const count = this.addCount ? Number(this.addCount) : null;
      this.setObjects(p, index, [...p.objects.map((o) => ({ kind: o.kind, count: o.count })), { kind: this.addKind, count }]);
      this.open = { line: index + 1, slot: 'object', key: this.addKind };
      this.refocus = 'editor';
    };
    return html`<label>${t('plans.kind')}
        <select @change=${(e: Event) => (this.addKind = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.addKind}>${t('plans.chooseKind')}</option>
          ${kinds.map((k) => html`<option value=${k.id} ?selected=${k.id === this.addKind}>${k.name}</option>`)}
        </select></label>
      <label>${t('plans.count')}
        <select @change=${(e: Event) => (this.addCount = (e.target as HTMLSelectElement).value)}
          >${this.countOptions(this.addKind, this.addCount ? Number(this.addCount) : null)}</select
        ></label>
      <button type="button" ?disabled=${!this.addKind} @click=${add}>${t('plans.add')}</button>`;
  }

  /** Name and kind of a cast member; the same fields serve the line's chip editor and the cast list. */
  private renderCastFields(member: { id: string; name?: string; kind: string }, inEditor: boolean): TemplateResult {
    const who = member.name || `${this.kindName(member.kind)} (${member.id})`;
    const kinds = this.catalog ? castKinds(this.catalog) : [];
    const rename = (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      if (value.trim() !== (member.name ?? '')) this.emitCast({ id: member.id, name: value });
    };
    return html`<label>${t('plans.name')}
        <input type="text" maxlength="60" .value=${member.name ?? ''} placeholder=${t('plans.unnamed')}
          aria-label=${t('plans.castNameOf', { who })} data-cast-name=${member.id} data-in-editor=${inEditor ? 'yes' : 'no'}
          @change=${rename} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && rename(e)} /></label>
      <label>${t('plans.kind')}
        <select aria-label=${t('plans.castKindOf', { who })} data-cast-kind=${member.id}
          @change=${(e: Event) => this.emitCast({ id: member.id, kind: (e.target as HTMLSelectElement).value })}>
          ${kinds.map((k) => html`<option value=${k.id} ?selected=${k.id === member.kind}>${k[this.locale]}</option>`)}
          ${kinds.some((k) => k.id === member.kind) ? nothing : html`<option value=${member.kind} selected>${this.kindName(member.kind)}</option>`}
        </select></label>`;
  }

  private renderCast(cast: readonly CastEntry[]): TemplateResult {
    return html`<section aria-labelledby="cast-title">
      <h3 id="cast-title">${t('plans.cast')}</h3>
      ${cast.length
        ? html`<p class="hint">${t('plans.castHint')}</p>
            <ul class="cast-list">
              ${cast.map((c) => html`<li data-cast=${c.id}><span class="id" aria-hidden="true">${c.id}</span>${this.renderCastFields(c, false)}</li>`)}
            </ul>`
        : html`<p class="hint">${t('plans.noCast')}</p>`}
    </section>`;
  }

  override render() {
    if (this.status === 'idle' && !this.plan) return nothing;
    const applied = this.plan ? applyPlanEdits(this.plan, this.edits) : null;
    return html`<h2>${t('plans.title')}</h2>
      <p class="hint">${t('plans.subtitle')}</p>
      ${this.status === 'planning' ? html`<p class="status" role="status">${t('plans.planning')}</p>` : nothing}
      ${this.status === 'failed' ? html`<p class="status failed" role="alert">${t('plans.failed', { error: this.error })}</p>` : nothing}
      ${applied
        ? html`<ol aria-label=${t('plans.lines')}>${applied.plans.map((_, i) => this.renderLine(applied.plans, i))}</ol>
            ${this.renderCast(applied.cast)}`
        : nothing}`;
  }
}
