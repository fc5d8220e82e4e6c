// npm run episode end to end (retrieval mode: fast) on the shipped suite and gallery: slices within the platform's
// limits, an episode.json whose balloons are the treatment's dialogue, balloon pixels in the slices, a project file
// the studio can open, the zip; and clear messages for bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng } from '../../../src/core/png';
import type { RgbaImage } from '../../../src/core/rgba-image';
import type { EpisodeManifest } from '../../../src/features/lettering/shared/lettering-contract';
import { parseTreatmentScript } from '../../../src/features/lettering/shared/treatment-script';
import { readProject } from '../../../src/features/lettering/shared/project-file';
import { pageLayout } from '../../../src/features/lettering/shared/page-layout';

const MODELS = process.env.TOON_MODELS ?? 'public/models';
const GALLERY = process.env.TOON_GALLERY ?? 'public/gallery/toon-mini';
const ready = existsSync(join(MODELS, 'toon-mini/suite.json')) && existsSync(join(GALLERY, 'gallery.json'));
const where = ['--models', MODELS, '--gallery', GALLERY];
const dir = mkdtempSync(join(tmpdir(), 'toon-episode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const episode = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'tools/cli/episode.ts', ...args], { encoding: 'utf8' });

const TREATMENT = [
  'A girl walks her dog in a sunny park.',
  '  Mina: "Come on, Bori!"',
  '  *woof woof*',
  'The dog runs toward a red ball on the grass.',
  '  Mina: (He never listens.)',
  '',
  '민지가 부엌에서 요리를 한다.',
  '  [다음 날 아침.]',
  '  민지: "오늘은 맛있는 걸 만들 거야!!"',
].join('\n');

function px(img: RgbaImage, x: number, y: number): number[] {
  const i = (y * img.width + x) * 4;
  return [img.data[i], img.data[i + 1], img.data[i + 2]];
}

describe.skipIf(!ready)('npm run episode', () => {
  const treatment = join(dir, 'episode.txt');
  writeFileSync(treatment, TREATMENT);
  const out = join(dir, 'out');
  const zip = join(dir, 'episode.zip');
  let run: ReturnType<typeof episode>;

  it('writes 01.png…, episode.json and the project file, every slice within the limits', () => {
    run = episode(['--treatment', treatment, '--out', out, '--mode', 'retrieval', '--seed', '3', '--zip', zip, ...where]);
    expect(run.stderr).toMatch(/wrote \d+ files/);
    expect(run.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'episode.json'), 'utf8')) as EpisodeManifest;
    expect(manifest).toMatchObject({ format: 'toonsmith-episode', version: 1, width: 800 });
    expect(readdirSync(out).sort()).toEqual([...manifest.slices.map((s) => s.file), 'episode.json', 'episode.toonsmith.json'].sort());
    expect(manifest.slices[0].file).toBe('01.png');
    let total = 0;
    for (const slice of manifest.slices) {
      const bytes = readFileSync(join(out, slice.file));
      const image = decodePng(new Uint8Array(bytes));
      expect([image.width, image.height]).toEqual([slice.width, slice.height]);
      expect(slice.width).toBe(800);
      expect(slice.height).toBeLessThanOrEqual(1280);
      expect(slice.bytes).toBe(statSync(join(out, slice.file)).size);
      expect(slice.bytes).toBeLessThanOrEqual(2_000_000);
      total += slice.bytes;
    }
    expect(total).toBeLessThanOrEqual(20_000_000);
    const project = readProject(readFileSync(join(out, 'episode.toonsmith.json'), 'utf8'));
    expect(manifest.slices.reduce((n, s) => n + s.height, 0)).toBe(pageLayout(project.page).height);
    expect(manifest.warnings).toEqual([]);
  });

  it('lists the treatment\'s dialogue as its balloons, panel by panel, in order', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'episode.json'), 'utf8')) as EpisodeManifest;
    const script = parseTreatmentScript(TREATMENT);
    const expected = script.panels.flatMap((p, panel) => p.lines.map((l) => ({ panel, kind: l.kind, speaker: l.speaker ?? null, text: l.text })));
    expect(manifest.balloons.map(({ panel, kind, speaker, text }) => ({ panel, kind, speaker, text }))).toEqual(expected);
    for (const b of manifest.balloons) {
      const [x, y, w, h] = b.box;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(800);
      expect(w * h).toBeGreaterThan(0);
    }
  });

  it('draws each balloon in the slices: ink and paper inside its box', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'episode.json'), 'utf8')) as EpisodeManifest;
    const project = readProject(readFileSync(join(out, 'episode.toonsmith.json'), 'utf8'));
    const layout = pageLayout(project.page);
    const slices = manifest.slices.reduce<{ y: number; image: RgbaImage }[]>((acc, s) => {
      const y = acc.length ? acc[acc.length - 1].y + acc[acc.length - 1].image.height : 0;
      return [...acc, { y, image: decodePng(new Uint8Array(readFileSync(join(out, s.file)))) }];
    }, []);
    for (const b of manifest.balloons) {
      const [bx, by, bw, bh] = b.box;
      const top = layout.panels[b.panel].y + by;
      const slice = slices.find((s) => s.y <= top && top < s.y + s.image.height)!;
      // never cut: the whole box is in one slice
      expect(top + bh).toBeLessThanOrEqual(slice.y + slice.image.height);
      let ink = 0;
      let paper = 0;
      let seen = 0;
      for (let y = top + Math.round(bh * 0.2); y < top + bh * 0.8; y += 2) {
        for (let x = bx + Math.round(bw * 0.2); x < bx + bw * 0.8; x += 2) {
          const [r, g, bl] = px(slice.image, x, y - slice.y);
          if (r + g + bl < 150) ink++;
          if (r + g + bl > 720) paper++;
          seen++;
        }
      }
      // Lettering is dark; a balloon's inside is white paper (an sfx has only its white halo): the picture alone
      // would not give a box that is mostly pure white with dark strokes in it.
      expect(ink / seen, `ink in ${b.kind} "${b.text}"`).toBeGreaterThan(0.02);
      expect(paper / seen, `paper in ${b.kind} "${b.text}"`).toBeGreaterThan(b.kind === 'sfx' ? 0.02 : 0.5);
    }
  });

  it('saves a project that reopens to the same page, pictures and settings, and zips it all with a thumbnail', () => {
    const project = readProject(readFileSync(join(out, 'episode.toonsmith.json'), 'utf8'));
    expect(project.treatment).toBe(TREATMENT);
    expect(project.page.panels.map((p) => p.scene)).toEqual(parseTreatmentScript(TREATMENT).panels.map((p) => p.scene));
    expect(project.page.panels[2].gutterBefore).toBe(480);
    expect(project.strip).toEqual({ mode: 'retrieval', style: 'ink', seed: 3 });
    expect(project.panels.every((p) => p.variants.length > 0 && p.chosen === 0)).toBe(true);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(Object.keys(files).sort()).toEqual([...readdirSync(out), 'thumbnail.png'].sort());
    const thumb = decodePng(files['thumbnail.png']);
    expect([thumb.width, thumb.height]).toEqual([160, 151]);
    expect(strFromU8(files['episode.json'])).toBe(readFileSync(join(out, 'episode.json'), 'utf8'));
  });

  it('exports 690 px JPEG slices, the whole page scaled', () => {
    const small = join(dir, 'small');
    const r = episode(['--treatment', treatment, '--out', small, '--mode', 'retrieval', '--seed', '3', '--width', '690', '--format', 'jpeg', '--plans', 'no', ...where]);
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(small, 'episode.json'), 'utf8')) as EpisodeManifest;
    expect(manifest.width).toBe(690);
    expect(manifest.slices.every((s) => s.width === 690 && s.height <= 1280 && /^\d{2}\.jpg$/.test(s.file))).toBe(true);
    const big = JSON.parse(readFileSync(join(out, 'episode.json'), 'utf8')) as EpisodeManifest;
    expect(manifest.balloons.map((b) => b.text)).toEqual(big.balloons.map((b) => b.text));
    manifest.balloons.forEach((b, i) => expect(b.box[2]).toBeCloseTo(big.balloons[i].box[2] * 690 / 800, -0.5));
  });
});

describe('npm run episode: bad input', () => {
  it('prints its usage without --treatment or --out, and names a bad flag value', () => {
    expect(episode([]).stderr).toMatch(/usage: npm run episode/);
    expect(episode(['--treatment', 'x.txt', '--out', dir, '--width', '720']).stderr).toMatch(/--width must be one of 800, 690, got "720"/);
    expect(episode(['--treatment', 'x.txt', '--out', dir, '--format', 'gif']).stderr).toMatch(/--format must be one of png, jpeg/);
  });

  it('says when the treatment has no scene line to draw', () => {
    const file = join(dir, 'dialogue-only.txt');
    writeFileSync(file, 'Mina: "Hello?"\n[Nobody answers.]\n');
    const r = episode(['--treatment', file, '--out', join(dir, 'none'), '--mode', 'retrieval', ...where]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no scene line to draw/);
  });
});
