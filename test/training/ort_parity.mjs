// Runs ONNX parity fixtures with onnxruntime-node (Python's onnxruntime is absent on the CPU machines).
// usage: node test/training/ort_parity.mjs MODELS_ROOT FIXTURE.json...  -> one JSON line per output; exit 1 on a miss
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ort from 'onnxruntime-node';

function toTensor(spec) {
  const data = spec.type === 'int64' ? BigInt64Array.from(spec.data.map((v) => BigInt(v))) : Float32Array.from(spec.data);
  return new ort.Tensor(spec.type, data, spec.dims);
}

function compare(got, want) {
  let dot = 0, na = 0, nb = 0, maxAbs = 0;
  for (let i = 0; i < want.length; i++) {
    dot += got[i] * want[i]; na += got[i] * got[i]; nb += want[i] * want[i];
    maxAbs = Math.max(maxAbs, Math.abs(got[i] - want[i]));
  }
  return { cosine: dot / (Math.sqrt(na * nb) || 1), maxAbs };
}

const [root, ...fixtures] = process.argv.slice(2);
let failed = false;
for (const file of fixtures) {
  const fx = JSON.parse(readFileSync(file, 'utf8'));
  const session = await ort.InferenceSession.create(join(root, fx.model));
  const feeds = Object.fromEntries(Object.entries(fx.inputs).map(([k, v]) => [k, toTensor(v)]));
  const out = await session.run(feeds);
  for (const [name, want] of Object.entries(fx.outputs)) {
    const got = out[name];
    const shapeOk = JSON.stringify(Array.from(got.dims)) === JSON.stringify(want.dims);
    const { cosine, maxAbs } = compare(got.data, want.data);
    const ok = shapeOk && cosine >= fx.tolerance.cosine && maxAbs <= fx.tolerance.max_abs;
    failed ||= !ok;
    console.log(JSON.stringify({ fixture: file, output: name, dims: Array.from(got.dims), cosine, maxAbs, ok }));
  }
  await session.release();
}
process.exit(failed ? 1 : 0);
