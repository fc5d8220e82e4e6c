// report.md: the thesis's CLIP tables (3–12) beside ours, with the command and model hashes to reproduce them.
import type { Analysis, Lang } from './analysis';
import type { SplitData } from './dataset';
import { MARKER_NAMES } from './draw';
import { KS } from './metrics';
import type { ModelFilesInfo } from './model-files';
import { CASE_LETTERS } from './pca-plot';
import { PROMPTS, THESIS_LABELS, THESIS_MRR, THESIS_TABLE5 } from './thesis';

export const COLOUR_NAMES = ['blue', 'orange', 'green', 'red', 'purple', 'brown', 'pink', 'grey', 'olive', 'cyan',
  'light blue', 'light orange', 'light green', 'light red', 'lavender', 'tan', 'light pink', 'light grey', 'light olive', 'light cyan'];

export interface ReportContext {
  command: string;
  datasetCommand: string;
  models: ModelFilesInfo;
  runtime: string;
  pngs: Record<string, number>;
  fontUsed: boolean;
}

const pct = (v: number) => `${(100 * v).toFixed(1)}`;
const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');
const cell = (t: string) => t.replace(/\|/g, '\\|');

/** What ranking the gallery at random gives: MRR@K = (1/M)·Σ_{r≤K} 1/r, R@K = K/M. */
export function chanceMetrics(gallery: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of KS) {
    let h = 0;
    for (let r = 1; r <= Math.min(k, gallery); r++) h += 1 / r;
    out[`mrr@${k}`] = h / gallery;
    out[`r@${k}`] = Math.min(k, gallery) / gallery;
  }
  out.mean_rank = (gallery + 1) / 2;
  return out;
}

function metricsRow(name: string, m: Record<string, number>, extra = ''): string {
  const v = (k: string) => (k in m ? f3(m[k]) : '—');
  return `| ${name} | ${KS.map((k) => v(`mrr@${k}`)).join(' | ')} | ${KS.map((k) => v(`r@${k}`)).join(' | ')} | ${'mean_rank' in m ? m.mean_rank.toFixed(1) : '—'} | ${extra} |`;
}

export function renderReport(a: Analysis, data: SplitData, ctx: ReportContext): string {
  const { scenes, meta } = data;
  const sc = (i: number) => `${scenes[i].id} (${scenes[i].setting})`;
  const L: string[] = [];
  L.push('# CLIP in use on toon-mini: the thesis\'s Tables 3–12 and Figs 21–22', '');
  if (ctx.models.smoke) {
    L.push('> **SMOKE WEIGHTS.** The manifest marks the CLIP towers as smoke weights: "' +
      (ctx.models.files.find((f) => f.model === 'text_encoder')?.notes ?? '') + '". The figures below show towers not trained to ' +
      'quality (compare the MRR rows with the random-ranking row); rerun the command below when new weights land.', '');
  }
  const mismatched = ctx.models.files.filter((f) => !f.verified);
  if (mismatched.length) L.push(`> **Warning:** these files do not match the manifest's sha256: ${mismatched.map((f) => f.path).join(', ')}.`, '');

  L.push('## How to reproduce', '', '```sh', ctx.datasetCommand, ctx.command, '```', '');
  L.push(`Dataset: ToonScenes, seed ${meta.seed}, ${meta.count} scenes (${Object.entries(meta.splits).map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
    `the dataset builder gives the same bytes for the same arguments. This report uses the **${data.split}** split: ${scenes.length} scenes, ` +
    `images at ${data.size} px, 5 EN + 5 KO captions each. ${ctx.runtime}.`, '');
  L.push(`Models (suite \`${ctx.models.suite}\`, sha256 from \`public/models/manifest.json\`, checked against the files):`, '',
    '| model | file | bytes | sha256 | file matches |', '|---|---|---|---|---|',
    ...ctx.models.files.map((f) => `| ${f.model} | \`${f.path}\` | ${f.bytes} | \`${f.sha256}\` | ${f.verified ? 'yes' : '**no**'} |`), '');

  // Table 12
  L.push('## Table 12: MRR@K and R@K (text → image)', '',
    'Definitions as `training/clip/eval.py` (computed here in TypeScript, unit-tested against it): the gallery is every image of the split; ' +
    'each caption is one query; rank = 1 + the number of images scoring strictly higher than the caption\'s own image; ' +
    'MRR@K = mean of 1/rank if rank ≤ K else 0; R@K = share of queries with rank ≤ K.', '',
    `| queries | ${KS.map((k) => `MRR@${k}`).join(' | ')} | ${KS.map((k) => `R@${k}`).join(' | ')} | mean rank | notes |`,
    `|---|${'---|'.repeat(2 * KS.length + 2)}`,
    metricsRow('thesis (Table 12)', THESIS_MRR, 'MSCOCO-based set; R@K not printed'),
    ...(['en', 'ko'] as Lang[]).map((lang) => metricsRow(`ours, ${lang.toUpperCase()} captions`, a.retrieval[lang],
      `${a.retrieval[lang].queries} queries, ${a.retrieval[lang].gallery} images`)),
    metricsRow('random ranking', chanceMetrics(a.imageCount), `${a.imageCount} images`), '');

  // Tables 3–5
  L.push('## Tables 3–5: one image vs ten treatments (cosine × 100)', '',
    'For each image A (a seeded pick from the split), its own first KO and EN captions and the first KO and EN captions of four scenes of other settings (B–E). ' +
    'The thesis\'s Table 5, on its MSCOCO image, for comparison:', '',
    '| thesis treatment | right? | similarity |', '|---|---|---|',
    ...THESIS_TABLE5.map((t) => `| ${cell(t.text)} | ${t.right ? 'yes' : ''} | ${t.percent} % |`), '', '![similarity](similarity.png)', '');
  for (const c of a.similarity) {
    L.push(`### Image A = ${sc(c.scene)}`, '', '| scene | lang | treatment | cosine × 100 |', '|---|---|---|---|');
    for (const t of c.treatments) {
      const j = c.scenes.indexOf(t.scene);
      L.push(`| ${CASE_LETTERS[j]}${t.right ? ' (right)' : ''} | ${t.lang.toUpperCase()} | ${cell(t.text)} | ${t.right ? '**' : ''}${pct(t.score)}${t.right ? '**' : ''} |`);
    }
    const right = c.treatments.filter((t) => t.right), wrong = c.treatments.filter((t) => !t.right);
    const best = [...c.treatments].sort((x, y) => y.score - x.score)[0];
    L.push('', `Right treatments ${right.map((t) => pct(t.score)).join(' / ')} (KO / EN) vs wrong ${pct(Math.min(...wrong.map((t) => t.score)))} … ${pct(Math.max(...wrong.map((t) => t.score)))}; ` +
      `the highest is ${best.right ? 'a right one' : `a wrong one (${CASE_LETTERS[c.scenes.indexOf(best.scene)]} ${best.lang.toUpperCase()})`}. (Thesis: 52 / 53 vs −18 … 2.)`, '');
  }

  // Figs 21–22
  L.push('## Figs 21–22: PCA of image and treatment embeddings', '',
    `\`src/core/pca.ts\` (2 components) over each case's 5 images and 10 treatments, one panel per case. Colour = scene ` +
    `(${CASE_LETTERS.map((l, j) => `${l} ${COLOUR_NAMES[j]}`).join(', ')}; A outlined), marker = kind (${Object.entries(MARKER_NAMES).map(([k, v]) => `${v} = ${k === 'image' ? 'image' : k.toUpperCase() + ' treatment'}`).join(', ')}). ` +
    'The thesis\'s Fig 21 shows one image with its ten treatments; its Fig 22 the same treatments with another image: each panel here holds both views. ' +
    'The second row is a PCA of the ten treatments alone, where KO/EN pairs of one meaning should sit together.', '',
    '![PCA of images and treatments](pca-similarity.png)', '',
    '| panel | scenes (A–E) | nearest treatment to A (512-d cosine) | KO·EN cosine of the same caption (mean) | KO·EN cosine across scenes (mean) |', '|---|---|---|---|---|');
  a.similarity.forEach((c, k) => {
    const best = [...c.treatments].sort((x, y) => y.score - x.score)[0];
    const pairs = c.pairs;
    L.push(`| ${k + 1} | ${c.scenes.map((s, j) => `${CASE_LETTERS[j]} ${scenes[s].id} ${scenes[s].setting}`).join('; ')} | ${CASE_LETTERS[c.scenes.indexOf(best.scene)]} ${best.lang.toUpperCase()} (${pct(best.score)}) | ${pct(pairs.same)} | ${pct(pairs.across)} |`);
  });
  L.push('', `![PCA of the ${data.split} images by setting](pca-settings.png)`, '',
    `The ${data.split} split's ${scenes.length} image embeddings, coloured by setting (legend in the picture): ` +
    meta.settings.map((s, i) => `${s.id} ${COLOUR_NAMES[i % COLOUR_NAMES.length]}`).join(', ') +
    `. Explained variance: PC1 ${pct(a.settingsPca.variances[0] / Math.max(a.settingsPca.totalVariance, 1e-12))} %, PC2 ${pct(a.settingsPca.variances[1] / Math.max(a.settingsPca.totalVariance, 1e-12))} %.`, '');

  // Tables 6–9
  L.push('## Tables 6–9: treatment → top-4 images', '',
    `The thesis's treatments (Tables 6–9 and its example sentences, Tables 13–17, plus the first line of its motorbike story; the Korean versions of the ` +
    `English-only examples are ours) and one EN and one KO caption of the split, as the thesis does; gallery = the ${scenes.length} ${data.split} images, ` +
    'cosine top-4 with `src/core/cosine-top-k.ts`. Cells: scene id, setting, cosine × 100.', '',
    '![EN treatments](retrieval-en.png)', '', '![KO treatments](retrieval-ko.png)', '',
    '| lang | treatment | from | top 1 | top 2 | top 3 | top 4 | own image rank |', '|---|---|---|---|---|---|---|---|',
    ...a.queries.map((q) => `| ${q.lang.toUpperCase()} | ${cell(q.text)} | ${q.source} | ${q.hits.map((h) => `${scenes[h.row].id} ${scenes[h.row].setting} ${pct(h.score)}`).join(' | ')} | ${q.truthRank ?? '—'} |`), '');

  // Tables 10–11
  const z = a.zeroShot;
  const labels = meta.settings;
  L.push('## Tables 10–11: zero-shot setting labels', '',
    `Every image of the split against every setting label of the dataset (${labels.length}: the thesis's 14 and ours: ` +
    `${labels.filter((s) => !(s.id in THESIS_LABELS)).map((s) => s.id).join(', ')}), prompts as \`app-defaults.json\`: EN "${PROMPTS.en('{label}')}", KO "${PROMPTS.ko('{label}')}"; ` +
    'predicted label = highest cosine.', '',
    '| prompts | accuracy, all labels | accuracy, thesis labels only | chance (largest class) |', '|---|---|---|---|',
    ...(['en', 'ko'] as Lang[]).map((lang) => `| ${lang.toUpperCase()} | ${f3(z.accuracy[lang])} (${scenes.length} images, ${labels.length} labels) | ` +
      `${f3(z.thesisAccuracy[lang])} (${z.thesisImages} images, 14 labels) | ${f3(z.chance)} |`), '',
    'The thesis prints no accuracy, only four images with 10 labels each: the predicted label scored 0.384, 0.198, 0.525 and 0.352, ' +
    'the runner-up 0.188, 0.076, 0.221 and 0.142 (cosines).', '',
    '![zero-shot scores](zero-shot.png)', '');
  for (const e of z.examples) {
    const s = scenes[e.scene];
    const pred = (lang: Lang) => labels[e.scores[lang].indexOf(Math.max(...e.scores[lang]))].id;
    L.push(`### ${s.id}: true setting ${s.setting}; predicted EN ${pred('en')}, KO ${pred('ko')}`, '',
      '| label | EN | KO |', '|---|---|---|',
      ...labels.map((l, i) => `| ${l.id === s.setting ? `**${l.en}** (true)` : l.en}${l.id in THESIS_LABELS ? '' : ' ‡'} | ${e.scores.en[i].toFixed(3)} | ${e.scores.ko[i].toFixed(3)} |`), '');
  }
  L.push('‡ a label of ours, not in the thesis\'s tables. Scores are cosines (the thesis prints them this way in Tables 10–11).', '');
  L.push('## Files', '', ...Object.entries(ctx.pngs).map(([name, bytes]) => `- \`${name}\`: ${(bytes / 1024).toFixed(0)} KB`),
    ctx.fontUsed ? '' : '- No font with Hangul was found, so the PNGs carry no text: the legends above say what each colour and marker is.', '');
  return L.join('\n');
}
