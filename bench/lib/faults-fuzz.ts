// Fuzzed treatments: random Unicode (astral, lone surrogates, combining marks), RTL and bidi controls, zero-width
// characters, 10k-character lines, markup and template syntax, control characters; each pasted into the editor
// (rules, autosave, render), and every `generateEvery`-th drawn as a retrieval strip when Generate allows it.
import type { Browser } from 'playwright-core';
import { createRng, type Rng } from '../../src/core/rng';
import { finishes, generate, openStudio, paste, pickMode, saveStatus, until, watchPage } from './faults-studio';

const MARKUP = ['<script>window.__fuzzRan=1</script>', '<img src=x onerror="window.__fuzzRan=1">', '</textarea><b>bold</b>',
  '${window.__fuzzRan=1}', '{{constructor.constructor("window.__fuzzRan=1")()}}', '<!--', ']]>', '&lt;&amp;&#0;', '"; DROP TABLE drafts; --'];
const RTL = ['مرحبا بالعالم', 'שלום עולם', '\u202Eevil\u202C', '\u2067rtl\u2069', '\u200F', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u180E'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\u000B', '\f', '\r', '\u001B[31m', '\u007F', '\u0085', '\u2028', '\u2029'];
const WORDS = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps.', '🧑‍🤝‍🧑👨‍👩‍👧‍👦🏳️‍🌈', 'Z̷̢̛a̶͓̍l̸̰̈g̵̱̾o̴̺͝', 'ﷺ', '\uD800', '\uDFFF', '𝕋𝕠𝕠𝕟'];

function randomCodePoints(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const plane = rng.weighted([0x80, 0x3000, 0xffff, 0x10ffff], [4, 3, 3, 1]);
    const cp = rng.int(plane);
    s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return s;
}

/** One fuzzed treatment of 1–12 lines, each a mix of the pieces above. */
export function fuzzTreatment(rng: Rng): string {
  const lines: string[] = [];
  for (let l = 0, n = 1 + rng.int(12); l < n; l++) {
    const kind = rng.int(7);
    if (kind === 0) lines.push(randomCodePoints(rng, 1 + rng.int(200)));
    else if (kind === 1 && rng.chance(0.3)) lines.push(rng.pick(WORDS).repeat(Math.ceil(10_000 / 10)).slice(0, 10_000 + rng.int(50)));
    else {
      let line = '';
      for (let p = 0, m = 1 + rng.int(8); p < m; p++) line += rng.pick([MARKUP, RTL, ZERO_WIDTH, CONTROL, WORDS][rng.int(5)]);
      lines.push(line);
    }
  }
  return lines.join(rng.chance(0.2) ? '\r\n' : '\n');
}

export interface FuzzFigures { treatments: number; uncaught: number; consoleErrors: number; markupRan: number; saveFailed: number;
  stripsTried: number; stripsDrawn: number; examples: string[] }

export async function fuzzedTreatments(browser: Browser, baseUrl: string, count: number, generateEvery: number): Promise<FuzzFigures> {
  const rng = createRng(1000);
  const context = await browser.newContext();
  const page = await openStudio(context, baseUrl);
  const watch = watchPage(page);
  const out: FuzzFigures = { treatments: 0, uncaught: 0, consoleErrors: 0, markupRan: 0, saveFailed: 0, stripsTried: 0, stripsDrawn: 0, examples: [] };
  for (let i = 0; i < count; i++) {
    const text = fuzzTreatment(rng);
    const before = watch.uncaught.length;
    await paste(page, text);
    out.treatments++;
    // Wait for this edit's own save (the label says 'Saving…' until then).
    await until(async () => !/Saving/.test((await saveStatus(page).textContent()) ?? ''), 15_000, 50);
    if (/Not saved/.test((await saveStatus(page).textContent()) ?? '')) out.saveFailed++;
    if (i % generateEvery === generateEvery - 1 && (await generate(page).isEnabled())) {
      out.stripsTried++;
      await pickMode(page, 'Retrieval only');
      await generate(page).click();
      if (await finishes(page, undefined, 120_000)) out.stripsDrawn++;
    }
    if (watch.uncaught.length > before && out.examples.length < 3) out.examples.push(`#${i}: ${watch.uncaught[before]}`);
    if ((i + 1) % 100 === 0) console.error(`  fuzz ${i + 1}/${count}: uncaught ${watch.uncaught.length}, strips ${out.stripsDrawn}/${out.stripsTried}`);
  }
  out.markupRan = await page.evaluate(() => ((window as unknown as { __fuzzRan?: number }).__fuzzRan ? 1 : 0));
  out.uncaught = watch.uncaught.length;
  out.consoleErrors = watch.consoleErrors.length;
  await context.close();
  return out;
}
