// Scene plans of a 64-line treatment: warm time in Debian's Chromium on WASM (the text worker, as the studio runs
// it) and on onnxruntime-node (the CLI), as a ratio in one run. Prints figures; nothing passes or fails on time.
// npm run bench:plans -- [--runs 20] [--lines 64] [--port 4396] [--dist DIR]
//
// Three warm cases, each over `runs` treatments:
//   new lines   — every line one the planner never read (the model reads all of them: what every re-plan cost
//                 before the planner kept its readings, src/features/plans/shared/reading-cache.ts)
//   one edited  — the same treatment with one line changed, as the studio re-plans after a pause in typing
//   unchanged   — the same treatment again (a re-plan that changed nothing, e.g. a line moved)
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

// Lines of mixed lengths in both languages, each with a name slot so that every treatment can be new text
// (a bench input, not an evaluation set).
const TEMPLATES = [
  '{en} walks her dog along the beach at sunset.', '해가 지자 {ko}는 강아지와 함께 집으로 돌아왔다.',
  '{en} and two boys kick a ball in the park.', '부엌에서 {ko}가 팬케이크를 굽고 있다.', '{en} waits for the train with a suitcase.',
  '밤늦게 사무실에서 {ko}가 컴퓨터로 일한다.', "{en}'s cat sleeps on the sofa next to the television.", '{ko}와 친구들은 스키장으로 떠났다.',
];
const EN = [['Ma', 'Ro', 'Ji', 'Ta', 'Le', 'Su', 'Ni', 'Ko', 'Da', 'Be', 'Fi', 'Ha', 'Yu', 'Ze'], ['na', 'mi', 'ra', 'lo', 'sy', 'ka', 'ro', 'ne'], ['', 'h', 'n', 'l'], ['', 'a', 'o', 'i']];
const KO = [['민', '지', '서', '하', '준', '도', '예', '수', '태', '은', '유', '나', '재', '현'], ['지', '연', '윤', '우', '아', '호', '린', '빈'], ['', '이', '희', '영'], ['', '아', '나', '라']];
let serial = 0;
/** A name not used before in this run: one of 14 × 8 × 4 × 4 made-up names per script. */
function nextName(parts: string[][]): string {
  const i = serial;
  return parts[0][i % 14] + parts[1][Math.floor(i / 14) % 8] + parts[2][Math.floor(i / 112) % 4] + parts[3][Math.floor(i / 448) % 4];
}
function newLine(k: number): string {
  const line = TEMPLATES[k % TEMPLATES.length].replace('{en}', nextName(EN)).replace('{ko}', nextName(KO));
  serial++;
  return line;
}
const newTreatment = () => Array.from({ length: count }, (_, i) => newLine(i));
if (count * (runs + 3) + runs > 14 * 8 * 4 * 4) throw new Error('too many lines for the bench\'s made-up names: lower --runs or --lines');

// the same sequence of treatments for both engines
const base = newTreatment();
const cases = {
  'new lines': Array.from({ length: runs }, newTreatment),
  'one edited': Array.from({ length: runs }, (_, r) => base.map((l, i) => (i === (r * 7) % count ? newLine(i) : l))),
  unchanged: Array.from({ length: runs }, () => base),
};
type Win = Window & { harness: PipelineHarness };
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const planner = await nodePlanner('public/models/toon-mini', 1);
const nodeMs: Record<string, number[]> = {};
// one warm-up treatment of its own, then `base` is read once by the 'one edited' case's first run
await planner.planTreatment(newTreatment());
await planner.planTreatment(base);
for (const [name, treatments] of Object.entries(cases)) {
  const before = planner.linesRead;
  nodeMs[name] = [];
  for (const lines of treatments) {
    const t0 = performance.now();
    await planner.planTreatment(lines);
    nodeMs[name].push(performance.now() - t0);
  }
  console.log(`onnxruntime-node: ${name}: the model read ${(planner.linesRead - before) / runs} lines a plan`);
}
const app = await serveApp({ port: num('port', 4396), distDir: distIdx >= 0 ? argv[distIdx + 1] : undefined });
try {
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(`${app.url}test/e2e/pages/pipeline-harness.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
  const info = await page.evaluate(() => (window as unknown as Win).harness.start('wasm'));
  const threads = info.kind === 'wasm' ? `${info.threads} threads` : info.kind;
  const warm = await page.evaluate(([a, b]) => (window as unknown as Win).harness.timePlans(a, [b]), [newTreatment(), base] as const);
  console.log(`${count}-line treatments, ${runs} warm plans per case; browser first call (model load + session) ${warm.firstMs.toFixed(0)} ms`);
  for (const [name, treatments] of Object.entries(cases)) {
    const r = await page.evaluate(([a, t]) => (window as unknown as Win).harness.timePlans(a, t), [[] as string[], treatments] as const);
    console.log(`${name}: browser, WASM (${threads}): ${fmt(r.ms)}`);
    console.log(`${name}: onnxruntime-node, 1 thread: ${fmt(nodeMs[name])}; browser WASM / node: ${(median(r.ms) / median(nodeMs[name])).toFixed(2)}×`);
  }
} finally {
  await app.close();
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
