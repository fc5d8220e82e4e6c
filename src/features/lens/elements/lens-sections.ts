// The lens's similarity table and zero-shot labels, as templates over a computed LensResult.
import { html } from 'lit';
import '../../../ui/pixels-canvas';
import { bestRowPerColumn, formatPercent, type LabelScore } from '../shared/lens-math';
import type { LensResult } from '../shared/lens-view';
import { settingName, type SettingNames } from '../shared/setting-words';

/** "Panel 2 is closest to line 3." for every panel that prefers another line, or that all match. */
export function matchSummary(result: LensResult): string {
  const cols = result.panels.length;
  const best = bestRowPerColumn(result.imageTable, result.sentences.length, cols);
  const own = result.panels.filter((p, c) => best[c] === p.index).length;
  const misses = result.panels.filter((p, c) => best[c] !== p.index).map((p) => `panel ${p.index + 1} is closest to line ${best[result.panels.indexOf(p)] + 1}`);
  const head = `${own} of ${cols} ${cols === 1 ? 'panel matches its' : 'panels match their'} own line best`;
  return misses.length ? `${head}; ${misses.join(', ')}.` : `${head}.`;
}

export function renderSimilarity(result: LensResult) {
  const cols = result.panels.length;
  const best = bestRowPerColumn(result.imageTable, result.sentences.length, cols);
  return html`<section aria-labelledby="sim-title">
    <h3 id="sim-title">Similarity</h3>
    <p class="hint">Cosine × 100 between each line's text embedding and each panel's image embedding (small: its reference).
      The diagonal pairs a line with its own panel; ★ marks the line a panel is closest to.</p>
    <div class="scroll">
      <table data-testid="similarity">
        <thead>
          <tr>
            <th scope="col" class="corner">Line ↓ · Panel →</th>
            ${result.panels.map((p) => html`<th scope="col">
              <toon-pixels class="thumb" .pixels=${p.image} label="Panel ${p.index + 1}"></toon-pixels>Panel ${p.index + 1}
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
                aria-label="Line ${r + 1} and panel ${p.index + 1}: ${formatPercent(score)}${Number.isFinite(ref) ? `, reference ${formatPercent(ref)}` : ''}${best[c] === r ? ', closest line' : ''}">
                <span class="score" data-testid="image-score">${formatPercent(score)}</span>${best[c] === r ? html`<span class="star" aria-hidden="true">★</span>` : ''}
                ${Number.isFinite(ref) ? html`<span class="ref" data-testid="reference-score">ref ${formatPercent(ref)}</span>` : ''}
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
      <span class="row"><span class="what"><span class="name" lang=${lang}>${settingName(s.label, lang, names)}</span>${lang === 'ko' ? html` <span class="gloss">${settingName(s.label, 'en', names)}</span>` : ''}</span>
      <span class="label-score">${formatPercent(s.score)}</span></span>
    </li>`)}
  </ol>`;
}

export function renderLabels(result: LensResult, labelCount: number) {
  return html`<section aria-labelledby="labels-title">
    <h3 id="labels-title">Zero-shot setting labels</h3>
    <p class="hint">The top 3 of the gallery's ${labelCount} settings for each picture: cosine × 100 with a prompt per
      setting, in the line's language.</p>
    <ul class="label-panels">
      ${result.panels.map((p) => html`<li data-testid="panel-labels" data-index=${p.index}>
        <h4>Panel ${p.index + 1} <small>${p.lang === 'ko' ? 'Korean prompts' : 'English prompts'}</small></h4>
        <div class="pair">
          <div>
            <span class="which">Panel</span>
            ${labelList(p.labels.image, p.lang, result.map.names, 'image-labels')}
          </div>
          <div>
            <span class="which">Reference</span>
            ${p.labels.reference ? labelList(p.labels.reference, p.lang, result.map.names, 'reference-labels') : html`<p class="hint">No reference.</p>`}
          </div>
        </div>
      </li>`)}
    </ul>
  </section>`;
}
