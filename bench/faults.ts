// Fault figures for the studio in Debian's Chromium (WASM): reloads while typing, worker terminations mid-diffusion,
// corrupted model files in Cache Storage, an exhausted storage quota, and fuzzed treatments. It prints counts;
// nothing passes or fails. npm run bench:faults -- [--quick] [--only drafts,workers,cache,quota,fuzz] [--port 4392]
import { cpus, loadavg } from 'node:os';
import { serveApp } from './lib/served-app';
import { launchWasmBrowser } from './lib/faults-studio';
import { reloadsWhileTyping } from './lib/faults-drafts';
import { terminationsMidRun } from './lib/faults-workers';
import { corruptedCacheEntries, quotaExhausted } from './lib/faults-storage';
import { fuzzedTreatments } from './lib/faults-fuzz';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const opt = (name: string) => { const i = argv.indexOf(`--${name}`); return i < 0 ? undefined : argv[i + 1]; };
const only = new Set<string>((opt('only') ?? 'drafts,workers,cache,quota,fuzz').split(','));
const port = Number(opt('port') ?? 4392);
const N = quick ? { reloads: 10, kills: 3, corrupt: 4, fuzz: 60, fuzzStripEvery: 20 } : { reloads: 100, kills: 50, corrupt: 20, fuzz: 1000, fuzzStripEvery: 50 };

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const show = (title: string, figures: object) => console.log(`\n## ${title} (at ${elapsed()})\n${JSON.stringify(figures, null, 2)}`);

console.log(`bench:faults ${quick ? '--quick ' : ''}on ${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const app = await serveApp({ port });
const browser = await launchWasmBrowser();
try {
  const scenarios: Record<string, () => Promise<void>> = {
    drafts: async () => show(`${N.reloads} reloads in the middle of typing`, await reloadsWhileTyping(browser, app.url, N.reloads)),
    workers: async () => show(`${N.kills} diffuse-worker terminations in the middle of a diffusion run`, await terminationsMidRun(browser, app.url, N.kills)),
    cache: async () => show(`${N.corrupt} corrupted model files in Cache Storage`, await corruptedCacheEntries(browser, app.url, N.corrupt)),
    quota: async () => {
      for (const bytes of [1, 4 * 1024 * 1024]) show(`storage quota cut to ${bytes} bytes on a first visit`, await quotaExhausted(browser, app.url, bytes));
    },
    fuzz: async () => show(`${N.fuzz} fuzzed treatments`, await fuzzedTreatments(browser, app.url, N.fuzz, N.fuzzStripEvery)),
  };
  // In the order --only names them.
  for (const name of only) await scenarios[name]?.();
} finally {
  await browser.close();
  await app.close();
}
console.log(`\ndone in ${elapsed()}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
