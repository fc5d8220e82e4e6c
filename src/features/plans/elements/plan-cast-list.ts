// The treatment's cast listed once under the lines, and the name and kind fields that the list and a cast chip's
// editor share, so a rename in either place sends the same plan-cast-edit.
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, t } from '../../../core/i18n';
import type { CastEntry } from '../shared/plan-contract';
import { castKinds } from '../shared/plan-catalog';
import { kindName } from './plan-chips-names';
import type { ChipsView } from './plan-chips-types';

// The templates below keep the exact text (indentation included) they had as methods of the element.

/** Name and kind of a cast member; the same fields serve the line's chip editor and the cast list. */
export function renderCastFields(view: ChipsView, member: { id: string; name?: string; kind: string }, inEditor: boolean): TemplateResult {
  const catalog = view.catalog;
  const who = member.name || `${kindName(catalog, member.kind)} (${member.id})`;
  const kinds = catalog ? castKinds(catalog) : [];
  // Enter and the change on blur both call this; an unchanged name sends nothing.
  const rename = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    if (value.trim() !== (member.name ?? '')) view.emitCast({ id: member.id, name: value });
  };
  return html`<label>${t('plans.name')}
        <input type="text" maxlength="60" .value=${member.name ?? ''} placeholder=${t('plans.unnamed')}
          aria-label=${t('plans.castNameOf', { who })} data-cast-name=${member.id} data-in-editor=${inEditor ? 'yes' : 'no'}
          @change=${rename} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && rename(e)} /></label>
      <label>${t('plans.kind')}
        <select aria-label=${t('plans.castKindOf', { who })} data-cast-kind=${member.id}
          @change=${(e: Event) => view.emitCast({ id: member.id, kind: (e.target as HTMLSelectElement).value })}>
          ${kinds.map((k) => html`<option value=${k.id} ?selected=${k.id === member.kind}>${k[getLocale()]}</option>`)}
          ${kinds.some((k) => k.id === member.kind) ? nothing : html`<option value=${member.kind} selected>${kindName(catalog, member.kind)}</option>`}
        </select></label>`;
}

export function renderCastList(view: ChipsView, cast: readonly CastEntry[]): TemplateResult {
  return html`<section aria-labelledby="cast-title">
      <h3 id="cast-title">${t('plans.cast')}</h3>
      ${cast.length
        ? html`<p class="hint">${t('plans.castHint')}</p>
            <ul class="cast-list">
              ${cast.map((c) => html`<li data-cast=${c.id}><span class="id" aria-hidden="true">${c.id}</span>${renderCastFields(view, c, false)}</li>`)}
            </ul>`
        : html`<p class="hint">${t('plans.noCast')}</p>`}
    </section>`;
}
