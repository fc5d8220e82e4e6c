// Every figure of the report, computed from the split's embeddings: Tables 3–5 (similarity), Figs 21–22
// (PCA), Tables 6–9 (retrieval), Tables 10–11 (zero-shot) and Table 12 (MRR@K, R@K).
import { cosineTopK } from '../../src/core/cosine-top-k';
import { pca2d, type Pca2d } from '../../src/core/pca';
import type { SplitData } from './dataset';
import type { ClipEncoders } from './embed';
import { dot, embeddingRow, labelScores, retrievalMetrics, zeroShot, type Embeddings, type RetrievalMetrics } from './metrics';
import { captionQueryPicks, similarityPicks, zeroShotPicks } from './select';
import { PROMPTS, THESIS_LABELS, THESIS_QUERIES } from './thesis';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

export interface Treatment { scene: number; lang: Lang; text: string; right: boolean; score: number }
export interface SimilarityCase {
  scene: number;
  /** The focus scene first, then the four wrong ones. */
  scenes: number[];
  treatments: Treatment[];
  /** PCA of the 5 images then the 10 treatments (same order as `treatments`). */
  pca: Pca2d;
  /** PCA of the 10 treatments alone: where the text cluster's inner structure (KO/EN pairs) shows. */
  textPca: Pca2d;
  /** Mean cosine of a scene's KO and EN treatment (one meaning) and of KO·EN pairs of different scenes. */
  pairs: { same: number; across: number };
}

export interface RetrievalQuery {
  lang: Lang;
  text: string;
  source: string;
  /** The scene whose caption it is (test-split caption queries only). */
  truth?: number;
  truthRank?: number;
  hits: { row: number; score: number }[];
}

export interface ZeroShotExample { scene: number; scores: Record<Lang, number[]> }
export interface ZeroShotSummary {
  accuracy: Record<Lang, number>;
  /** Only images whose setting the thesis used, classified among the thesis's labels only. */
  thesisAccuracy: Record<Lang, number>;
  thesisImages: number;
  chance: number;
  examples: ZeroShotExample[];
}

export interface Analysis {
  imageCount: number;
  retrieval: Record<Lang, RetrievalMetrics>;
  similarity: SimilarityCase[];
  settingsPca: Pca2d;
  queries: RetrievalQuery[];
  zeroShot: ZeroShotSummary;
  seconds: Record<string, number>;
}

function pickRows(e: Embeddings, rows: number[]): Embeddings {
  const data = new Float32Array(rows.length * e.dim);
  rows.forEach((r, i) => data.set(embeddingRow(e, r), i * e.dim));
  return { data, rows: rows.length, dim: e.dim };
}

function stack(parts: Embeddings[]): Embeddings {
  const dim = parts[0].dim;
  const rows = parts.reduce((a, p) => a + p.rows, 0);
  const data = new Float32Array(rows * dim);
  let at = 0;
  for (const p of parts) { data.set(p.data.subarray(0, p.rows * dim), at); at += p.rows * dim; }
  return { data, rows, dim };
}

/** `rows` = KO, EN, KO, EN, … of one scene after another. */
function koEnPairs(rows: Embeddings[]): { same: number; across: number } {
  let same = 0, across = 0, nSame = 0, nAcross = 0;
  for (let s = 0; s < rows.length; s += 2) {
    for (let t = 1; t < rows.length; t += 2) {
      const c = dot(rows[s].data, rows[t].data);
      if (t === s + 1) { same += c; nSame++; } else { across += c; nAcross++; }
    }
  }
  return { same: same / Math.max(1, nSame), across: across / Math.max(1, nAcross) };
}

export async function analyse(data: SplitData, enc: ClipEncoders, seed: number, log: (line: string) => void): Promise<Analysis> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await f();
    seconds[name] = (performance.now() - t0) / 1000;
    log(`${name}: ${seconds[name].toFixed(1)} s`);
    return out;
  };
  const { scenes } = data;
  const n = scenes.length;
  const image = await timed(`embed ${n} images`, () => enc.images(data, scenes.map((_, i) => i)));

  // Table 12: every caption of a language is one query; its target is its scene's row.
  const captions = {} as Record<Lang, { emb: Embeddings; target: number[]; first: number[] }>;
  const retrieval = {} as Record<Lang, RetrievalMetrics>;
  for (const lang of LANGS) {
    const target: number[] = [], first: number[] = [], texts: string[] = [];
    scenes.forEach((s, i) => {
      if (s.captions[lang].length === 0) throw new Error(`${s.id} has no ${lang} captions`);
      first.push(texts.length);
      for (const c of s.captions[lang]) { texts.push(c); target.push(i); }
    });
    const emb = await timed(`embed ${texts.length} ${lang} captions`, () => enc.texts(texts));
    captions[lang] = { emb, target, first };
    retrieval[lang] = retrievalMetrics(emb, image, target);
  }

  // Tables 3–5 + Figs 21–22: one image vs its first KO/EN caption and those of four other scenes.
  const similarity = similarityPicks(scenes, seed).map(({ scene, wrong }) => {
    const group = [scene, ...wrong];
    const treatments: Treatment[] = [];
    const textRows: Embeddings[] = [];
    for (const s of group) {
      for (const lang of ['ko', 'en'] as const) {
        const row = captions[lang].first[s];
        const emb = pickRows(captions[lang].emb, [row]);
        textRows.push(emb);
        treatments.push({ scene: s, lang, text: scenes[s].captions[lang][0], right: s === scene, score: dot(embeddingRow(image, scene), emb.data) });
      }
    }
    const vectors = stack([pickRows(image, group), ...textRows]);
    return { scene, scenes: group, treatments, pca: pca2d(vectors.data, vectors.rows, vectors.dim),
      textPca: pca2d(vectors.data.subarray(group.length * vectors.dim), textRows.length, vectors.dim), pairs: koEnPairs(textRows) };
  });

  const settingsPca = await timed('PCA of the split\'s images', async () => pca2d(image.data, image.rows, image.dim));

  // Tables 6–9: the thesis's treatments and two test captions → top-4 test images.
  const own = captionQueryPicks(scenes, seed).map(({ scene, lang }) => ({
    lang, text: scenes[scene].captions[lang][0], source: `test caption of ${scenes[scene].id}`, truth: scene,
  }));
  const all = [...THESIS_QUERIES.map((q) => ({ ...q, truth: undefined as number | undefined })), ...own];
  const queryEmb = await enc.texts(all.map((q) => q.text));
  const queries: RetrievalQuery[] = all.map((q, i) => {
    const v = embeddingRow(queryEmb, i);
    const hits = cosineTopK(image.data, image.rows, image.dim, v, 4).map((h) => ({ row: h.index, score: h.score }));
    let truthRank: number | undefined;
    if (q.truth !== undefined) {
      const own = dot(v, embeddingRow(image, q.truth));
      truthRank = 1;
      for (let r = 0; r < image.rows; r++) if (dot(v, embeddingRow(image, r)) > own) truthRank++;
    }
    return { ...q, truthRank, hits };
  });

  // Tables 10–11: the split's images vs every setting label, EN and KO prompts (zeroShotPrompts in app-defaults.json, as training/clip/eval.py).
  const settings = data.meta.settings;
  const index = new Map(settings.map((s, i) => [s.id, i]));
  const truth = scenes.map((s) => index.get(s.setting)!);
  const thesisIdx = settings.map((s, i) => [s.id, i] as const).filter(([id]) => id in THESIS_LABELS).map(([, i]) => i);
  const thesisRows = truth.map((t, i) => [t, i] as const).filter(([t]) => thesisIdx.includes(t)).map(([, i]) => i);
  const zs = {} as Record<Lang, { prompts: Embeddings }>;
  const accuracy = {} as Record<Lang, number>, thesisAccuracy = {} as Record<Lang, number>;
  let chance = 0;
  for (const lang of LANGS) {
    const prompts = await enc.texts(settings.map((s) => PROMPTS[lang](s[lang])));
    zs[lang] = { prompts };
    const result = zeroShot(image, prompts, truth);
    accuracy[lang] = result.accuracy;
    chance = result.chance;
    const sub = zeroShot(pickRows(image, thesisRows), pickRows(prompts, thesisIdx), thesisRows.map((r) => thesisIdx.indexOf(truth[r])));
    thesisAccuracy[lang] = thesisRows.length ? sub.accuracy : NaN;
  }
  const examples = zeroShotPicks(scenes, seed).map((scene) => ({
    scene,
    scores: Object.fromEntries(LANGS.map((lang) => [lang, labelScores(pickRows(image, [scene]), zs[lang].prompts)[0]])) as Record<Lang, number[]>,
  }));

  return {
    imageCount: n, retrieval, similarity, settingsPca, queries,
    zeroShot: { accuracy, thesisAccuracy, thesisImages: thesisRows.length, chance, examples },
    seconds,
  };
}
