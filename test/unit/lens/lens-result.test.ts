import { describe, expect, it } from 'vitest';
import type { GalleryMap } from '../../../src/features/lens/shared/gallery-map';
import { buildLensResult, samePixels, type DrawnPanel } from '../../../src/features/lens/shared/lens-result';

const px = (v: number) => ({ width: 1, height: 1, data: new Uint8ClampedArray([v, v, v, 255]) });
// A 3-d toy space: the map's axes are the first two coordinates around a zero mean.
const map: GalleryMap = {
  ids: ['a', 'b'], settings: ['kitchen', 'beach'], labels: ['kitchen', 'beach', 'forest'], names: {},
  captions: [{ en: 'A kitchen.', ko: '부엌.' }, { en: 'A beach.', ko: '해변.' }],
  xy: Float32Array.from([1, 0, 0, 1]), dim: 3, mean: new Float64Array(3),
  components: [Float64Array.from([1, 0, 0]), Float64Array.from([0, 1, 0])], explained: [0.5, 0.3], modelSha256: 'x',
};

describe('buildLensResult', () => {
  const sentences = ['부엌에서 요리한다.', 'A beach at noon.'];
  const drawn: DrawnPanel[] = [
    { index: 0, text: sentences[0], image: px(1), firstVariant: px(9), reference: px(9) },
    { index: 1, text: sentences[1], image: px(2), firstVariant: px(2), reference: null },
  ];
  const ko = Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const en = Float32Array.from([0, 0, 1, 0, 1, 0, 1, 0, 0]);
  const result = buildLensResult(sentences, drawn, {
    dim: 3,
    sentences: Float32Array.from([1, 0, 0, 0, 1, 0]),
    // panel 0, panel 1, then panel 0's reference (panel 1 has none)
    images: Float32Array.from([0.6, 0.8, 0, 0, 1, 0, 0, 0, 1]),
    prompts: (lang) => (lang === 'ko' ? ko : en),
  }, map, ['a note']);

  it('tables every sentence against every panel and reference as cosine × 100', () => {
    expect(result.imageTable).toEqual([60, 0, 80, 100]);
    expect(result.referenceTable.slice(0, 1)).toEqual([0]);
    expect(Number.isNaN(result.referenceTable[1])).toBe(true);
    expect(result.referenceTable[2]).toBe(0);
  });

  it('ranks labels with prompts in each line’s language', () => {
    const [p0, p1] = result.panels;
    expect(p0.lang).toBe('ko');
    expect(p0.labels.image.map((l) => l.label)).toEqual(['beach', 'kitchen', 'forest']);
    expect(p0.labels.image[0].score).toBe(80);
    expect(p0.labels.reference?.[0]).toEqual({ label: 'forest', score: 100 });
    expect(p1.lang).toBe('en');
    // English prompts: kitchen → (0,0,1), beach → (0,1,0), forest → (1,0,0)
    expect(p1.labels.image[0]).toEqual({ label: 'beach', score: 100 });
    expect(p1.labels.reference).toBeNull();
  });

  it('marks a panel retrieved only when its first variant is its reference', () => {
    expect(result.panels.map((p) => p.retrieved)).toEqual([true, false]);
    expect(samePixels(px(3), px(4))).toBe(false);
  });

  it('puts the strip on the map’s axes and keeps the notes', () => {
    expect(Array.from(result.map.sentences)).toEqual([1, 0, 0, 1]);
    expect(Array.from(result.map.panels).map((v) => Math.round(v * 100) / 100)).toEqual([0.6, 0.8, 0, 1]);
    expect(result.notes).toEqual(['a note']);
  });
});
