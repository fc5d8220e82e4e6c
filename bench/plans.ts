// Scene plans of a 64-line treatment: warm time in Debian's Chromium on WASM (the text worker, as the studio runs
// it) and on onnxruntime-node (the CLI), as a ratio in one run. Prints figures; nothing passes or fails on time.
// npm run bench:plans -- [--runs 20] [--lines 64] [--port 4396] [--dist DIR]
import { loadavg } from 'node:os';
import type { PipelineHarness } from '../test/e2e/pages/pipeline-harness';
import { nodePlanner } from '../tools/cli/node-planner';
import { serveApp } from './lib/served-app';
import { median } from './lib/top-k-timing';

const argv = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(argv[i + 1]);
};
const runs = num('runs', 20);
const count = num('lines', 64);
const distIdx = argv.indexOf('--dist');

// A treatment of mixed lengths in both languages, cycled to `count` lines (a bench input, not an evaluation set).
const BASE = [
  'Mina walks her dog along the beach at sunset.', '해가 지자 민지는 강아지와 함께 집으로 돌아왔다.',
  'Two boys kick a ball in the park.', '부엌에서 아빠가 팬케이크를 굽고 있다.', 'He waits for the train with a suitcase.',
  '밤늦게 사무실에서 지훈이가 컴퓨터로 일한다.', 'A cat sleeps on the sofa next to the television.', '그들은 스키장으로 떠났다.',
];
const lines = Array.from({ length: count }, (_, i) => BASE[i % BASE.length]);
type Win = Window & { harness: PipelineHarness };
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const planner = await nodePlanner('public/models/toon-mini', 1);
await planner.planTreatment(lines);
const nodeMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await planner.planTreatment(lines);
  nodeMs.push(performance.now() - t0);
}
const app = await serveApp({ port: num('port', 4396), distDir: distIdx >= 0 ? argv[distIdx + 1] : undefined });
try {
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(`${app.url}test/e2e/pages/pipeline-harness.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
  const info = await page.evaluate(() => (window as unknown as Win).harness.start('wasm'));
  const r = await page.evaluate(([l, n]) => (window as unknown as Win).harness.timePlans(l, n), [lines, runs] as const);
  console.log(`${count}-line treatment, ${runs} warm runs each`);
  console.log(`browser, WASM (${info.kind === 'wasm' ? `${info.threads} threads` : info.kind}): first call (model load + session) ${r.firstMs.toFixed(0)} ms; warm ${fmt(r.ms)}`);
  console.log(`onnxruntime-node, 1 thread: warm ${fmt(nodeMs)}`);
  console.log(`browser WASM / node: ${(median(r.ms) / median(nodeMs)).toFixed(2)}×`);
} finally {
  await app.close();
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
