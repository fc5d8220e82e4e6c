// The gallery as a 2-D map: PCA of its shipped image embeddings, with what a dot's tooltip needs.
// Pure (no DOM): the image worker builds it once per gallery, off the main thread.
import { normalizeRows } from '../../../core/cosine-top-k';
import { decodeEmbeddings, parseGalleryFile } from '../../../core/gallery-format';
import { pca2d } from '../../../core/pca';
import type { SettingNames } from './setting-words';

export interface GalleryMap {
  /** Scene ids, in gallery order. */
  ids: string[];
  /** Setting id of each scene (the dot's colour). */
  settings: string[];
  /** The distinct settings, in order of first appearance: the zero-shot label list. */
  labels: string[];
  /** Each setting's name in either language, from the gallery (empty for a gallery without names). */
  names: SettingNames;
  /** First English and Korean caption of each scene, for the dot's tooltip. */
  captions: { en: string; ko: string }[];
  /** x0, y0, x1, y1, … of each scene on the two components. */
  xy: Float32Array;
  dim: number;
  /** What projects any other embedding onto the same axes. */
  mean: Float64Array;
  components: [Float64Array, Float64Array];
  /** Share of the total variance each axis carries (0–1). */
  explained: [number, number];
  /** sha256 of the vision tower the embeddings came from. */
  modelSha256: string;
}

/** gallery.json (parsed JSON) + the bytes of its embeddings file → the map. */
export function buildGalleryMap(galleryJson: unknown, embeddingBytes: ArrayBuffer): GalleryMap {
  const gallery = parseGalleryFile(galleryJson);
  const { count, dim } = gallery.embeddings;
  if (count < 2) throw new Error(`The gallery has ${count} scene(s); a map needs at least 2.`);
  // Unit rows, as the retrieval index keeps them: the map shows the space retrieval searches.
  const vectors = normalizeRows(decodeEmbeddings(embeddingBytes, gallery.embeddings), count, dim);
  const pca = pca2d(vectors, count, dim);
  const total = pca.totalVariance > 0 ? pca.totalVariance : 1;
  const settings = gallery.scenes.map((s) => s.setting);
  return {
    ids: gallery.scenes.map((s) => s.id),
    settings,
    labels: [...new Set(settings)],
    names: Object.fromEntries((gallery.settings ?? []).map(({ id, en, ko }) => [id, { en, ko }])),
    captions: gallery.scenes.map((s) => ({ en: s.captions?.en?.[0] ?? '', ko: s.captions?.ko?.[0] ?? '' })),
    xy: Float32Array.from(pca.projected),
    dim,
    mean: pca.mean,
    components: pca.components,
    explained: [pca.variances[0] / total, pca.variances[1] / total],
    modelSha256: gallery.embeddings.model.sha256,
  };
}

/** Rows of `vectors` (rows × dim) on the map's axes: (v − mean) · component, interleaved x, y. */
export function projectOntoMap(map: Pick<GalleryMap, 'mean' | 'components' | 'dim'>, vectors: Float32Array, rows: number): Float64Array {
  const { mean, components, dim } = map;
  if (vectors.length < rows * dim) throw new RangeError(`projectOntoMap: ${rows}×${dim} needs ${rows * dim} values, got ${vectors.length}`);
  const out = new Float64Array(rows * 2);
  for (let i = 0; i < rows; i++) {
    for (let c = 0; c < 2; c++) {
      let dot = 0;
      for (let j = 0; j < dim; j++) dot += (vectors[i * dim + j] - mean[j]) * components[c][j];
      out[2 * i + c] = dot;
    }
  }
  return out;
}
