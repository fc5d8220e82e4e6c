// Reloads in the middle of typing: the page is reloaded while keystrokes are still arriving, and the draft it
// restores is compared with the last text the textarea held before the reload.
import type { Browser } from 'playwright-core';
import { createRng } from '../../src/core/rng';
import { editor, openStudio, watchPage } from './faults-studio';

/** lost: the restored draft lacks text the textarea held (emptied: nothing came back; olderText: an earlier save did). */
export interface DraftFigures { reloads: number; lost: number; emptied: number; olderText: number; uncaught: number; examples: string[] }

export async function reloadsWhileTyping(browser: Browser, baseUrl: string, reloads: number, seed = 14): Promise<DraftFigures> {
  const rng = createRng(seed);
  const context = await browser.newContext();
  let typed = '';
  // Every input event, seen by the page itself: the truth about what the author had typed when the reload hit.
  await context.exposeBinding('__typed', (_source, value: string) => void (typed = value));
  await context.addInitScript(() => {
    document.addEventListener('input', (e) => {
      const target = e.composedPath()[0];
      if (target instanceof HTMLTextAreaElement) (window as unknown as { __typed(v: string): void }).__typed(target.value);
    }, true);
  });
  const page = await openStudio(context, baseUrl);
  const watch = watchPage(page);
  const out: DraftFigures = { reloads, lost: 0, emptied: 0, olderText: 0, uncaught: 0, examples: [] };
  for (let i = 0; i < reloads; i++) {
    await editor(page).click();
    await page.keyboard.press('Control+End');
    const words = `${i % 8 === 0 ? '\n' : ' '}${i % 2 ? '민지가' : 'cat'}${i}${'abcdefghij'.slice(0, 1 + rng.int(9))}`;
    // Keystrokes 5–40 ms apart, and the reload 30–700 ms in: before, during and after the 400 ms autosave delay.
    const typing = page.keyboard.type(words, { delay: 5 + rng.int(36) }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 30 + rng.int(671)));
    const before = typed;
    await page.reload();
    await typing;
    await editor(page).waitFor();
    const restored = await waitForValue(page, before);
    // Keystrokes can still land between reading `before` and the reload: more text than that is no loss.
    if (!restored.startsWith(before)) {
      out.lost++;
      if (restored === '') out.emptied++;
      else out.olderText++;
      if (out.examples.length < 3) out.examples.push(`reload ${i}: had ${JSON.stringify(before.slice(-30))}, got ${JSON.stringify(restored.slice(-30))}`);
    }
    typed = restored;
  }
  out.uncaught = watch.uncaught.length;
  await context.close();
  return out;
}

/** The editor's value once the restore settles (or after 5 s). */
async function waitForValue(page: import('playwright-core').Page, want: string): Promise<string> {
  const end = Date.now() + 5000;
  let value = '';
  while (Date.now() < end) {
    value = await editor(page).inputValue();
    if (value === want) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return value;
}
