// One treatment line as a row of chips: place, time, each cast member, each object, "add object", and the words it
// cannot draw; the line's slot editor opens under the chips.
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../../../core/i18n';
import type { CastMember, ScenePlan } from '../shared/plan-contract';
import { actionName, carriedFrom, countText, kindName, settingName, timeName, whoName } from './plan-chips-names';
import { chipId, UNSURE_BELOW, type ChipsView, type Slot } from './plan-chips-types';
import { renderSlotEditor } from './plan-slot-editor';

// The templates below keep the exact text (indentation included) they had as methods of the element.

/** The "?" of an unsure slot (its percent in the title, a word for screen readers) and the line a slot is carried from. */
function marks(confidence: number, from: number | null | false): TemplateResult[] {
  const out: TemplateResult[] = [];
  if (confidence < UNSURE_BELOW) {
    out.push(html`<span class="mark" title=${t('plans.unsureTitle', { percent: Math.round(confidence * 100) })}
        >? <span class="visually-hidden">${t('plans.unsure')}</span></span
      >`);
  }
  if (from) out.push(html`<span class="from">${t('plans.carriedFrom', { line: from })}</span>`);
  return out;
}

// Every chip is a button that toggles its editor; aria-expanded tells which one is open.
function chip(
  view: ChipsView,
  line: number,
  slot: Slot,
  key: string,
  classes: string,
  label: string,
  body: TemplateResult | string,
  title: string,
): TemplateResult {
  const open = view.open?.line === line && view.open.slot === slot && (view.open.key ?? '') === key;
  return html`<button type="button" class="chip ${classes}" id=${chipId(line, slot, key)} aria-label=${label}
      aria-expanded=${open ? 'true' : 'false'} title=${title} data-slot=${slot} data-key=${key}
      @click=${() => view.toggle({ line, slot, key })}>${body}</button>`;
}

export function renderLine(view: ChipsView, plans: readonly ScenePlan[], index: number): TemplateResult {
  const p = plans[index];
  const n = index + 1;
  const catalog = view.catalog;
  const unsure = (c: number) => (c < UNSURE_BELOW ? ' unsure' : '');
  const settingFrom = p.carried.setting ? carriedFrom(plans, index, 'setting') ?? false : false;
  const timeFrom = p.carried.time ? carriedFrom(plans, index, 'time') ?? false : false;
  const carriedTitle = (from: number | false) => (from ? t('plans.carriedTitle', { line: from }) : '');
  const stale = view.lines !== null && !view.lines.includes(p.text);
  const place = settingName(catalog, p.setting);
  const time = timeName(catalog, p.time);
  return html`<li class="line" data-line=${n}>
      <span class="no" aria-hidden="true">${n}</span>
      <div>
        <span class="text" title=${p.text}>${p.text}${stale ? html`<span class="stale">(${t('plans.stale')})</span>` : nothing}</span>
        <div class="chips" role="group" aria-label=${t('plans.line', { line: n, text: p.text })}>
          ${chip(
            view, n, 'setting', '', `place${p.setting === null ? ' empty' : ''}${p.carried.setting ? ' carried' : ''}${unsure(p.confidence.setting)}`,
            t('plans.placeChip', { name: place }),
            html`<span class="slot" aria-hidden="true">${t('plans.place')}</span> ${place}${marks(p.confidence.setting, settingFrom)}`,
            carriedTitle(settingFrom),
          )}
          ${chip(
            view, n, 'time', '', `time${p.time === null ? ' empty' : ''}${p.carried.time ? ' carried' : ''}${unsure(p.confidence.time)}`,
            t('plans.timeChip', { name: time }),
            html`<span class="slot" aria-hidden="true">${t('plans.time')}</span> ${time}${marks(p.confidence.time, timeFrom)}`,
            carriedTitle(timeFrom),
          )}
          ${p.cast.map((m) => renderCastChip(view, plans, index, m))}
          ${p.objects.map((o) =>
            chip(
              view, n, 'object', o.kind, `object${unsure(o.confidence)}`,
              t('plans.objectChip', { name: kindName(catalog, o.kind), count: countText(o.count) }),
              html`${kindName(catalog, o.kind)} <span>${countText(o.count)}</span>${marks(o.confidence, false)}`,
              '',
            ),
          )}
          <button type="button" class="add" id=${chipId(n, 'add')} aria-label=${t('plans.addObjectLabel', { line: n })}
            aria-expanded=${view.open?.line === n && view.open.slot === 'add' ? 'true' : 'false'}
            @click=${() => view.toggle({ line: n, slot: 'add' })}>${t('plans.addObject')}</button>
          ${p.unknown.map(
            (word) => html`<span class="unknown" title=${t('plans.notDrawableTitle', { word })}
              >${word} <small>(${t('plans.notDrawable')})</small></span
            >`,
          )}
        </div>
        ${view.open?.line === n ? renderSlotEditor(view, p, index) : nothing}
      </div>
    </li>`;
}

function renderCastChip(view: ChipsView, plans: readonly ScenePlan[], index: number, m: CastMember): TemplateResult {
  const n = index + 1;
  const catalog = view.catalog;
  const carried = plans[index].carried.cast.includes(m.id);
  const from = carried ? carriedFrom(plans, index, m.id) ?? false : false;
  const who = whoName(catalog, m);
  // A single member shows no count; a group shows ×2 or "several".
  const count = m.count === undefined || m.count === 1 ? '' : ` ${countText(m.count)}`;
  const action = m.action ? actionName(catalog, m.action) : '';
  return chip(
    view, n, 'cast', m.id, `cast${carried ? ' carried' : ''}${m.confidence < UNSURE_BELOW ? ' unsure' : ''}`,
    t('plans.castChip', { name: `${who}${count}${action ? `, ${action}` : ''}` }),
    html`${who}${count}${action ? html` <span class="from">· ${action}</span>` : nothing}${marks(m.confidence, from)}`,
    from ? t('plans.carriedTitle', { line: from }) : '',
  );
}
