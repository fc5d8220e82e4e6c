// Writes (or with --check, verifies) the demo model and its reference outputs.
// Usage: tsx tools/onnx-graph/cli.ts [--check]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tinyMlpBytes } from './tiny-mlp';
import { TINY_MLP_PATH } from './paths';
import { computeReference, maxAbsDiff, REFERENCE_PATH, type TinyMlpReference } from './reference';


async function main(check: boolean): Promise<void> {
  const bytes = tinyMlpBytes();
  const fresh = await computeReference(bytes);
  if (check) {
    const committed = await readFile(TINY_MLP_PATH);
    if (!Buffer.from(bytes).equals(committed)) throw new Error(`${TINY_MLP_PATH} differs from what tools/onnx-graph generates; run npm run demo-model`);
    const stored = JSON.parse(await readFile(REFERENCE_PATH, 'utf8')) as TinyMlpReference;
    // Native ORT builds may differ in the last bits, so the outputs are compared with a tolerance.
    const diff = maxAbsDiff(stored.output, fresh.output);
    if (stored.input.data.join() !== fresh.input.data.join() || !(diff < 1e-5)) throw new Error(`${REFERENCE_PATH} is stale (max diff ${diff}); run npm run demo-model`);
    console.log(`ok: ${TINY_MLP_PATH} (${bytes.length} bytes) and ${REFERENCE_PATH} match`);
    return;
  }
  await mkdir(dirname(TINY_MLP_PATH), { recursive: true });
  await writeFile(TINY_MLP_PATH, bytes);
  await mkdir(dirname(REFERENCE_PATH), { recursive: true });
  await writeFile(REFERENCE_PATH, JSON.stringify(fresh, null, 1) + '\n');
  console.log(`wrote ${TINY_MLP_PATH} (${bytes.length} bytes) and ${REFERENCE_PATH}`);
}

main(process.argv.includes('--check')).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
