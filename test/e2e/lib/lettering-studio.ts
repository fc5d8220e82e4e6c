// The lettering specs' shared steps: the studio on the trained suite, a treatment with dialogue drawn as a
// retrieval strip, and how a test reads, drags and rewrites the balloons the layer shows.
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Retrieval-only strips on the trained suite are the quickest to draw.
export const STUDIO = '/?suite=toon-mini';
export const TREATMENT = [
  '민지가 비 오는 골목을 뛰어간다.',
  '  민지: "같이 가!!"',
  '  [그날 저녁]',
  'A cat sleeps on the classroom desk.',
  '  Mina: "Wake up, cat. The bell rang a long time ago."',
  '  Mr Kim: (Let it sleep.)',
  '  *zzz*',
].join('\n');
/** Where the screenshots go when a person wants to look at them (never a path written into the repository). */
export const SHOTS = process.env.LETTERING_SHOTS;

export const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
export const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
export const balloons = (page: Page, i: number) => panel(page, i).locator('toon-balloon-layer g.balloon');
export const saved = (page: Page) => expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText(/Draft saved|Draft restored/);

export interface Shown {
  id: string;
  text: string;
  box: { x: number; y: number; w: number; h: number };
}

/** A panel's balloons as the layer shows them: id, words and box in panel pixels. */
export async function shownBalloons(page: Page, i: number): Promise<Shown[]> {
  return balloons(page, i).evaluateAll((gs) =>
    gs.map((g) => {
      const hit = g.querySelector('rect.hit')!;
      const n = (a: string) => Number(hit.getAttribute(a));
      return { id: g.getAttribute('data-balloon-id')!, text: g.querySelector('text')!.textContent ?? '', box: { x: n('x'), y: n('y'), w: n('width'), h: n('height') } };
    }),
  );
}

/** The layer's panel size in page pixels (its SVG viewBox). */
export async function panelSize(page: Page, i: number): Promise<{ width: number; height: number }> {
  const box = await panel(page, i).locator('toon-balloon-layer svg.layer').getAttribute('viewBox');
  const [, , width, height] = (box ?? '').split(' ').map(Number);
  return { width, height };
}

export async function shot(target: Page | Locator, name: string): Promise<void> {
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

export async function drawStrip(page: Page): Promise<void> {
  await page.goto(STUDIO);
  await editor(page).fill(TREATMENT);
  await saved(page);
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  // The gallery's scenes (these specs keep each panel's reference scene); composed panels have their own spec.
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Gallery' }).check();
  const generate = page.getByRole('button', { name: 'Generate strip' });
  await expect(generate).toBeEnabled({ timeout: 60_000 });
  await generate.click();
  for (const i of [0, 1]) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(generate).toBeEnabled();
}

/** Drags with the mouse from an element's centre by (dx, dy) CSS px, in steps as a hand would. */
export async function drag(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let s = 1; s <= 8; s++) await page.mouse.move(x + (dx * s) / 8, y + (dy * s) / 8);
  await page.mouse.up();
}

/** Replaces a balloon's words in place: double-click, type, Enter. */
export async function rewrite(page: Page, balloon: Locator, words: string): Promise<void> {
  await balloon.dblclick();
  const box = page.locator('toon-balloon-layer [data-testid="balloon-editor"]');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(words);
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
}

export const pixelsOf = (p: Locator) => p.locator('.art canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

/** Width and height from a JPEG's start-of-frame marker; throws when the bytes are not a JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
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
