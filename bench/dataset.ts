// Prints ToonScenes build throughput (scenes/second) for the full build at 64 + 128 px.
// usage: npm run bench:dataset -- [count] [workers]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeDataset } from '../tools/dataset/output/writer.js';

const count = Number(process.argv[2] ?? 2000);
const workers = Number(process.argv[3] ?? availableParallelism());
const out = mkdtempSync(join(tmpdir(), 'toonscenes-bench-'));
try {
  const summary = await writeDataset({
    count, seed: 1, out, sizes: [64, 128], workers, stories: 0, gallery: Math.min(2000, count), contact: 24,
    workerEntry: resolve('tools/dataset/cli.ts'),
  });
  const rate = count / summary.seconds; // whole build: scenes, gallery, contact sheet, card
  console.log(`ToonScenes build: ${count} scenes at 64+128 px, ${workers} worker(s), ${availableParallelism()} CPU(s)`);
  console.log(`  ${summary.seconds.toFixed(1)} s, ${rate.toFixed(1)} scenes/s` +
    ` → 50,000 scenes in ~${(50000 / rate / 60).toFixed(1)} min (stories not included)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
