// Worker terminations in the middle of a diffusion run. Chromium's DevTools protocol cannot close a dedicated
// worker target (Target.closeTarget: "doesn't support closing"), so the bench reaches into the running diffuse
// worker the way a debugger does and ends it with self.close(): from the page it is indistinguishable from a
// worker the browser killed. No hook ships in the app for this.
import type { Browser, Page } from 'playwright-core';
import { alerts, cancel, drawStrip, finishes, generate, openStudio, panel, until, watchPage } from './faults-studio';

export interface WorkerFigures {
  terminations: number;
  /** The run stopped by itself (Generate back) within 30 s of the kill. */
  endedByItself: number;
  /** The run ended only after the author pressed Cancel. */
  endedAfterCancel: number;
  /** The next Generate drew the strip without a reload. */
  nextStripDrawn: number;
  uncaught: number;
  notes: string[];
}

const LINE = ['A cat sleeps.'];

export async function terminationsMidRun(browser: Browser, baseUrl: string, count: number): Promise<WorkerFigures> {
  const out: WorkerFigures = { terminations: 0, endedByItself: 0, endedAfterCancel: 0, nextStripDrawn: 0, uncaught: 0, notes: [] };
  const context = await browser.newContext();
  let page = await openStudio(context, baseUrl);
  let watch = watchPage(page);
  // A first strip loads the diffusion models into Cache Storage; every trial then starts warm.
  if (!(await drawStrip(page, LINE, 'Diffusion', 300_000))) out.notes.push('the warm-up strip was not drawn');
  for (let i = 0; i < count; i++) {
    if (!(await until(() => generate(page).isEnabled(), 60_000))) {
      // The last trial left the studio stuck: start this one from a fresh page so trials stay independent.
      out.uncaught += watch.uncaught.length;
      await page.close();
      page = await openStudio(context, baseUrl);
      watch = watchPage(page);
      if (!(await until(() => generate(page).isEnabled(), 60_000))) { out.notes.push(`trial ${i}: Generate never came back`); continue; }
    }
    await generate(page).click();
    const drawing = await until(async () => /Drawing \d+ \/ \d+/.test((await panel(page, 0).getByTestId('progress').textContent({ timeout: 500 })) ?? ''), 120_000, 50);
    const worker = page.workers().find((w) => w.url().includes('diffuse.worker'));
    if (!drawing || !worker) { out.notes.push(`trial ${i}: no denoising step to interrupt`); continue; }
    await worker.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);
    out.terminations++;
    if (await until(() => generate(page).isEnabled(), 30_000)) out.endedByItself++;
    else {
      await cancel(page).click({ timeout: 5000 }).catch(() => undefined);
      if (await until(() => generate(page).isEnabled(), 30_000)) out.endedAfterCancel++;
      else continue;
    }
    await generate(page).click();
    const drawn = await finishes(page, LINE.length, 180_000);
    if (drawn) out.nextStripDrawn++;
    else if (out.notes.length < 6) out.notes.push(`trial ${i}: next strip not drawn (${(await alerts(page).allTextContents()).slice(-1)[0] ?? 'no alert'})`);
    // Progress on stderr, so a long run shows where it is.
    console.error(`  worker trial ${i + 1}/${count}: ended ${out.endedByItself}, after Cancel ${out.endedAfterCancel}, next strip ${out.nextStripDrawn}`);
  }
  out.uncaught += watch.uncaught.length;
  await context.close();
  return out;
}

export type { Page };
