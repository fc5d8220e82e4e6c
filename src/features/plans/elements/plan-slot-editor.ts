// The small editor that opens under a line when one of its chips (or "add object") is pressed: one select per slot,
// or the cast fields, or an object's kind, count and remove. Each choice is sent at once as a plan-line-edit.
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, t } from '../../../core/i18n';
import type { PlanEdit, PlanObject, ScenePlan } from '../shared/plan-contract';
import { renderCastFields } from './plan-cast-list';
import { kindName, thingKinds, timeName } from './plan-chips-names';
import { chipId, type ChipsView } from './plan-chips-types';

// The templates below keep the exact text (indentation included) they had as methods of the element.

export function renderSlotEditor(view: ChipsView, p: ScenePlan, index: number): TemplateResult {
  const open = view.open!;
  const n = index + 1;
  const catalog = view.catalog;
  let body: TemplateResult;
  if (open.slot === 'setting') {
    body = html`<label>${t('plans.place')}
        <select @change=${(e: Event) => view.emitLine(index, p.text, { setting: (e.target as HTMLSelectElement).value || null })}>
          <option value="" ?selected=${p.setting === null}>${t('plans.none')}</option>
          ${(catalog?.settings ?? []).map((s) => html`<option value=${s.id} ?selected=${s.id === p.setting}>${s[getLocale()]}</option>`)}
          ${p.setting && !catalog?.settings.some((s) => s.id === p.setting) ? html`<option value=${p.setting} selected>${p.setting}</option>` : nothing}
        </select></label>`;
  } else if (open.slot === 'time') {
    // Without a catalog the three times the planner knows are still offered, by their ids.
    body = html`<label>${t('plans.time')}
        <select @change=${(e: Event) => view.emitLine(index, p.text, { time: ((e.target as HTMLSelectElement).value || null) as PlanEdit['time'] })}>
          <option value="" ?selected=${p.time === null}>${t('plans.none')}</option>
          ${(catalog?.times ?? [{ id: 'day' }, { id: 'sunset' }, { id: 'night' }]).map(
            (s) => html`<option value=${s.id} ?selected=${s.id === p.time}>${timeName(catalog, s.id)}</option>`,
          )}
        </select></label>`;
  } else if (open.slot === 'cast') {
    const member = p.cast.find((c) => c.id === open.key);
    body = member ? renderCastFields(view, member, true) : html``;
  } else if (open.slot === 'object') {
    const object = p.objects.find((o) => o.kind === open.key);
    body = object ? renderObjectFields(view, p, index, object) : html``;
  } else {
    body = renderAddFields(view, p, index);
  }
  return html`<div class="editor" role="group" aria-label=${t('plans.editorLabel', { line: n })} @keydown=${view.onEditorKey}>
      ${body}
      <button type="button" @click=${() => view.close()}>${t('plans.done')}</button>
    </div>`;
}

/** "several", then 1 up to the kind's maxCount (9 for a kind the catalog lacks), never below the count already chosen. */
function countOptions(view: ChipsView, kind: string, selected: number | null): TemplateResult {
  const max = Math.max(view.catalog?.kinds.find((k) => k.id === kind)?.maxCount ?? 9, selected ?? 1);
  return html`<option value="" ?selected=${selected === null}>${t('plans.several')}</option>
      ${Array.from({ length: max }, (_, i) => i + 1).map((c) => html`<option value=${String(c)} ?selected=${selected === c}>${c}</option>`)}`;
}

// An edit replaces the line's whole object list, so a kind chosen twice is kept once (the first).
function setObjects(view: ChipsView, p: ScenePlan, index: number, objects: { kind: string; count: number | null }[]): void {
  const seen = new Set<string>();
  const unique = objects.filter((o) => !seen.has(o.kind) && seen.add(o.kind));
  view.emitLine(index, p.text, { objects: unique });
}

function renderObjectFields(view: ChipsView, p: ScenePlan, index: number, object: PlanObject): TemplateResult {
  const catalog = view.catalog;
  const others = p.objects.map((o) => ({ kind: o.kind, count: o.count }));
  const replace = (next: { kind: string; count: number | null }) => {
    setObjects(view, p, index, others.map((o) => (o.kind === object.kind ? next : o)));
    // The chip is keyed by its kind: follow it so the editor stays open on the changed object.
    if (next.kind !== object.kind) view.setOpen({ ...view.open!, key: next.kind });
  };
  const kinds = thingKinds(catalog);
  return html`<label>${t('plans.kind')}
        <select @change=${(e: Event) => replace({ kind: (e.target as HTMLSelectElement).value, count: object.count })}>
          ${kinds.map((k) => html`<option value=${k.id} ?selected=${k.id === object.kind}>${k.name}</option>`)}
          ${kinds.some((k) => k.id === object.kind) ? nothing : html`<option value=${object.kind} selected>${kindName(catalog, object.kind)}</option>`}
        </select></label>
      <label>${t('plans.count')}
        <select @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          replace({ kind: object.kind, count: v ? Number(v) : null });
        }}>${countOptions(view, object.kind, object.count)}</select></label>
      <button type="button" aria-label=${t('plans.removeLabel', { name: kindName(catalog, object.kind), line: index + 1 })}
        @click=${() => {
          setObjects(view, p, index, others.filter((o) => o.kind !== object.kind));
          // The removed chip is gone: focus goes to the add-object button of its line instead.
          view.setOpen(null, chipId(index + 1, 'add'));
        }}>${t('plans.remove')}</button>`;
}

function renderAddFields(view: ChipsView, p: ScenePlan, index: number): TemplateResult {
  const kinds = thingKinds(view.catalog).filter((k) => !p.objects.some((o) => o.kind === k.id));
  const add = () => {
    if (!view.addKind) return;
    const count = view.addCount ? Number(view.addCount) : null;
    setObjects(view, p, index, [...p.objects.map((o) => ({ kind: o.kind, count: o.count })), { kind: view.addKind, count }]);
    // The new object's own editor opens in place of this one, focused.
    view.setOpen({ line: index + 1, slot: 'object', key: view.addKind }, 'editor');
  };
  return html`<label>${t('plans.kind')}
        <select @change=${(e: Event) => (view.addKind = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!view.addKind}>${t('plans.chooseKind')}</option>
          ${kinds.map((k) => html`<option value=${k.id} ?selected=${k.id === view.addKind}>${k.name}</option>`)}
        </select></label>
      <label>${t('plans.count')}
        <select @change=${(e: Event) => (view.addCount = (e.target as HTMLSelectElement).value)}
          >${countOptions(view, view.addKind, view.addCount ? Number(view.addCount) : null)}</select
        ></label>
      <button type="button" ?disabled=${!view.addKind} @click=${add}>${t('plans.add')}</button>`;
}
