// Lettering in the studio: a treatment with dialogue becomes balloons on its panels (reading order, inside the
// panel), edited in place and dragged; markup typed into a balloon stays text; the episode exports as one zip whose
// slices follow the upload rules and carry the balloons' pixels, and `npm run episode` letters the same balloons; a
// project file reopens the same page and pictures.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { PNG } from 'pngjs';
import type { EpisodeManifest, EpisodePage } from '../../src/features/lettering/shared/lettering-contract';
import { pageLayout } from '../../src/features/lettering/shared/page-layout';
import { watchErrors } from './lib/watch-errors';

// Retrieval-only strips on the trained suite are the quickest to draw.
const STUDIO = '/?suite=toon-mini';
const TREATMENT = [
  '민지가 비 오는 골목을 뛰어간다.',
  '  민지: "같이 가!!"',
  '  [그날 저녁]',
  'A cat sleeps on the classroom desk.',
  '  Mina: "Wake up, cat. The bell rang a long time ago."',
  '  Mr Kim: (Let it sleep.)',
  '  *zzz*',
].join('\n');
/** Where the screenshots go when a person wants to look at them (never a path written into the repository). */
const SHOTS = process.env.LETTERING_SHOTS;

const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
const balloons = (page: Page, i: number) => panel(page, i).locator('toon-balloon-layer g.balloon');
const saved = (page: Page) => expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText(/Draft saved|Draft restored/);

interface Shown {
  id: string;
  text: string;
  box: { x: number; y: number; w: number; h: number };
}

/** A panel's balloons as the layer shows them: id, words and box in panel pixels. */
async function shownBalloons(page: Page, i: number): Promise<Shown[]> {
  return balloons(page, i).evaluateAll((gs) =>
    gs.map((g) => {
      const hit = g.querySelector('rect.hit')!;
      const n = (a: string) => Number(hit.getAttribute(a));
      return { id: g.getAttribute('data-balloon-id')!, text: g.querySelector('text')!.textContent ?? '', box: { x: n('x'), y: n('y'), w: n('width'), h: n('height') } };
    }),
  );
}

/** The layer's panel size in page pixels (its SVG viewBox). */
async function panelSize(page: Page, i: number): Promise<{ width: number; height: number }> {
  const box = await panel(page, i).locator('toon-balloon-layer svg.layer').getAttribute('viewBox');
  const [, , width, height] = (box ?? '').split(' ').map(Number);
  return { width, height };
}

async function shot(target: Page | Locator, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  if ('goto' in target) {
    await target.screenshot({ path: join(SHOTS, name) });
    return;
  }
  // Centred in the window, so the strip's sticky bar does not cover its top.
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = (await target.boundingBox())!;
  await target.page().screenshot({ path: join(SHOTS, name), clip: box });
}

async function drawStrip(page: Page): Promise<void> {
  await page.goto(STUDIO);
  await editor(page).fill(TREATMENT);
  await saved(page);
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  const generate = page.getByRole('button', { name: 'Generate strip' });
  await expect(generate).toBeEnabled({ timeout: 60_000 });
  await generate.click();
  for (const i of [0, 1]) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(generate).toBeEnabled();
}

/** Drags with the mouse from an element's centre by (dx, dy) CSS px, in steps as a hand would. */
async function drag(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let s = 1; s <= 8; s++) await page.mouse.move(x + (dx * s) / 8, y + (dy * s) / 8);
  await page.mouse.up();
}

/** Replaces a balloon's words in place: double-click, type, Enter. */
async function rewrite(page: Page, balloon: Locator, words: string): Promise<void> {
  await balloon.dblclick();
  const box = page.locator('toon-balloon-layer [data-testid="balloon-editor"]');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(words);
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
}

const pixelsOf = (p: Locator) => p.locator('.art canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

test('dialogue becomes balloons on the panels: reading order, inside, edited in place, dragged, markup as text', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await drawStrip(page);

  // Panel 1: the shout and the caption; panel 2: speech, a thought and a sound effect, in script order.
  await expect(balloons(page, 0)).toHaveCount(2);
  await expect(balloons(page, 1)).toHaveCount(3);
  const first = await shownBalloons(page, 0);
  const second = await shownBalloons(page, 1);
  expect(first.map((b) => b.text).join('|')).toContain('같이');
  expect(second.map((b) => b.text).join(' ')).toContain('Wake up');
  for (const [i, list] of [[0, first], [1, second]] as const) {
    const size = await panelSize(page, i);
    expect(size.width).toBe(800);
    for (const b of list) {
      // inside the panel
      expect(b.box.x).toBeGreaterThanOrEqual(0);
      expect(b.box.y).toBeGreaterThanOrEqual(0);
      expect(b.box.x + b.box.w).toBeLessThanOrEqual(size.width);
      expect(b.box.y + b.box.h).toBeLessThanOrEqual(size.height);
    }
    // reading order: each later balloon starts lower, or level with the one before and to its right
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1].box;
      const b = list[k].box;
      expect(b.y > a.y || (Math.abs(b.y - a.y) < a.h / 2 && b.x > a.x), `balloon ${k + 1} of panel ${i + 1} reads after ${k}`).toBe(true);
    }
    // no two balloons of a panel on top of each other: their bodies (ovals inside their boxes) keep apart, so the
    // middle 70 % of the boxes, which an oval covers, never meet
    const core = (b: Shown['box']) => ({ x: b.x + b.w * 0.15, y: b.y + b.h * 0.15, w: b.w * 0.7, h: b.h * 0.7 });
    for (let k = 0; k < list.length; k++) {
      for (let j = k + 1; j < list.length; j++) {
        const a = core(list[k].box);
        const b = core(list[j].box);
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `balloons ${k + 1} and ${j + 1} of panel ${i + 1} keep apart`).toBe(true);
      }
    }
  }
  // The studio has no composed layouts yet (no speaker faces known), so "away from the face" cannot be checked here.
  test.info().annotations.push({ type: 'not checked', description: 'balloons away from a face: no panel layout gives face positions yet' });
  await shot(page, 'lettering-1-generated.png');
  await shot(panel(page, 1), 'lettering-1-panel2.png');

  // Edit in place: the treatment line changes with it (the one source of the words).
  await rewrite(page, balloons(page, 0).first(), '같이 가자!!');
  await expect(editor(page)).toHaveValue(/민지: "같이 가자!!"/);
  await expect(balloons(page, 0).first().locator('text')).toHaveText(/같이\s*가자!!/);
  await saved(page);

  // Esc cancels an edit.
  await balloons(page, 1).first().dblclick();
  await page.keyboard.insertText('nothing');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toHaveValue(/Mina: "Wake up, cat\. The bell rang a long time ago\."/);

  // Markup typed into a balloon is text: shown as typed, never run, no element made of it.
  await page.evaluate(() => ((window as unknown as { __ran: number }).__ran = 0));
  await rewrite(page, balloons(page, 1).first(), '<img src=x onerror="window.__ran=1"><b>bold</b>');
  await expect(editor(page)).toHaveValue(/Mina: "<img src=x onerror="window.__ran=1"><b>bold<\/b>"/);
  await expect(balloons(page, 1).first().locator('text')).toContainText('<img src=x');
  expect(await page.locator('toon-balloon-layer img, toon-balloon-layer b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __ran: number }).__ran)).toBe(0);

  // Drag: the balloon moves by the pointer's travel in panel pixels, is placed by the author, and stops at the edge.
  const target = balloons(page, 1).nth(1);
  const before = (await shownBalloons(page, 1))[1].box;
  const shownWidth = (await panel(page, 1).locator('.art').boundingBox())!.width;
  const unit = 800 / shownWidth;
  await drag(page, target.locator('rect.hit'), -30, 40);
  await expect.poll(async () => (await shownBalloons(page, 1))[1].box.y).not.toBe(before.y);
  const after = (await shownBalloons(page, 1))[1].box;
  expect(Math.abs(after.x - Math.max(0, before.x - 30 * unit))).toBeLessThanOrEqual(3 * unit);
  expect(Math.abs(after.y - (before.y + 40 * unit))).toBeLessThanOrEqual(3 * unit);
  await drag(page, target.locator('rect.hit'), -2000, -2000);
  await expect.poll(async () => (await shownBalloons(page, 1))[1].box).toMatchObject({ x: 0, y: 0 });
  // The move is kept through a reload (saved with the draft) and typing elsewhere does not send it back.
  await saved(page);
  await editor(page).press('End');
  await editor(page).pressSequentially(' ');
  await saved(page);
  expect((await shownBalloons(page, 1))[1].box).toMatchObject({ x: 0, y: 0 });

  // Style switch and a second tail from the tools under the panel.
  // (the dragged balloon now lies over it: the keyboard reaches it all the same)
  await balloons(page, 1).first().focus();
  const tools = panel(page, 1).getByTestId('balloon-tools');
  await expect(tools).toBeVisible();
  await tools.getByTestId('balloon-style').selectOption('whisper');
  await expect(balloons(page, 1).first()).toHaveClass(/kind-whisper/);
  const tails = await panel(page, 1).locator('toon-balloon-layer .tail-handle').count();
  await tools.getByTestId('balloon-add-tail').click();
  await expect(panel(page, 1).locator('toon-balloon-layer .tail-handle')).toHaveCount(tails + 1);
  await shot(panel(page, 1), 'lettering-2-edited-panel2.png');

  // Who speaks: 민지 is the cast member the scene plans read in her line; no Mina is in them.
  await expect(tools.getByTestId('balloon-speaker')).toHaveText(/Mina: no one of that name/);
  await balloons(page, 0).first().focus();
  await expect(panel(page, 0).getByTestId('balloon-speaker')).toHaveText(/민지: the cast’s .+ \(c1\)/);
  await balloons(page, 1).first().focus();

  // The reader preview: phone width, no controls.
  await page.getByTestId('reader-preview').click();
  const strip = page.locator('toon-strip-view section.strip');
  await expect.poll(async () => (await strip.boundingBox())!.width).toBeLessThanOrEqual(361);
  await expect(page.locator('toon-strip-view toon-page-panel-controls')).toHaveCount(0);
  await shot(strip, 'lettering-3-reader-preview.png');
  await page.getByTestId('reader-preview').click();

  // The page's controls speak Korean too.
  await page.getByTestId('language-switch').getByRole('button', { name: '한국어' }).click();
  await expect(panel(page, 1).getByTestId('balloon-tools')).toContainText('모양');
  await expect(panel(page, 1).locator('toon-page-panel-controls')).toContainText('뒤에 컷 추가');
  await expect(page.getByTestId('export')).toHaveText('에피소드 내보내기');
  await shot(panel(page, 1), 'lettering-6-korean-panel2.png');
  expect(errors).toEqual([]);
});

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
  if (SHOTS) manifest.slices.forEach((s) => writeFileSync(join(SHOTS, `lettering-export-${s.file}`), files[s.file]));
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

/** Width and height from a JPEG's start-of-frame marker; throws when the bytes are not a JPEG. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  for (let i = 2; i + 9 < bytes.length; ) {
    if (bytes[i] !== 0xff) throw new Error(`JPEG: no marker at ${i}`);
    const marker = bytes[i + 1];
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (marker >= 0xc0 && marker <= 0xc3) return { height: (bytes[i + 5] << 8) | bytes[i + 6], width: (bytes[i + 7] << 8) | bytes[i + 8] };
    i += 2 + length;
  }
  throw new Error('JPEG: no frame header');
}

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

test('a 10,000-character balloon is lettered cut short with a message, without freezing the studio', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await drawStrip(page);
  const target = balloons(page, 1).first();
  await target.dblclick();
  const box = page.locator('toon-balloon-layer [data-testid="balloon-editor"]');
  await expect(box).toBeFocused();
  const long = `${'가나다라 마바사 '.repeat(1200).slice(0, 9999)}끝`;
  await box.evaluate((el, text) => (el.textContent = text), long);
  const started = Date.now();
  await page.keyboard.press('Enter');
  await expect(panel(page, 1).getByTestId('balloon-too-long')).toContainText('10,000 characters');
  // The page still answers at once.
  const ping = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - ping).toBeLessThan(1000);
  expect(Date.now() - started).toBeLessThan(15_000);
  const shown = (await shownBalloons(page, 1))[0].text;
  expect(shown.length).toBeLessThan(long.length);
  await expect(editor(page)).toHaveValue(/Mina: "가나다라 마바사/);
  await shot(panel(page, 1), 'lettering-4-long-balloon.png');
  expect(errors).toEqual([]);
});

test('page controls: shape, gutter and background; insert, move and delete panels keep each picture with its scene', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await drawStrip(page);
  const cat = await pixelsOf(panel(page, 1));

  // Shape: the picture is cropped to it, the balloons measured against it.
  await panel(page, 1).getByTestId('panel-shape').selectOption('wide');
  await expect.poll(async () => (await panelSize(page, 1)).height).toBe(450);
  const art = (await panel(page, 1).locator('.art').boundingBox())!;
  expect(Math.abs(art.width / art.height - 16 / 9)).toBeLessThan(0.02);
  for (const b of await shownBalloons(page, 1)) expect(b.box.y + b.box.h).toBeLessThanOrEqual(450);

  // Gutter and background.
  const gutter = page.locator('toon-strip-view .gutter').first();
  const normal = (await gutter.boundingBox())!.height;
  await panel(page, 1).getByTestId('panel-gutter').selectOption('480');
  await expect.poll(async () => (await gutter.boundingBox())!.height).toBeGreaterThan(normal * 3);
  await page.getByTestId('page-background').evaluate((el: HTMLInputElement) => {
    el.value = '#202840';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(page.locator('toon-strip-view section.strip')).toHaveCSS('background-color', 'rgb(32, 40, 64)');
  await shot(page, 'lettering-5-page-controls.png');

  // Move the cat up: its picture, shape and balloons go with its scene, in the treatment too.
  await panel(page, 1).getByTestId('panel-up').click();
  await expect(panel(page, 0).locator('.sentence')).toContainText('A cat sleeps');
  expect(await pixelsOf(panel(page, 0))).toBe(cat);
  expect((await panelSize(page, 0)).height).toBe(450);
  await expect(balloons(page, 0)).toHaveCount(3);
  // (its time skip, the blank line above it, travels with it)
  await expect(editor(page)).toHaveValue(/^\n?A cat sleeps on the classroom desk\.\n {2}Mina: "Wake up[^]*\n민지가 비 오는 골목을 뛰어간다\./);

  // Insert a panel after the first: not drawn yet, a scene line in the treatment.
  await panel(page, 0).getByTestId('panel-insert').click();
  await expect(page.locator('toon-strip-view toon-strip-panel')).toHaveCount(3);
  await expect(panel(page, 1)).toHaveAttribute('data-status', 'idle');
  await expect(panel(page, 1).locator('.placeholder')).toHaveText('Not drawn.');
  await expect(editor(page)).toHaveValue(/A new scene: describe what this panel shows\./);
  expect(await pixelsOf(panel(page, 0))).toBe(cat);

  // Delete it again: its line leaves the treatment, a message keeps it.
  await panel(page, 1).getByTestId('panel-delete').click();
  await expect(page.locator('toon-strip-view toon-strip-panel')).toHaveCount(2);
  await expect(editor(page)).not.toHaveValue(/A new scene/);
  await expect(page.getByRole('status').filter({ hasText: 'Panel 2 deleted' })).toContainText('A new scene');
  expect(errors).toEqual([]);
});
