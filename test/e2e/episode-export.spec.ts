// The episode leaves the studio: one zip whose slices follow the upload rules (800 px PNG, 690 px JPEG) and carry
// the balloons' pixels, the same balloons as `npm run episode` letters on the same treatment; a project file
// reopens the same page, balloons, pictures and references, and a damaged one changes nothing.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { PNG } from 'pngjs';
import type { EpisodeManifest, EpisodePage } from '../../src/features/lettering/shared/lettering-contract';
import { pageLayout } from '../../src/features/lettering/shared/page-layout';
import { watchErrors } from './lib/watch-errors';
import {
  SHOTS, TREATMENT, balloons, drag, drawStrip, editor, jpegSize, panel, panelSize, pixelsOf, saved, shownBalloons,
} from './lib/lettering-studio';

test('the episode exports as one zip: slices 800 wide, ≤ 1280 tall, ≤ 2 MB, balloons lettered in them', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await drawStrip(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const zipFile = await download;
  expect(zipFile.suggestedFilename()).toBe('episode.zip');
  await expect(page.getByRole('status').filter({ hasText: /Exported episode\.zip/ })).toBeVisible({ timeout: 60_000 });
  const files = unzipSync(new Uint8Array(await readFile(await zipFile.path())));
  const manifest = JSON.parse(strFromU8(files['episode.json'])) as EpisodeManifest;
  const project = JSON.parse(strFromU8(files['episode.toonsmith.json'])) as { page: EpisodePage };
  expect(files['thumbnail.png']).toBeDefined();
  expect(manifest.width).toBe(800);
  expect(manifest.slices.length).toBeGreaterThan(0);
  const decoded = manifest.slices.map((s) => {
    const bytes = files[s.file];
    expect(bytes, s.file).toBeDefined();
    expect(bytes.length).toBe(s.bytes);
    expect(bytes.length).toBeLessThanOrEqual(2_000_000);
    const png = PNG.sync.read(Buffer.from(bytes));
    expect(png.width).toBe(800);
    expect(png.height).toBeLessThanOrEqual(1280);
    expect(png.height).toBe(s.height);
    return png;
  });
  const shots = SHOTS;
  if (shots) manifest.slices.forEach((s) => writeFileSync(join(shots, `lettering-export-${s.file}`), files[s.file]));
  expect(manifest.slices.map((s) => s.file)).toEqual(manifest.slices.map((_, i) => `${String(i + 1).padStart(2, '0')}.png`));
  expect(manifest.balloons).toHaveLength(5);
  expect(manifest.balloons.map((b) => b.kind)).toEqual(['shout', 'narration', 'speech', 'thought', 'sfx']);

  // Each balloon's pixels are in its slice: white paper with dark letters inside its box.
  const layout = pageLayout(project.page);
  const tops: number[] = [];
  decoded.reduce((y, png) => (tops.push(y), y + png.height), 0);
  for (const b of manifest.balloons.filter((b) => b.kind !== 'sfx')) {
    const [bx, by, bw, bh] = b.box;
    const panelTop = layout.panels[b.panel].y;
    const cy = panelTop + by + bh / 2;
    const s = tops.reduce((found, top, k) => (top <= cy ? k : found), 0);
    const png = decoded[s];
    let white = 0;
    let dark = 0;
    let all = 0;
    for (let y = Math.round(cy - bh * 0.25); y < cy + bh * 0.25; y++) {
      for (let x = Math.round(bx + bw * 0.25); x < bx + bw * 0.75; x++) {
        const row = y - tops[s];
        if (row < 0 || row >= png.height) continue;
        const o = (row * png.width + x) * 4;
        const [r, g, bl] = [png.data[o], png.data[o + 1], png.data[o + 2]];
        all++;
        if (r > 235 && g > 235 && bl > 235) white++;
        if (r < 90 && g < 90 && bl < 90) dark++;
      }
    }
    expect(white / all, `white paper in balloon "${b.text}"`).toBeGreaterThan(0.3);
    expect(dark / all, `dark letters in balloon "${b.text}"`).toBeGreaterThan(0.01);
  }

  // One drawing path: the Node CLI on the same treatment letters the same balloons in the same boxes.
  const dir = mkdtempSync(join(tmpdir(), 'episode-cli-'));
  try {
    writeFileSync(join(dir, 'treatment.txt'), TREATMENT);
    execFileSync(process.execPath, ['--import', 'tsx', 'tools/cli/episode.ts', '--treatment', join(dir, 'treatment.txt'),
      '--out', join(dir, 'out'), '--mode', 'retrieval', '--plans', 'no'], { stdio: 'pipe', timeout: 120_000 });
    const cli = JSON.parse(readFileSync(join(dir, 'out', 'episode.json'), 'utf8')) as EpisodeManifest;
    expect(cli.balloons).toEqual(manifest.balloons);
    expect(cli.slices.map((s) => [s.width, s.height])).toEqual(manifest.slices.map((s) => [s.width, s.height]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
});

test('the episode exports as JPEG at the Naver contest width: 690 px slices within the limits', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await drawStrip(page);
  await page.getByTestId('export-format').selectOption('jpeg690');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const files = unzipSync(new Uint8Array(await readFile(await (await download).path())));
  const manifest = JSON.parse(strFromU8(files['episode.json'])) as EpisodeManifest;
  expect(manifest.width).toBe(690);
  expect(manifest.slices.length).toBeGreaterThan(0);
  for (const s of manifest.slices) {
    expect(s.file).toMatch(/^\d{2}\.jpg$/);
    const size = jpegSize(files[s.file]);
    expect(size).toEqual({ width: 690, height: s.height });
    expect(size.height).toBeLessThanOrEqual(1280);
    expect(files[s.file].length).toBeLessThanOrEqual(2_000_000);
  }
  // Balloons scale with the page: a box in 690 px panel pixels stays inside the 690 px width.
  expect(manifest.balloons).toHaveLength(5);
  for (const b of manifest.balloons) expect(b.box[0] + b.box[2]).toBeLessThanOrEqual(690);
  expect(errors).toEqual([]);
});

test('a project file reopens the same page, balloons and pictures; a damaged one changes nothing', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await drawStrip(page);
  // An author's change to keep: a moved balloon and a tall first panel.
  await drag(page, balloons(page, 1).first().locator('rect.hit'), 20, 20);
  await panel(page, 0).getByTestId('panel-shape').selectOption('tall');
  await expect.poll(async () => (await panelSize(page, 0)).height).toBe(1067);
  await saved(page);
  const before = { text: await editor(page).inputValue(), b0: await shownBalloons(page, 0), b1: await shownBalloons(page, 1), p0: await pixelsOf(panel(page, 0)), p1: await pixelsOf(panel(page, 1)),
    ref0: await panel(page, 0).getByTestId('reference').textContent(), ref1: await panel(page, 1).getByTestId('reference').textContent() };
  expect(before.ref0).toMatch(/%/);

  const download = page.waitForEvent('download');
  await page.getByTestId('project-save').click();
  const file = await download;
  const path = await file.path();
  expect(file.suggestedFilename()).toBe('episode.toonsmith.json');

  // A fresh studio: reloaded (the pictures are gone) and the treatment cleared.
  await page.reload();
  await editor(page).fill('');
  await saved(page);
  await expect(page.locator('toon-strip-view toon-strip-panel')).toHaveCount(0);

  // A damaged file: a clear message, nothing changed.
  const input = page.getByTestId('project-file');
  await input.setInputFiles({ name: 'broken.toonsmith.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"toonsmith-project","version":1,"treatment":') });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.toonsmith.json' })).toContainText('could not be opened');
  await expect(editor(page)).toHaveValue('');
  await expect(page.locator('toon-strip-view toon-strip-panel')).toHaveCount(0);

  await input.setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: /Opened/ })).toContainText('2 panels, 2 drawn');
  await expect(editor(page)).toHaveValue(before.text);
  for (const i of [0, 1]) await expect(panel(page, i)).toHaveAttribute('data-status', 'done');
  expect(await shownBalloons(page, 0)).toEqual(before.b0);
  expect(await shownBalloons(page, 1)).toEqual(before.b1);
  expect((await panelSize(page, 0)).height).toBe(1067);
  expect(await pixelsOf(panel(page, 0))).toBe(before.p0);
  expect(await pixelsOf(panel(page, 1))).toBe(before.p1);
  // Each panel's card names the same reference scene (score, place, source) as before.
  await expect(panel(page, 0).getByTestId('reference')).toHaveText(before.ref0!);
  await expect(panel(page, 1).getByTestId('reference')).toHaveText(before.ref1!);
  expect(errors).toEqual([]);
});
