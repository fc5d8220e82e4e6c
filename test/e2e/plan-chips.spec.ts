// <toon-plan-chips> on its harness page with a hand-written TreatmentPlan: chips, carried and unsure slots, the place
// editor's event, a cast rename reaching every line, both UI languages, and the layout in an 800-px column.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LINES } from '../fixtures/plans/treatment-plan';
import { watchErrors } from './lib/watch-errors';

const HARNESS = '/test/e2e/pages/plan-chips-harness.html';

async function open(page: Page) {
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(HARNESS);
  await page.evaluate(() => (window as any).planHarness.ready);
  const host = page.locator('toon-plan-chips');
  await expect(host.locator('li.line')).toHaveCount(3);
  return host;
}

const line = (host: Locator, n: number) => host.locator(`li.line[data-line="${n}"]`);
const events = (page: Page) => page.evaluate(() => (window as any).planHarness.events as { type: string; detail: any }[]);

test('renders place, time, cast, objects, carried and unsure slots and words it cannot draw', async ({ page }) => {
  const errors = watchErrors(page);
  const host = await open(page);
  const first = line(host, 1);
  await expect(first.getByRole('button', { name: 'Place: park. Change it' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Time: sunset. Change it' })).toBeVisible();
  await expect(first.getByRole('button', { name: /^Cast: Seoyeon · woman, walking a dog/ })).toBeVisible();
  await expect(first.getByRole('button', { name: /^Cast: dog\./ })).toBeVisible();

  const second = line(host, 2);
  // Place, time and Seoyeon are carried from line 1.
  await expect(second.locator('.chip.place.carried')).toContainText('↳ from line 1');
  await expect(second.locator('.chip.time.carried')).toContainText('↳ from line 1');
  await expect(second.locator('.chip.cast.carried')).toContainText('↳ from line 1');
  await expect(second.getByRole('button', { name: 'Object: cup of coffee, ×2. Change it' })).toBeVisible();
  // The kite was read with 35 % confidence.
  await expect(second.locator('.chip.object.unsure')).toContainText('kite');
  await expect(second.locator('.chip.object.unsure .mark')).toHaveAttribute('title', /unsure of this \(35 %\)/);

  const third = line(host, 3);
  await expect(third.locator('.unknown')).toHaveText(/theremin\s*\(not drawable\)/);
  await expect(third.getByRole('button', { name: 'Time: no time. Change it' })).toBeVisible();
  await expect(third.locator('.chip.time.unsure')).toHaveCount(1);
  // The cast is listed once.
  await expect(host.locator('.cast-list li')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('editing a place chip fires plan-line-edit with the line and the new place, by keyboard too', async ({ page }) => {
  const host = await open(page);
  const chip = line(host, 2).getByRole('button', { name: 'Place: park. Change it' });
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  const select = line(host, 2).locator('.editor select');
  await expect(select).toBeFocused();
  await select.selectOption('beach');
  expect(await events(page)).toEqual([{ type: 'plan-line-edit', detail: { index: 1, text: LINES[1], edit: { setting: 'beach' } } }]);
  // The owner passed the edit back: the chip says beach and is no longer carried; line 1 keeps its park.
  const edited = line(host, 2).getByRole('button', { name: 'Place: beach. Change it' });
  await expect(edited).toBeVisible();
  await expect(line(host, 2).locator('.chip.place')).not.toHaveClass(/carried/);
  await expect(line(host, 1).getByRole('button', { name: 'Place: park. Change it' })).toBeVisible();
  // Escape closes the editor and gives the focus back to the chip.
  await page.keyboard.press('Escape');
  await expect(line(host, 2).locator('.editor')).toHaveCount(0);
  await expect(edited).toBeFocused();

  // Objects: add one, change its count, remove another.
  await line(host, 3).getByRole('button', { name: 'Add an object to line 3' }).click();
  await line(host, 3).locator('.editor select').first().selectOption('pot');
  await line(host, 3).locator('.editor select').nth(1).selectOption('2');
  await line(host, 3).getByRole('button', { name: 'Add', exact: true }).click();
  await expect(line(host, 3).getByRole('button', { name: 'Object: pot of stew, ×2. Change it' })).toBeVisible();
  await line(host, 2).getByRole('button', { name: 'Object: cup of coffee, ×2. Change it' }).click();
  await line(host, 2).getByRole('button', { name: 'Remove cup of coffee from line 2' }).click();
  await expect(line(host, 2).getByRole('button', { name: /^Object: cup of coffee/ })).toHaveCount(0);
  const last = (await events(page)).slice(-2);
  expect(last).toEqual([
    { type: 'plan-line-edit', detail: { index: 2, text: LINES[2], edit: { objects: [{ kind: 'pot', count: 2 }] } } },
    { type: 'plan-line-edit', detail: { index: 1, text: LINES[1], edit: { objects: [{ kind: 'chair', count: 1 }, { kind: 'kite', count: 1 }] } } },
  ]);
});

test('renaming a cast member or changing its kind updates every line', async ({ page }) => {
  const host = await open(page);
  const name = host.locator('.cast-list').getByRole('textbox', { name: 'Name of Seoyeon' });
  await name.fill('Jiwoo');
  await name.press('Enter');
  expect((await events(page)).at(-1)).toEqual({ type: 'plan-cast-edit', detail: { id: 'c1', name: 'Jiwoo' } });
  await expect(line(host, 1).locator('.chip.cast').first()).toContainText('Jiwoo · woman');
  await expect(line(host, 2).locator('.chip.cast').first()).toContainText('Jiwoo · woman');
  await expect(host.locator('.chip.cast', { hasText: 'Seoyeon' })).toHaveCount(0);

  await host.locator('.cast-list').getByRole('combobox', { name: 'Kind of dog (c2)' }).selectOption('cat');
  expect((await events(page)).at(-1)).toEqual({ type: 'plan-cast-edit', detail: { id: 'c2', kind: 'cat' } });
  await expect(line(host, 1).getByRole('button', { name: /^Cast: cat\./ })).toBeVisible();

  // The same fields open from a line's cast chip.
  await line(host, 3).getByRole('button', { name: /^Cast: boy/ }).click();
  const inEditor = line(host, 3).locator('.editor input');
  await expect(inEditor).toBeFocused();
  await inEditor.fill('Minho');
  await inEditor.press('Enter');
  await expect(host.locator('.cast-list li[data-cast="c3"] input')).toHaveValue('Minho');
});

test('renders in Korean and English, and fits an 800-px column without overlapping chips', async ({ page }, info) => {
  const host = await open(page);
  for (const locale of ['ko', 'en'] as const) {
    await page.evaluate((l) => (window as any).planHarness.setLocale(l), locale);
    const ko = locale === 'ko';
    await expect(host.locator('h2')).toHaveText(ko ? '장면 계획' : 'Scene plans');
    await expect(line(host, 1).locator('.chip.place')).toContainText(ko ? '공원' : 'park');
    await expect(line(host, 1).locator('.chip.time')).toContainText(ko ? '해 질 녘' : 'sunset');
    await expect(line(host, 2).locator('.chip.place')).toContainText(ko ? '↳ 1번째 줄에서' : '↳ from line 1');
    await expect(line(host, 3).locator('.unknown')).toContainText(ko ? '그릴 수 없음' : 'not drawable');
    await expect(line(host, 1).getByRole('button', { name: ko ? '장소: 공원. 바꾸기' : 'Place: park. Change it' })).toBeVisible();

    // Open one editor so its layout is checked too.
    await line(host, 2).locator('.chip.object').first().click();
    const boxes = await host.evaluate((el) => {
      const root = el.shadowRoot!;
      const column = el.getBoundingClientRect();
      const rows = Array.from(root.querySelectorAll('.chips')).map((row) =>
        Array.from(row.children).map((c) => {
          const r = c.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, clipped: c.scrollWidth > c.clientWidth + 1 };
        }),
      );
      const editors = Array.from(root.querySelectorAll('.editor, .cast-list li')).map((e) => e.getBoundingClientRect().right);
      return { column: { left: column.left, right: column.right }, rows, editors };
    });
    expect(boxes.column.right - boxes.column.left).toBeLessThanOrEqual(800);
    for (const row of boxes.rows) {
      for (const [i, a] of row.entries()) {
        expect(a.right, `${locale}: a chip runs past the column`).toBeLessThanOrEqual(boxes.column.right + 0.5);
        expect(a.clipped, `${locale}: a chip's text is cut`).toBe(false);
        for (const b of row.slice(i + 1)) {
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${locale}: chips overlap`).toBe(false);
        }
      }
    }
    for (const right of boxes.editors) expect(right).toBeLessThanOrEqual(boxes.column.right + 0.5);
    await page.locator('#column').screenshot({ path: info.outputPath(`plan-chips-${locale}.png`) });
    await page.keyboard.press('Escape');
  }
});

// The studio with a planner that fails.
const STUDIO = '/?suite=toon-mini';
const TWO_LINES = ['Mina flies a kite in the park.', 'She runs home.'];

/** A planner that fails: a fault injected where the text worker would answer. */
async function setFailingSource(page: Page) {
  await page.waitForFunction(() => customElements.get('toon-studio') !== undefined);
  await page.evaluate(() => {
    (document.querySelector('toon-studio') as any).planSource = { planTreatment: () => Promise.reject(new Error('planner broke')) };
  });
}

// The studio with the real planner (chips, a fix saved with the draft, Generate drawing it) is test/e2e/plans.spec.ts.

test('a planner failure is a message; the draft stays and Generate still works', async ({ page }) => {
  await page.goto(STUDIO);
  await setFailingSource(page);
  await page.locator('toon-treatment-editor textarea').fill(TWO_LINES.join('\n'));
  await expect(page.locator('toon-plan-chips [role="alert"]')).toContainText('The scene planner failed (planner broke)');
  await expect(page.locator('toon-message-area')).toContainText('planner broke');
  await expect(page.locator('toon-treatment-editor textarea')).toHaveValue(TWO_LINES.join('\n'));
  await expect(page.getByRole('button', { name: 'Generate strip' })).toBeEnabled({ timeout: 60_000 });
});
