// Composed panels in the studio, on the trained suite in Chromium: a treatment is generated with the Composed
// source (the default), a panel's layout is edited (drag an item: the depth and the redrawn panel change; undo
// restores), the cast keeps one look in every panel and across a reload, and the character library round trip
// (save, rename, reuse in a new treatment, delete).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { watchErrors } from './lib/watch-errors';

const STUDIO = '/?suite=toon-mini';
const TREATMENT = 'Minji walks her dog in the park.\nMinji reads a book in the living room.';
/** Where screenshots go when a person wants to look at them (never a path written into the repository). */
const SHOTS = process.env.COMPOSER_SHOTS;

const editorText = (page: Page) => page.locator('toon-treatment-editor textarea');
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
const castLook = (page: Page, id: string) => page.locator(`toon-cast-looks li[data-cast-look="${id}"]`);
const generateButton = (page: Page) => page.getByRole('button', { name: 'Generate strip' });

async function shot(target: Page | Locator, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  if ('goto' in target) return void (await target.screenshot({ path: join(SHOTS, name), fullPage: false }));
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await target.screenshot({ path: join(SHOTS, name) });
}

/** A canvas's pixels as a data URL: equal strings, equal pictures. */
const pixelsOf = (canvas: Locator) => canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());

interface StoredComposer {
  looks: Record<string, { variant: number; tone: number; accent: string; size: number }>;
  layouts: Record<string, { scene: { objects: { kind: string; x: number; y: number; castId?: string; accent?: string }[] } }>;
}

/** The draft's composer data and the character library, read from the studio's IndexedDB. */
async function stored(page: Page): Promise<{ composer: StoredComposer; characters: { id: string; name: string; look: unknown }[] }> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('toonsmith');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['drafts', 'characters']);
      const draft = tx.objectStore('drafts').get('current');
      const characters = tx.objectStore('characters').getAll();
      tx.oncomplete = () => {
        resolve({ composer: draft.result?.composer ?? { looks: {}, layouts: {} }, characters: characters.result });
        db.close();
      };
    };
  }));
}

async function typeTreatment(page: Page, text: string): Promise<void> {
  await editorText(page).fill(text);
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText(/Draft saved|Draft restored/);
  // The scene plans name the cast: Generate then composes from them.
  await expect(castLook(page, 'c1')).toBeVisible({ timeout: 90_000 });
}

async function generate(page: Page, panels: number): Promise<void> {
  await expect(generateButton(page)).toBeEnabled({ timeout: 90_000 });
  await generateButton(page).click();
  for (let i = 0; i < panels; i++) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect(generateButton(page)).toBeEnabled();
}

async function openEditor(page: Page, i: number): Promise<Locator> {
  await panel(page, i).locator('[data-action="edit-layout"]').click();
  const editor = panel(page, i).locator('toon-layout-editor');
  await expect(editor.locator('.box').first()).toBeVisible();
  await expect(editor.locator('[data-testid="depth-preview"] canvas')).toBeVisible();
  return editor;
}

/** The panel's layout as its editor holds it. */
const editorLayout = (page: Page, i: number) => panel(page, i).evaluate((el) => {
  const layout = (el as unknown as { editor?: { layout: { scene: { objects: { kind: string; x: number; y: number; depth: number; castId?: string; accent?: string }[] } } } }).editor?.layout;
  return layout ? layout.scene.objects.map((o) => ({ kind: o.kind, x: o.x, y: o.y, depth: o.depth, castId: o.castId, accent: o.accent })) : null;
});

test.describe.configure({ mode: 'serial' });

test('a composed panel is edited: drag moves an item, the depth and the redrawn panel follow, undo restores; looks stay across panels and a reload', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(STUDIO);
  await typeTreatment(page, TREATMENT);
  // Retrieval only: the composed drawing is the panel (diffusion's restyling is the panel flow's unit tests' job).
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  await expect(page.locator('toon-strip-controls').getByRole('radio', { name: 'Composed' })).toBeChecked();
  await generate(page, 2);
  await shot(page, 'composed-strip.png');

  // One look per cast member, the same in both panels.
  const { composer } = await stored(page);
  const look = composer.looks.c1;
  expect(look).toBeDefined();
  for (const i of [0, 1]) {
    const items = (await editorLayout(page, i))!;
    const minji = items.filter((o) => o.castId === 'c1');
    expect(minji.length, `panel ${i + 1} draws Minji`).toBeGreaterThan(0);
    for (const o of minji) expect(o.accent).toBe(look.accent);
  }

  const editor = await openEditor(page, 0);
  const depthCanvas = editor.locator('[data-testid="depth-preview"] canvas');
  const art = panel(page, 0).locator('.art toon-pixels canvas').first();
  const depthBefore = await pixelsOf(depthCanvas);
  const artBefore = await pixelsOf(art);
  const before = (await editorLayout(page, 0))!;
  await shot(editor, 'editor-before.png');

  // Drag the nearest item to the left and down: it moves, comes nearer, and the drawing is composed again.
  const box = editor.locator('.box').last();
  const b = (await box.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  for (let s = 1; s <= 8; s++) await page.mouse.move(b.x + b.width / 2 - s * 12, b.y + b.height / 2 + s * 3);
  await page.mouse.up();
  await expect(editor.locator('.composing')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => pixelsOf(depthCanvas), { timeout: 30_000 }).not.toBe(depthBefore);
  const after = (await editorLayout(page, 0))!;
  expect(after).not.toEqual(before);
  const movedKind = before.at(-1)!.kind;
  const moved = after.find((o) => o.kind === movedKind)!;
  expect(moved.x).toBeLessThan(before.at(-1)!.x);
  await shot(editor, 'editor-after-drag.png');

  // Redraw: the panel is drawn again from the edited layout.
  await editor.locator('[data-action="redraw"]').click();
  await expect(panel(page, 0)).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect.poll(() => pixelsOf(art), { timeout: 30_000 }).not.toBe(artBefore);
  const redrawn = await pixelsOf(art);
  await shot(panel(page, 0), 'panel-redrawn.png');

  // Undo (Ctrl+Z on the stage) restores the layout and its depth.
  const editorAgain = panel(page, 0).locator('toon-layout-editor');
  if (!(await editorAgain.isVisible())) await panel(page, 0).locator('[data-action="edit-layout"]').click();
  await editorAgain.locator('.stage').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editorLayout(page, 0))!.map((o) => [o.kind, o.x, o.y])).toEqual(before.map((o) => [o.kind, o.x, o.y]));
  await expect(editorAgain.locator('.composing')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => pixelsOf(editorAgain.locator('[data-testid="depth-preview"] canvas')), { timeout: 30_000 }).toBe(depthBefore);
  // …and redo brings the edit back; the draft keeps it.
  await editorAgain.locator('[data-action="redo"]').click();
  await expect.poll(async () => (await editorLayout(page, 0))!.find((o) => o.kind === movedKind)!.x).toBe(moved.x);
  await expect.poll(async () => Object.keys((await stored(page)).composer.layouts)).toContain('Minji walks her dog in the park.');
  expect(redrawn).not.toBe(artBefore);

  // A reload keeps the edited layout and the looks: the next Generate draws the edited layout, Minji as she was.
  await page.reload();
  await expect(editorText(page)).toHaveValue(TREATMENT);
  const kept = await stored(page);
  expect(kept.composer.looks.c1).toEqual(look);
  expect(kept.composer.layouts['Minji walks her dog in the park.'].scene.objects.find((o) => o.kind === movedKind)!.x).toBe(moved.x);
  await expect(castLook(page, 'c1')).toBeVisible({ timeout: 90_000 });
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  await generate(page, 2);
  const again = (await editorLayout(page, 0))!;
  expect(again.find((o) => o.kind === movedKind)!.x).toBe(moved.x);
  for (const i of [0, 1]) for (const o of (await editorLayout(page, i))!.filter((x) => x.castId === 'c1')) expect(o.accent).toBe(look.accent);
});

test('the character library: save a look, rename, reuse it in a new treatment, delete', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(STUDIO);
  await typeTreatment(page, 'Minji walks her dog in the park.');
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  await generate(page, 1);
  const member = castLook(page, 'c1');
  // Another look first, so the saved look is one the name alone would not give.
  const lookBefore = (await stored(page)).composer.looks.c1;
  await member.locator('[data-action="another-look"]').click();
  await expect.poll(async () => (await stored(page)).composer.looks.c1).not.toEqual(lookBefore);
  const chosen = (await stored(page)).composer.looks.c1;
  await member.locator('[data-action="save-look"]').click();
  await expect.poll(async () => (await stored(page)).characters.map((c) => c.name)).toEqual(['Minji']);
  expect((await stored(page)).characters[0].look).toEqual(chosen);
  await expect(member.locator('[data-testid="from-library"]')).toBeVisible();
  await shot(page.locator('toon-cast-looks'), 'cast-looks.png');

  // Rename in the library dialog.
  await page.locator('toon-cast-looks [data-action="open-library"]').click();
  const dialog = page.locator('toon-cast-looks dialog[data-testid="character-library"]');
  await expect(dialog).toBeVisible();
  const name = dialog.locator('li[data-character="Minji"] input');
  await name.fill('Jisu');
  await name.press('Enter');
  await expect.poll(async () => (await stored(page)).characters.map((c) => c.name)).toEqual(['Jisu']);
  await shot(dialog, 'library-dialog.png');
  await dialog.locator('[data-action="close-library"]').click();

  // Minji (still cast member c1 here) changes look again; the library's Jisu keeps hers.
  await member.locator('[data-action="another-look"]').click();
  await expect.poll(async () => (await stored(page)).composer.looks.c1).not.toEqual(chosen);

  // A new treatment that names Jisu (cast member c1 too) draws her in the library's look, not the draft's c1.
  await typeTreatment(page, 'Jisu runs on the beach.');
  await generate(page, 1);
  await expect.poll(async () => (await stored(page)).composer.looks.c1).toEqual(chosen);
  for (const o of (await editorLayout(page, 0))!.filter((x) => x.castId === 'c1')) expect(o.accent).toBe(chosen.accent);

  // Delete: the library is empty again.
  await page.locator('toon-cast-looks [data-action="open-library"]').click();
  await dialog.locator('li[data-character="Jisu"] [data-action="delete-character"]').click();
  await expect.poll(async () => (await stored(page)).characters.length).toBe(0);
  await expect(dialog.locator('li')).toHaveCount(0);
});

test('a composed diffusion panel: the models restyle the drawing, which stays one of the variants', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = watchErrors(page);
  await page.goto(STUDIO);
  await typeTreatment(page, 'Jisu runs on the beach.');
  await expect(page.locator('toon-strip-controls').getByRole('radio', { name: 'Diffusion' })).toBeChecked();
  await generate(page, 1);
  const variants = panel(page, 0).getByRole('radio', { name: /Variant/ });
  // The suite's two diffusion variants, then the composed drawing itself.
  await expect(variants).toHaveCount(3);
  const art = panel(page, 0).locator('.art toon-pixels canvas').first();
  const size = await art.evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
  expect(size).toEqual([800, 800]);
  const restyled = await pixelsOf(art);
  await variants.nth(2).check();
  await expect.poll(() => pixelsOf(art)).not.toBe(restyled);
  await expect(panel(page, 0).getByTestId('composed')).toBeVisible();
  await shot(panel(page, 0), 'diffusion-composed.png');
  await variants.nth(0).check();
  await shot(panel(page, 0), 'diffusion-restyled.png');
  // Its variants went through the guided upscaler, following the drawing's edges (a failed upscale would warn).
  await expect(page.locator('toon-models-panel li[data-model="upscaler_guided"]')).toHaveAttribute('data-state', 'ready');
  expect(errors).toEqual([]);
});

test('in Korean: the catalogue search finds 개, the item is added, Delete removes it, the place changes', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(STUDIO);
  await page.getByTestId('language-switch').getByRole('button', { name: '한국어' }).click();
  await editorText(page).fill('민지가 공원에서 걷는다.');
  await expect(castLook(page, 'c1')).toBeVisible({ timeout: 90_000 });
  await page.locator('toon-strip-controls').getByRole('radio', { name: '검색만' }).check();
  await page.getByRole('button', { name: '스트립 그리기' }).click();
  await expect(panel(page, 0)).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await panel(page, 0).getByRole('button', { name: '구도 편집' }).click();
  const editor = panel(page, 0).locator('toon-layout-editor');
  const boxes = editor.locator('.box');
  const count = await boxes.count();
  await editor.locator('[data-control="add-search"]').fill('개');
  await editor.locator('[data-add="dog"]').click();
  await expect(boxes).toHaveCount(count + 1);
  const dog = editor.locator('.box[data-kind="dog"]');
  await expect(dog).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.locator('.composing')).toHaveCount(0, { timeout: 30_000 });
  await shot(editor, 'editor-ko-dog.png');
  await editor.locator('.stage').focus();
  await page.keyboard.press('Delete');
  await expect(boxes).toHaveCount(count);
  await editor.locator('[data-control="setting"]').selectOption('beach');
  await expect.poll(() => panel(page, 0).evaluate((el) => (el as unknown as { editor: { layout: { scene: { setting: string } } } }).editor.layout.scene.setting)).toBe('beach');
  await expect(editor.locator('.composing')).toHaveCount(0, { timeout: 30_000 });
  await shot(editor, 'editor-ko-beach.png');
});
