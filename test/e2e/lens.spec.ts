import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import type { PanelView } from '../../src/features/strip/shared/panel-view';
import type { ModelHost } from '../../src/runtime/client/model-host';
import { watchErrors } from './lib/watch-errors';
import { preferBackend } from './lib/backend-setting';

// The studio on the trained suite; retrieval-only strips are the quickest to draw.
const STUDIO = '/?suite=toon-mini';
// The lens must warn exactly when the manifest marks either CLIP tower as smoke weights.
const manifest = JSON.parse(readFileSync('public/models/manifest.json', 'utf8')) as { suites: { id: string; models: { id: string; notes?: string }[] }[] };
const clipIsSmoke = (manifest.suites.find((s) => s.id === 'toon-mini')?.models ?? [])
  .filter((m) => m.id === 'text_encoder' || m.id === 'vision_encoder')
  .some((m) => /smoke weights/i.test(m.notes ?? ''));
const LINES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.', '바닷가에서 친구들이 웃는다.'];

const lens = (page: Page) => page.locator('toon-clip-lens');
const toggle = (page: Page) => lens(page).getByRole('button', { name: /CLIP lens/ });
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);

async function drawRetrievalStrip(page: Page, lines: string[]) {
  await preferBackend(page, STUDIO, 'wasm');
  await page.locator('toon-treatment-editor textarea').fill(lines.join('\n'));
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  // The lens compares panels with their gallery references.
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Gallery' }).check();
  const generate = page.getByRole('button', { name: 'Generate strip' });
  await expect(generate).toBeEnabled({ timeout: 60_000 });
  await generate.click();
  for (let i = 0; i < lines.length; i++) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(generate).toBeEnabled();
}

/** The shell's private parts, reached the way a debugger would: the model host and the strip's panels. */
type Shell = { modelsCtl: { hostReady: Promise<ModelHost> }; strip: { panels: PanelView[] } };

/**
 * Cosine × 100 of every line against every panel image and reference, computed here from the workers'
 * own encode/embed calls (the same batches the lens sends), not from anything the lens shows.
 */
function expectedTables(page: Page) {
  return page.evaluate(async () => {
    const shell = document.querySelector('toon-studio') as unknown as Shell;
    const host = await shell.modelsCtl.hostReady;
    const panels = shell.strip.panels.filter((p) => p.result);
    const texts = panels.map((p) => p.result!.text);
    const states = await host.worker('text').call(undefined, (r) => r.encode(texts));
    const images = panels.map((p) => p.result!.variants[p.chosen]);
    const refs = panels.map((p) => p.result!.reference!.thumb);
    const vecs = await host.worker('image').call(undefined, (r) =>
      r.embed([...images, ...refs]));
    const d = states.embedDim;
    const cos = (a: Float32Array, b: Float32Array) => {
      let ab = 0, aa = 0, bb = 0;
      for (let j = 0; j < d; j++) { ab += a[j] * b[j]; aa += a[j] * a[j]; bb += b[j] * b[j]; }
      return Math.round((100 * ab) / Math.sqrt(aa * bb));
    };
    const row = (m: Float32Array, i: number) => m.subarray(i * d, (i + 1) * d);
    const n = panels.length;
    return {
      image: texts.flatMap((_, r) => images.map((_, c) => cos(row(states.embeds, r), row(vecs, c)))),
      reference: texts.flatMap((_, r) => refs.map((_, c) => cos(row(states.embeds, r), row(vecs, n + c)))),
    };
  });
}

const shown = (v: number) => (v < 0 ? `−${-v}` : String(v));

test('the lens opens from the keyboard and says there is no strip yet', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(STUDIO);
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await toggle(page).focus();
  await page.keyboard.press('Enter');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(lens(page).getByTestId('lens-message')).toContainText('No strip yet');
  if (clipIsSmoke) await expect(lens(page).getByTestId('lens-smoke-note')).toContainText('at chance');
  else await expect(lens(page).getByTestId('lens-smoke-note')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(lens(page).getByTestId('lens-message')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('on a retrieval strip the lens shows the workers’ similarity table, labels per panel and the PCA map', async ({ page }) => {
  const errors = watchErrors(page);
  await drawRetrievalStrip(page, LINES);
  await toggle(page).click();
  await expect(lens(page).getByTestId('lens-result')).toBeVisible({ timeout: 90_000 });
  await expect(lens(page).getByTestId('lens-progress')).toHaveCount(0);
  const n = LINES.length;

  // Similarity: N × N cells, each equal to the workers' cosine, the diagonal marked.
  const cells = lens(page).getByTestId('sim-cell');
  await expect(cells).toHaveCount(n * n);
  const want = await expectedTables(page);
  const got = await cells.evaluateAll((tds) => tds.map((td) => ({
    image: td.querySelector('[data-testid="image-score"]')?.textContent ?? '',
    reference: td.querySelector('[data-testid="reference-score"]')?.textContent ?? '',
    diagonal: td.classList.contains('diag'),
    row: Number(td.getAttribute('data-row')), col: Number(td.getAttribute('data-col')),
  })));
  expect(got.map((c) => c.image)).toEqual(want.image.map(shown));
  expect(got.map((c) => c.reference)).toEqual(want.reference.map((v) => `ref ${shown(v)}`));
  expect(got.filter((c) => c.diagonal).map((c) => [c.row, c.col])).toEqual([[0, 0], [1, 1], [2, 2]]);
  await expect(lens(page).getByTestId('retrieval-note')).toBeVisible();
  await expect(lens(page).getByTestId('lens-smoke-note')).toHaveCount(clipIsSmoke ? 1 : 0);

  // Zero-shot labels: three settings of the gallery's for each panel and for its reference.
  const settings = await page.evaluate(async () =>
    [...new Set(((await (await fetch('/gallery/toon-mini/gallery.json')).json()) as { scenes: { setting: string }[] }).scenes.map((s) => s.setting))]);
  const labelled = lens(page).getByTestId('panel-labels');
  await expect(labelled).toHaveCount(n);
  for (let i = 0; i < n; i++) {
    for (const which of ['image-labels', 'reference-labels']) {
      const items = labelled.nth(i).getByTestId(which).getByTestId('label');
      await expect(items).toHaveCount(3);
      for (const s of await items.evaluateAll((li) => li.map((l) => l.getAttribute('data-setting')))) expect(settings).toContain(s);
    }
  }
  // Korean lines are scored with Korean prompts, and their labels are named in Korean (the gallery's names).
  await expect(labelled.nth(0)).toContainText('Korean prompts');
  await expect(labelled.nth(1)).toContainText('English prompts');
  const names = await page.evaluate(async () =>
    Object.fromEntries(((await (await fetch('/gallery/toon-mini/gallery.json')).json()) as { settings: { id: string; en: string; ko: string }[] })
      .settings.map((s) => [s.id, s])));
  const koLabel = labelled.nth(0).getByTestId('image-labels').getByTestId('label').first();
  const koId = (await koLabel.getAttribute('data-setting'))!;
  await expect(koLabel.locator('.name')).toHaveText(names[koId].ko);
  await expect(koLabel.locator('.gloss')).toHaveText(names[koId].en);
  // Each score stays inside its own label's box, however long the name (a float once slid onto the next label).
  const outside = await lens(page).getByTestId('label').evaluateAll((items) => items.filter((li) => {
    const box = li.getBoundingClientRect(), score = li.querySelector('.label-score')!.getBoundingClientRect();
    return score.top < box.top - 0.5 || score.bottom > box.bottom + 0.5 || score.right > box.right + 0.5;
  }).map((li) => li.textContent));
  expect(outside).toEqual([]);
  const enLabel = labelled.nth(1).getByTestId('image-labels').getByTestId('label').first();
  await expect(enLabel.locator('.name')).toHaveText(names[(await enLabel.getAttribute('data-setting'))!].en);

  // The map: one dot per gallery scene, N line markers and N panel markers, a legend entry per setting.
  const map = lens(page).locator('toon-lens-map');
  await expect(map.getByTestId('gallery-dot')).toHaveCount(2000);
  await expect(map.getByTestId('sentence-marker')).toHaveCount(n);
  await expect(map.getByTestId('panel-marker')).toHaveCount(n);
  await expect(map.getByTestId('legend-item')).toHaveCount(settings.length);
  // Keyboard: a line marker describes its line; arrow keys on the map pick a gallery scene and show its caption.
  await map.getByTestId('sentence-marker').nth(1).focus();
  await expect(map.getByTestId('map-detail')).toContainText(LINES[1]);
  await map.getByTestId('pca-map').focus();
  await page.keyboard.press('ArrowRight');
  await expect(map.getByTestId('map-detail')).toContainText(' · ');
  // Hover: the dot under the pointer is described.
  const dot = map.getByTestId('gallery-dot').nth(500);
  await dot.hover({ force: true });
  await expect(map.locator('circle.dot.on')).toHaveCount(1);

  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('studio-lens-open.png') });
  await lens(page).screenshot({ path: test.info().outputPath('lens.png') });
  expect(errors).toEqual([]);
});

test('a cancelled or failed look says so, keeps the strip, and a retry works', async ({ page }) => {
  await drawRetrievalStrip(page, LINES.slice(0, 2));
  // Hold the gallery's embeddings (the map reads them) so the look is still running when Cancel is pressed.
  const EMBEDDINGS = '**/gallery/toon-mini/embeddings.bin';
  const held: Route[] = [];
  await page.route(EMBEDDINGS, (route) => void held.push(route));
  await toggle(page).click();
  await expect(lens(page).getByTestId('lens-progress')).toContainText('Mapping the gallery', { timeout: 60_000 });
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await lens(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(lens(page).getByTestId('lens-message')).toContainText('Stopped before the lens finished');

  // The download now fails: the look says why and offers a retry.
  for (const r of held.splice(0)) await r.abort('failed');
  await page.unroute(EMBEDDINGS);
  await page.route(EMBEDDINGS, (route) => route.abort('failed'));
  await lens(page).getByRole('button', { name: 'Look again' }).click();
  await expect(lens(page).getByRole('alert')).toContainText('Could not fetch gallery file', { timeout: 60_000 });
  await expect(panel(page, 0)).toHaveAttribute('data-status', 'done');

  await page.unroute(EMBEDDINGS);
  await lens(page).getByRole('button', { name: 'Retry' }).click();
  await expect(lens(page).getByTestId('sim-cell')).toHaveCount(4, { timeout: 90_000 });
  await expect(lens(page).getByRole('alert')).toHaveCount(0);
});
