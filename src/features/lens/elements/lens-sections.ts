// The lens's similarity table and zero-shot labels, as templates over a computed LensResult.
import { html } from 'lit';
import '../../../ui/pixels-canvas';
import { bestRowPerColumn, formatPercent, type LabelScore } from '../shared/lens-math';
import type { LensResult } from '../shared/lens-view';
import { settingName, type SettingNames } from '../shared/setting-words';
import { getLocale, t } from '../../../core/i18n';

/** "Panel 2 is closest to line 3." for every panel that prefers another line, or that all match. */
export function matchSummary(result: LensResult): string {
  const cols = result.panels.length;
  const best = bestRowPerColumn(result.imageTable, result.sentences.length, cols);
  const own = result.panels.filter((p, c) => best[c] === p.index).length;
  const misses = result.panels.filter((p, c) => best[c] !== p.index)
    .map((p) => t('lens.summaryMiss', { panel: p.index + 1, line: best[result.panels.indexOf(p)] + 1 }));
  const head = t('lens.summary', { own, count: cols });
  return misses.length ? t('lens.summaryWithMisses', { head, misses: misses.join(', ') }) : t('lens.summaryEnd', { head });
}

export function renderSimilarity(result: LensResult) {
  const cols = result.panels.length;
  const best = bestRowPerColumn(result.imageTable, result.sentences.length, cols);
  return html`<section aria-labelledby="sim-title">
    <h3 id="sim-title">${t('lens.simTitle')}</h3>
    <p class="hint">${t('lens.simHint')}</p>
    <div class="scroll">
      <table data-testid="similarity">
        <thead>
          <tr>
            <th scope="col" class="corner">${t('lens.corner')}</th>
            ${result.panels.map((p) => html`<th scope="col">
              <toon-pixels class="thumb" .pixels=${p.image} label=${t('lens.panel', { panel: p.index + 1 })}></toon-pixels>${t('lens.panel', { panel: p.index + 1 })}
            </th>`)}
          </tr>
        </thead>
        <tbody>
          ${result.sentences.map((text, r) => html`<tr>
            <th scope="row"><span class="line-no">${r + 1}</span> <span class="line-text" lang=${/[가-힣]/.test(text) ? 'ko' : 'en'}>${text}</span></th>
            ${result.panels.map((p, c) => {
              const score = result.imageTable[r * cols + c];
              const ref = result.referenceTable[r * cols + c];
              const diagonal = p.index === r;
              return html`<td data-testid="sim-cell" data-row=${r} data-col=${c} class=${`${diagonal ? 'diag' : ''} ${best[c] === r ? 'best' : ''}`}
                aria-label=${t('lens.cell', { line: r + 1, panel: p.index + 1, score: formatPercent(score) }) +
                  (Number.isFinite(ref) ? t('lens.cellReference', { score: formatPercent(ref) }) : '') +
                  (best[c] === r ? t('lens.cellClosest') : '')}>
                <span class="score" data-testid="image-score">${formatPercent(score)}</span>${best[c] === r ? html`<span class="star" aria-hidden="true">★</span>` : ''}
                ${Number.isFinite(ref) ? html`<span class="ref" data-testid="reference-score">${t('lens.ref', { score: formatPercent(ref) })}</span>` : ''}
              </td>`;
            })}
          </tr>`)}
        </tbody>
      </table>
    </div>
    <p class="summary" data-testid="match-summary">${matchSummary(result)}</p>
  </section>`;
}

function labelList(scores: LabelScore[], lang: 'ko' | 'en', names: SettingNames, testid: string) {
  return html`<ol class="labels" data-testid=${testid}>
    ${scores.map((s) => html`<li data-testid="label" data-setting=${s.label}>
      <span class="row"><span class="what"><span class="name" lang=${lang}>${settingName(s.label, lang, names)}</span>${lang !== getLocale() ? html` <span class="gloss" lang=${getLocale()}>${settingName(s.label, getLocale(), names)}</span>` : ''}</span>
      <span class="label-score">${formatPercent(s.score)}</span></span>
    </li>`)}
  </ol>`;
}

export function renderLabels(result: LensResult, labelCount: number) {
  return html`<section aria-labelledby="labels-title">
    <h3 id="labels-title">${t('lens.labelsTitle')}</h3>
    <p class="hint">${t('lens.labelsHint', { count: labelCount })}</p>
    <ul class="label-panels">
      ${result.panels.map((p) => html`<li data-testid="panel-labels" data-index=${p.index}>
        <h4>${t('lens.panel', { panel: p.index + 1 })} <small>${p.lang === 'ko' ? t('lens.koreanPrompts') : t('lens.englishPrompts')}</small></h4>
        <div class="pair">
          <div>
            <span class="which">${t('lens.whichPanel')}</span>
            ${labelList(p.labels.image, p.lang, result.map.names, 'image-labels')}
          </div>
          <div>
            <span class="which">${t('lens.whichReference')}</span>
            ${p.labels.reference ? labelList(p.labels.reference, p.lang, result.map.names, 'reference-labels') : html`<p class="hint">${t('lens.noReference')}</p>`}
          </div>
        </div>
      </li>`)}
    </ul>
  </section>`;
}
