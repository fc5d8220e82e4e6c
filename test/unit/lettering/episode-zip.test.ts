// The download: one zip holding the slices, the 160×151 thumbnail, episode.json and the project file.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { decodePng, encodePng } from '../../../src/core/png';
import type { RgbaImage } from '../../../src/core/rgba-image';
import { EPISODE_JSON, THUMBNAIL_FILE, zipEpisode } from '../../../src/features/lettering/shared/episode-zip';
import { episodeThumbnail, resampleRect, THUMBNAIL_SIZE } from '../../../src/features/lettering/shared/episode-thumbnail';
import { renderEpisode } from '../../../src/features/lettering/shared/episode-render';
import { createProject, PROJECT_FILE_NAME, readProject, writeProject } from '../../../src/features/lettering/shared/project-file';
import type { EpisodePage } from '../../../src/features/lettering/shared/lettering-contract';
import { nodeCanvas } from '../../../tools/cli/node-canvas';

/** Left half red, right half blue; the top 10 rows black. */
function halves(size = 100): RgbaImage {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) data.set(y < 10 ? [0, 0, 0, 255] : x < size / 2 ? [255, 0, 0, 255] : [0, 0, 255, 255], (y * size + x) * 4);
  }
  return { width: size, height: size, data };
}
const px = (img: RgbaImage, x: number, y: number) => [...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3)];

const PAGE: EpisodePage = {
  width: 800, background: '#ffeedd', panels: [
    { scene: 'An empty street.', shape: 'square', gutterBefore: 120, balloons: [] },
    { scene: 'Mina waves.', shape: 'wide', gutterBefore: 120, balloons: [{ id: 'k', kind: 'speech', speaker: 'Mina', text: 'Hi!', box: { x: 10, y: 10, w: 100, h: 60 }, tails: [], placed: 'auto' }] },
  ],
};

describe('episodeThumbnail', () => {
  it('is 160×151, cover-cropped from the first panel with a picture as the page shows it', () => {
    const { image, blank } = episodeThumbnail(PAGE, [null, halves()]);
    expect(blank).toBe(false);
    expect([image.width, image.height]).toEqual([THUMBNAIL_SIZE.width, THUMBNAIL_SIZE.height]);
    expect([image.width, image.height]).toEqual([160, 151]);
    expect(px(image, 5, 75)).toEqual([255, 0, 0]);
    expect(px(image, 154, 75)).toEqual([0, 0, 255]);
    // The wide panel crops the picture's black top rows away, so the thumbnail has none either.
    expect(px(image, 80, 0)).not.toEqual([0, 0, 0]);
    // A square panel shows them.
    expect(px(episodeThumbnail(PAGE, [halves(), null]).image, 5, 0)).toEqual([0, 0, 0]);
  });

  it('is the page background, marked blank, when no panel has a picture', () => {
    const { image, blank } = episodeThumbnail(PAGE, [null, null]);
    expect(blank).toBe(true);
    expect(px(image, 80, 75)).toEqual([0xff, 0xee, 0xdd]);
  });

  it('averages when it shrinks, so a fine checkerboard turns grey instead of aliasing', () => {
    const data = new Uint8ClampedArray(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++) data.set(((i % 64) + Math.floor(i / 64)) % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255], i * 4);
    const small = resampleRect({ width: 64, height: 64, data }, { x: 0, y: 0, width: 64, height: 64 }, 8, 8);
    for (let i = 0; i < 64; i++) expect(Math.abs(small.data[i * 4] - 128)).toBeLessThan(8);
  });
});

describe('zipEpisode', () => {
  it('holds the slices, thumbnail.png, episode.json and the project file, each readable', async () => {
    const images = [halves(), halves(64)];
    const rendered = await renderEpisode(PAGE, images, { canvas: nodeCanvas, drawBalloons: () => {} });
    const project = createProject({ treatment: 'An empty street.\nMina waves.\n  Mina: "Hi!"', page: PAGE, panels: images.map((i) => ({ chosen: 0, variants: [i] })), strip: { mode: 'retrieval', style: 'ink', seed: 1 } });
    const zip = zipEpisode({
      slices: rendered.slices.map((s) => ({ file: s.file, data: s.data })),
      manifest: rendered.manifest,
      thumbnail: encodePng(episodeThumbnail(PAGE, images).image),
      project: { file: PROJECT_FILE_NAME, text: writeProject(project) },
    });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([...rendered.slices.map((s) => s.file), EPISODE_JSON, PROJECT_FILE_NAME, THUMBNAIL_FILE].sort());
    expect(files['01.png']).toEqual(rendered.slices[0].data);
    const thumb = decodePng(files[THUMBNAIL_FILE]);
    expect([thumb.width, thumb.height]).toEqual([160, 151]);
    expect(JSON.parse(strFromU8(files[EPISODE_JSON]))).toEqual(rendered.manifest);
    expect(readProject(strFromU8(files[PROJECT_FILE_NAME]))).toEqual(project);
  });

  it('refuses two entries with one name', () => {
    const manifest = { format: 'toonsmith-episode', version: 1, width: 800, slices: [], balloons: [], warnings: [] } as const;
    expect(() => zipEpisode({ slices: [{ file: 'episode.json', data: new Uint8Array(1) }], manifest: { ...manifest, slices: [], balloons: [], warnings: [] }, thumbnail: new Uint8Array(1), project: { file: 'p.json', text: '{}' } }))
      .toThrow(/two entries are named "episode.json"/);
  });
});
