// Scene plans on the real planner in Chromium: the text worker (WASM) reads a treatment exactly as the Node CLI
// does, and in the studio an author sees each line's plan, fixes a place, and the strip draws the fixed plan.
import { expect, test, type Page } from '@playwright/test';
import { nodePlanner } from '../../tools/cli/node-planner';
import type { PipelineHarness } from './pages/pipeline-harness';
import type { ScenePlan, TreatmentPlan } from '../../src/features/plans/shared/plan-contract';
import { watchErrors } from './lib/watch-errors';

type Win = Window & { harness: PipelineHarness };
const STORY = ['Mina walks her dog Coco along the beach at sunset.', '그녀는 야자수 옆에서 잠시 쉬었다.',
  'Later that night, two boys play basketball in the park.', '민지가 부엌에서 요리를 한다.'];

/** A plan without its confidences, which WASM and onnxruntime-node may round differently in the last digits. */
function shape(p: ScenePlan) {
  const { confidence: _c, cast, objects, relations, ...rest } = p;
  return { ...rest, cast: cast.map(({ confidence: _x, ...c }) => c), objects: objects.map(({ confidence: _x, ...o }) => o),
    relations: relations.map(({ confidence: _x, ...r }) => r) };
}

test('the text worker on WASM plans a treatment exactly as the Node CLI does', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/test/e2e/pages/pipeline-harness.html');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await page.evaluate(() => (window as unknown as Win).harness.start('wasm'));
  const browser = await page.evaluate((lines) => (window as unknown as Win).harness.plan(lines), STORY) as TreatmentPlan;
  const node = await (await nodePlanner('public/models/toon-mini')).planTreatment(STORY);
  expect(browser.plans.map(shape)).toEqual(node.plans.map(shape));
  expect(browser.cast).toEqual(node.cast);
  browser.plans.forEach((p, i) => {
    for (const slot of ['setting', 'time', 'cast', 'objects'] as const) {
      expect(Math.abs(p.confidence[slot] - node.plans[i].confidence[slot]), `line ${i + 1} ${slot}`).toBeLessThan(2e-3);
    }
  });
  // one story: the dog keeps its id and its name wherever it is named
  expect(new Set(browser.plans.flatMap((p) => p.cast.filter((c) => c.name === 'Coco').map((c) => c.id))).size).toBeLessThanOrEqual(1);
  // an empty treatment and a line of markup are plans too, not errors
  const odd = await page.evaluate(() => (window as unknown as Win).harness.plan(['<script>alert(1)</script> 🙂 ', '   ']));
  expect(odd.plans).toHaveLength(2);
  expect(await page.evaluate(() => (window as unknown as Win).harness.plan([]))).toEqual({ plans: [], cast: [] });
  expect(errors).toEqual([]);
});

const STUDIO = '/?suite=toon-mini';
const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const chips = (page: Page) => page.locator('toon-plan-chips');
const chipLine = (page: Page, n: number) => chips(page).locator(`li.line[data-line="${n}"]`);

test('an author sees each line’s plan, fixes a place by hand, and the strip draws the fixed plan', async ({ page }, info) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(STUDIO);
  const lines = STORY.slice(0, 3);
  await editor(page).fill(lines.join('\n'));
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText('Draft saved in this browser');
  // the real planner answers: one row of chips per line, each with a place chip
  await expect(chipLine(page, 3).locator('.chip.place')).toBeVisible({ timeout: 90_000 });
  for (const n of [1, 2, 3]) await expect(chipLine(page, n).locator('.chip.place')).toHaveCount(1);
  await page.locator('toon-studio .tools').screenshot({ path: info.outputPath('plans-studio-chips.png') });

  // the author moves line 1 to the ski slope
  await chipLine(page, 1).locator('.chip.place').click();
  await chipLine(page, 1).locator('.editor select').selectOption('ski_slope');
  await expect(chipLine(page, 1).getByRole('button', { name: 'Place: ski slope. Change it' })).toBeVisible();
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText('Draft saved in this browser');

  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  // Retrieval by plan: the gallery source (Composed would draw the plan instead).
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Gallery' }).check();
  const generate = page.getByRole('button', { name: 'Generate strip' });
  await expect(generate).toBeEnabled({ timeout: 60_000 });
  await generate.click();
  const panel = (i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
  for (let i = 0; i < lines.length; i++) await expect(panel(i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  // the panel says which plan it drew, and its reference is a ski-slope scene
  await expect(panel(0).locator('[data-testid="plan-line"]')).toContainText('ski slope');
  await expect(panel(0).locator('[data-testid="reference"]')).toContainText(/ski slope/i);
  await page.locator('toon-strip-view').screenshot({ path: info.outputPath('plans-strip.png') });

  // the fix survives a reload
  await page.reload();
  await expect(chipLine(page, 1).getByRole('button', { name: 'Place: ski slope. Change it' })).toBeVisible({ timeout: 90_000 });
  expect(errors).toEqual([]);
});
