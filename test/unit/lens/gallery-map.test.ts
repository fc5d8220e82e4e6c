import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGalleryMap, projectOntoMap } from '../../../src/features/lens/shared/gallery-map';
import { decodeEmbeddings, parseGalleryFile } from '../../../src/core/gallery-format';
import { normalizeRows } from '../../../src/core/cosine-top-k';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings';
import { settingNames } from '../../../tools/dataset/language/lexicon';

// The shipped gallery: the map the studio draws is built from exactly these files.
const dir = new URL('../../../public/gallery/toon-mini/', import.meta.url);
const json = JSON.parse(readFileSync(new URL('gallery.json', dir), 'utf8'));
const bytes = readFileSync(new URL(json.embeddings.file, dir));
const buffer = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

describe('buildGalleryMap on the shipped gallery', () => {
  const map = buildGalleryMap(json, buffer());
  const gallery = parseGalleryFile(json);

  it('has one dot, setting and caption per scene, and the dataset settings as labels', () => {
    const n = gallery.scenes.length;
    expect(map.ids).toHaveLength(n);
    expect(map.xy).toHaveLength(2 * n);
    expect(map.settings[0]).toBe(gallery.scenes[0].setting);
    expect(map.captions[0].en).toBe(gallery.scenes[0].captions.en[0]);
    expect(map.captions[0].ko).toBe(gallery.scenes[0].captions.ko[0]);
    // Every label is a dataset setting, each listed once.
    const known = new Set(SETTINGS.map((s) => s.id));
    expect(map.labels.every((l) => known.has(l))).toBe(true);
    expect(new Set(map.labels).size).toBe(map.labels.length);
    expect(new Set(map.settings)).toEqual(new Set(map.labels));
  });

  it('names every label in both languages, as the dataset does', () => {
    const words = new Map(settingNames().map((s) => [s.id, { en: s.en, ko: s.ko }]));
    for (const label of map.labels) expect(map.names[label]).toEqual(words.get(label));
  });

  it('a gallery without names still maps, and a malformed name is refused by position', () => {
    const { settings: _dropped, ...bare } = json;
    expect(buildGalleryMap(bare, buffer()).names).toEqual({});
    expect(() => buildGalleryMap({ ...json, settings: [{ id: 'kitchen', en: 'kitchen' }] }, buffer())).toThrow(/settings\[0\] needs/);
  });

  it('projects a gallery vector back onto its own dot, and explains a share of the variance', () => {
    const vectors = normalizeRows(decodeEmbeddings(buffer(), gallery.embeddings), gallery.embeddings.count, gallery.embeddings.dim);
    const rows = [0, 7, 1999];
    const picked = new Float32Array(rows.length * map.dim);
    rows.forEach((r, k) => picked.set(vectors.subarray(r * map.dim, (r + 1) * map.dim), k * map.dim));
    const xy = projectOntoMap(map, picked, rows.length);
    rows.forEach((r, k) => {
      expect(xy[2 * k]).toBeCloseTo(map.xy[2 * r], 4);
      expect(xy[2 * k + 1]).toBeCloseTo(map.xy[2 * r + 1], 4);
    });
    expect(map.explained[0]).toBeGreaterThan(map.explained[1]);
    expect(map.explained[0] + map.explained[1]).toBeLessThanOrEqual(1);
  });

  it('says what is wrong with a bad gallery', () => {
    expect(() => buildGalleryMap({ ...json, version: 2 }, buffer())).toThrow(/unsupported version/);
    expect(() => buildGalleryMap(json, buffer().slice(0, 100))).toThrow(/embeddings.bin/);
  });
});
