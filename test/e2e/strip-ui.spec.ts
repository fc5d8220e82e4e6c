import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { strFromU8, unzipSync } from 'fflate';
import { pageLayout } from '../../src/features/lettering/shared/page-layout';
// Type-only: brings the tags' HTMLElementTagNameMap entries into the page.evaluate callbacks.
import type {} from '../../src/features/strip/elements/strip-view';
import type {} from '../../src/features/strip/elements/strip-controls';
import type { PanelView } from '../../src/features/strip/shared/panel-view';
import { watchErrors } from './lib/watch-errors';

// The studio on the trained suite; the panel pipeline needs its models and gallery.
const STUDIO = '/?suite=toon-mini';
const LINES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.', '바닷가에서 친구들이 웃는다.'];

const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const controls = (page: Page) => page.locator('toon-strip-controls');
const generate = (page: Page) => page.getByRole('button', { name: 'Generate strip' });
const panels = (page: Page) => page.locator('toon-strip-view toon-strip-panel');
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);

async function writeTreatment(page: Page, lines: string[]) {
  await editor(page).fill(lines.join('\n'));
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText('Draft saved in this browser');
}

async function pickMode(page: Page, label: 'Diffusion' | 'DCGAN' | 'Retrieval only') {
  await controls(page).getByRole('radio', { name: label }).check();
}

/** A strip in the given mode; waits until every panel is drawn. */
async function drawStrip(page: Page, lines: string[], mode: 'DCGAN' | 'Retrieval only') {
  await page.goto(STUDIO);
  await writeTreatment(page, lines);
  await pickMode(page, mode);
  // Retrieval and DCGAN strips from the gallery's scenes (composed panels have their own spec).
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Gallery' }).check();
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  await expect(panels(page)).toHaveCount(lines.length);
  for (let i = 0; i < lines.length; i++) {
    await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  }
  await expect(generate(page)).toBeEnabled();
}

/** The panel's shown picture as a PNG data URL: equal strings mean equal pixels. */
const artPixels = (p: Locator) => p.locator('.art canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('the strip controls render and work from the keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(STUDIO);
  await expect(generate(page)).toBeDisabled();
  await expect(generate(page)).toHaveAttribute('title', /Write at least one sentence/);

  const diffusion = controls(page).getByRole('radio', { name: 'Diffusion' });
  await diffusion.focus();
  await page.keyboard.press('ArrowRight');
  await expect(controls(page).getByRole('radio', { name: 'DCGAN' })).toBeChecked();
  await expect(controls(page).getByTestId('mode-hint')).toContainText('GAN');

  await page.keyboard.press('Tab');
  await expect(controls(page).getByRole('radio', { name: 'Composed' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(controls(page).getByRole('radio', { name: 'Gallery' })).toBeChecked();

  await page.keyboard.press('Tab');
  await expect(controls(page).getByRole('radio', { name: 'Ink' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(controls(page).getByRole('radio', { name: 'Pastel' })).toBeChecked();

  await page.keyboard.press('Tab');
  const seed = controls(page).getByRole('textbox', { name: 'Seed' });
  await expect(seed).toBeFocused();
  await seed.fill('-5');
  await expect(seed).toHaveAttribute('aria-invalid', 'true');
  await seed.fill('42');
  await page.keyboard.press('Tab');
  await expect(controls(page).getByRole('button', { name: 'Random seed' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(seed).not.toHaveValue('42');
  await expect(seed).toHaveValue(/^\d+$/);

  await writeTreatment(page, LINES.slice(0, 1));
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  // The choices are kept for the next visit.
  const rolled = await seed.inputValue();
  await page.reload();
  await expect(controls(page).getByRole('radio', { name: 'DCGAN' })).toBeChecked();
  await expect(controls(page).getByRole('radio', { name: 'Gallery' })).toBeChecked();
  await expect(controls(page).getByRole('radio', { name: 'Pastel' })).toBeChecked();
  await expect(seed).toHaveValue(rolled);
  expect(errors).toEqual([]);
});

test('a retrieval strip shows one panel per line with its reference and score', async ({ page }) => {
  const errors = watchErrors(page);
  await drawStrip(page, LINES, 'Retrieval only');
  for (let i = 0; i < LINES.length; i++) {
    const p = panel(page, i);
    await expect(p.locator('.sentence')).toContainText(LINES[i]);
    await expect(p.getByTestId('score')).toHaveText(/^\d{1,3} %$/);
    await expect(p.getByTestId('setting')).not.toHaveText('');
    const thumb = p.locator('[data-testid="reference"] canvas');
    expect(await thumb.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(1);
    await expect(p.getByRole('radio', { name: /Variant/ })).toHaveCount(2);
  }
  await expect(page.locator('toon-strip-view [data-testid="strip-summary"]')).toHaveText(`3 of 3 panels drawn`);
  expect(errors).toEqual([]);
});

test('cancel stops a diffusion run and the studio is usable again', async ({ page }) => {
  await page.goto(STUDIO);
  await writeTreatment(page, LINES);
  await pickMode(page, 'Diffusion');
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  await expect(panel(page, 0).getByTestId('progress')).toBeVisible();
  await cancel.focus();
  await page.keyboard.press('Enter');
  await expect(cancel).toHaveCount(0, { timeout: 30_000 });
  await expect(generate(page)).toBeEnabled();
  // Keyboard users land on Generate, not on the page body.
  await expect(generate(page)).toBeFocused();
  const statuses = await panels(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses).toContain('cancelled');
  expect(statuses.every((s) => s === 'done' || s === 'cancelled')).toBe(true);
  await expect(page.getByRole('alert').filter({ hasText: /strip stopped|could not/ })).toHaveCount(0);

  // Usable again: a fast strip runs to the end.
  await pickMode(page, 'Retrieval only');
  await generate(page).click();
  for (let i = 0; i < LINES.length; i++) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
});

test('regenerating one panel redraws it and leaves the others identical', async ({ page }) => {
  await drawStrip(page, LINES, 'DCGAN');
  const before = await Promise.all([0, 1, 2].map((i) => artPixels(panel(page, i))));
  await panel(page, 0).getByRole('radio', { name: 'Variant 2' }).check();
  const chosenFirst = await artPixels(panel(page, 0));
  expect(chosenFirst).not.toBe(before[0]);

  await controls(page).getByRole('textbox', { name: 'Seed' }).fill('987654');
  await panel(page, 1).getByRole('button', { name: 'Regenerate panel 2' }).click();
  await expect(panel(page, 1)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(generate(page)).toBeEnabled();
  expect(await artPixels(panel(page, 0))).toBe(chosenFirst);
  expect(await artPixels(panel(page, 2))).toBe(before[2]);
  expect(await artPixels(panel(page, 1))).not.toBe(before[1]);
});

test('export writes one zip of numbered PNG slices 800 px wide and at most 1280 px tall', async ({ page }) => {
  await drawStrip(page, LINES, 'Retrieval only');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export episode' }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toBe('episode.zip');
  await expect(page.getByRole('status').filter({ hasText: /Exported episode\.zip: \d+ slices/ })).toBeVisible({ timeout: 30_000 });
  const files = unzipSync(new Uint8Array(await readFile(await zip.path())));
  const names = Object.keys(files).filter((n) => /^\d+\.png$/.test(n)).sort();
  expect(names.length).toBeGreaterThan(0);
  expect(names).toEqual(Array.from({ length: names.length }, (_, i) => `${String(i + 1).padStart(2, '0')}.png`));
  const sizes = names.map((n) => pngSize(Buffer.from(files[n])));
  for (const s of sizes) {
    expect(s.width).toBe(800);
    expect(s.height).toBeLessThanOrEqual(1280);
  }
  // Square panels at 800 px, the page's 120 px gutters and its top and bottom margins: the slices add up to the page.
  const total = sizes.reduce((sum, s) => sum + s.height, 0);
  const page0 = JSON.parse(strFromU8(files['episode.toonsmith.json'])).page;
  expect(total).toBe(pageLayout(page0).height);
  expect(total).toBeGreaterThanOrEqual(LINES.length * 800 + (LINES.length - 1) * 120);
});

test('bad reference files get clear messages and lose nothing', async ({ page }) => {
  await page.goto(STUDIO);
  await writeTreatment(page, LINES);
  const input = page.locator('toon-reference-drop input[type="file"]');
  await input.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('this is not a picture at all') });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.png' })).toContainText('"broken.png" is not a PNG, JPEG or WebP image');

  // A real PNG signature with the rest cut off: passes the sniff, fails the decoder.
  const truncated = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0]);
  await input.setInputFiles({ name: 'cut.png', mimeType: 'image/png', buffer: truncated });
  await expect(page.getByRole('alert').filter({ hasText: 'cut.png' })).toContainText('damaged or incomplete');

  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toContainText('is not a PNG, JPEG or WebP image');
  await expect(page.locator('toon-reference-drop li')).toHaveCount(0);
  await expect(editor(page)).toHaveValue(LINES.join('\n'));
});

/** A small real PNG: a sky over a green field with a red square. */
function scenePng(): Buffer {
  const png = new PNG({ width: 48, height: 48 });
  for (let y = 0; y < 48; y++) {
    for (let x = 0; x < 48; x++) {
      const i = (y * 48 + x) * 4;
      const square = x > 16 && x < 32 && y > 20 && y < 36;
      png.data.set(square ? [220, 40, 40, 255] : y < 24 ? [120, 190, 255, 255] : [90, 180, 80, 255], i);
    }
  }
  return PNG.sync.write(png);
}

test('a dropped reference image is added, shown, and still there after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(STUDIO);
  const zone = page.locator('toon-reference-drop [data-testid="drop-zone"]');
  const bytes = [...scenePng()];
  const dataTransfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'my-scene.png', { type: 'image/png' }));
    return dt;
  }, bytes);
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  const thumbs = page.locator('toon-reference-drop li');
  await expect(thumbs).toHaveCount(1, { timeout: 90_000 });
  await expect(thumbs.locator('img')).toHaveAttribute('alt', 'my-scene.png');
  await page.reload();
  await expect(thumbs).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a pipeline error shows a message and leaves the studio usable', async ({ page }) => {
  await page.route('**/models/toon-mini/**/*.onnx', (route) => route.abort('failed'));
  await page.goto(STUDIO);
  await writeTreatment(page, LINES);
  await pickMode(page, 'Retrieval only');
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The strip stopped' })).toBeVisible({ timeout: 60_000 });
  await expect(panel(page, 0).getByTestId('panel-error')).toBeVisible();
  await expect(generate(page)).toBeEnabled();
  await expect(editor(page)).toHaveValue(LINES.join('\n'));
  await editor(page).fill('Still editable.');
  await expect(editor(page)).toHaveValue('Still editable.');
});

test.describe('the strip components in isolation', () => {
  const solid = (r: number, g: number, b: number, w = 4, h = 3) => {
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < rgba.length; i += 4) rgba.set([r, g, b, 255], i);
    return { width: w, height: h, data: rgba };
  };

  test('renders plain panel data: variants, reference score, errors on their own panel', async ({ page }) => {
    await page.goto('/');
    const events = await page.evaluate(
      async ({ red, blue, green }) => {
        const view = document.createElement('toon-strip-view');
        view.id = 'probe';
        const reference = { id: 'scene-7', score: 0.8749, setting: 'classroom', style: 'ink', source: 'gallery' as const, thumb: green };
        const panels: PanelView[] = [
          { index: 0, text: '첫 장면 <b>x</b>', status: 'done', chosen: 0, result: { index: 0, text: '첫 장면 <b>x</b>', lang: 'mixed', variants: [red, blue], reference, alternatives: [], seed: 1 } },
          { index: 1, text: 'Second', status: 'error', chosen: 0, error: 'GPU device was lost' },
          { index: 2, text: 'Third', status: 'running', chosen: 0, progress: { stage: 'denoise', step: 4, total: 20 } },
        ];
        view.panels = panels;
        document.body.append(view);
        await view.updateComplete;
        const seen: string[] = [];
        document.body.addEventListener('variant-choose', (e) => seen.push(`choose ${JSON.stringify((e as CustomEvent).detail)}`));
        document.body.addEventListener('panel-regenerate', (e) => seen.push(`regenerate ${(e as CustomEvent).detail.index}`));
        return seen.length;
      },
      { red: solid(255, 0, 0), blue: solid(0, 0, 255), green: solid(0, 160, 0, 2, 2) },
    );
    expect(events).toBe(0);
    const probe = page.locator('#probe');
    await expect(probe.locator('[data-index="0"] [data-testid="score"]')).toHaveText('87 %');
    await expect(probe.locator('[data-index="0"] [data-testid="setting"]')).toHaveText('classroom');
    await expect(probe.locator('[data-index="0"] .sentence')).toContainText('첫 장면 <b>x</b>');
    await expect(probe.locator('[data-index="1"] [data-testid="panel-error"]')).toHaveText('GPU device was lost');
    await expect(probe.locator('[data-index="2"] [data-testid="progress"]')).toHaveText('Drawing 4 / 20');
    await expect(probe.getByTestId('strip-summary')).toHaveText('1 of 3 panels drawn');
    // The red variant is painted, scaled to the column.
    const pixel = await probe
      .locator('[data-index="0"] .art canvas')
      .evaluate((c) => [...(c as HTMLCanvasElement).getContext('2d')!.getImageData(1, 1, 1, 1).data]);
    expect(pixel).toEqual([255, 0, 0, 255]);
    const chosen = new Promise<string>((resolve) =>
      void page.evaluate(() => new Promise<string>((r) => document.body.addEventListener('variant-choose', (e) => r(JSON.stringify((e as CustomEvent).detail)), { once: true }))).then(resolve),
    );
    await probe.locator('[data-index="0"]').getByRole('radio', { name: 'Variant 2' }).check();
    expect(await chosen).toBe('{"index":0,"variant":1}');
    const regen = page.evaluate(() => new Promise<number>((r) => document.body.addEventListener('panel-regenerate', (e) => r((e as CustomEvent).detail.index), { once: true })));
    await probe.getByRole('button', { name: 'Regenerate panel 2' }).click();
    expect(await regen).toBe(1);
    await expect(probe.getByRole('button', { name: 'Regenerate panel 3' })).toBeDisabled();
  });

  test('a panel drawn by a scene plan shows it in one line, in the UI language, and flags the kinds its reference lacks', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(async ({ green }) => {
      const view = document.createElement('toon-strip-view');
      view.id = 'probe';
      const plan = {
        id: '1', text: 'A man and his dog fly two kites on the beach at sunset.', setting: 'beach', time: 'sunset' as const,
        cast: [{ id: 'c1', kind: 'man', confidence: 1 }, { id: 'c2', kind: 'dog', confidence: 1 }], objects: [{ kind: 'kite', count: 2, confidence: 1 }],
        relations: [], unknown: [], confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] },
      };
      const reference = { id: 's1', score: 0.5, setting: 'beach', style: 'ink', source: 'gallery' as const, thumb: green, time: 'day',
        objects: [{ kind: 'man', count: 1 }, { kind: 'dog', count: 1 }], missing: ['kite'] };
      const result = (index: number, withPlan: boolean) => ({ index, text: plan.text, lang: 'en' as const, variants: [green], reference, alternatives: [], seed: 1, ...(withPlan && { plan }) });
      view.panels = [
        { index: 0, text: plan.text, status: 'done', chosen: 0, result: result(0, true) },
        { index: 1, text: plan.text, status: 'done', chosen: 0, result: result(1, false) },
      ];
      view.planNames = {
        settings: [{ id: 'beach', en: 'beach', ko: '해변' }], times: [{ id: 'sunset', en: 'sunset', ko: '해 질 녘' }],
        kinds: [{ id: 'man', en: 'man', ko: '남자' }, { id: 'dog', en: 'dog', ko: '개' }, { id: 'kite', en: 'kite', ko: '연' }],
      };
      document.body.append(view);
      await view.updateComplete;
    }, { green: solid(0, 160, 0, 2, 2) });
    const probe = page.locator('#probe');
    await expect(probe.locator('[data-index="0"] [data-testid="plan-line"]')).toHaveText('beach · sunset · man, dog, kite ×2');
    await expect(probe.locator('[data-index="0"] [data-testid="plan-missing"]')).toHaveText('⚠ reference lacks kite');
    await expect(probe.locator('[data-index="1"] [data-testid="plan"]')).toHaveCount(0);
    await page.getByRole('button', { name: '한국어' }).click();
    await expect(probe.locator('[data-index="0"] [data-testid="plan-line"]')).toHaveText('해변 · 해 질 녘 · 남자, 개, 연 ×2');
    await expect(probe.locator('[data-index="0"] [data-testid="plan-missing"]')).toHaveText('⚠ 참고 장면에 없음: 연');
  });

  test('the controls show the choices they are given, even after a pick their owner did not take', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      const el = document.createElement('toon-strip-controls');
      el.id = 'probe-controls';
      el.choices = { mode: 'diffusion', style: 'ink', seed: 3, source: 'gallery' };
      // An owner that refuses every change and hands its own choices back, as a late restore would.
      el.addEventListener('choices-change', () => void (el.choices = { mode: 'diffusion', style: 'ink', seed: 3, source: 'gallery' }));
      document.body.append(el);
      await el.updateComplete;
    });
    const probe = page.locator('#probe-controls');
    await probe.getByRole('radio', { name: 'DCGAN' }).click();
    await expect(probe.getByRole('radio', { name: 'Diffusion' })).toBeChecked();
    await expect(probe.getByRole('radio', { name: 'DCGAN' })).not.toBeChecked();
    await expect(probe.getByTestId('mode-hint')).toContainText('restyled by the sentence');
  });
});
