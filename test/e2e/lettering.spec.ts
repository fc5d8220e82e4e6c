// Lettering in the studio: a treatment with dialogue becomes balloons on its panels (reading order, inside the
// panel), edited in place and dragged; markup typed into a balloon stays text; a balloon's speaker is linked to the
// plans' cast; a 10,000-character balloon is cut with a message; the page controls keep each picture with its scene.
import { expect, test } from '@playwright/test';
import { watchErrors } from './lib/watch-errors';
import {
  balloons, drag, drawStrip, editor, panel, panelSize, pixelsOf, rewrite, saved, shot, shownBalloons, type Shown,
} from './lib/lettering-studio';

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
