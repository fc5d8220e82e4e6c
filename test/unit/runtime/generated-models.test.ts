// The committed manifest and demo model must be exactly what the repo's scripts generate.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildManifest, formatManifest } from '../../../tools/manifest/build';
import { tinyMlpBytes } from '../../../tools/onnx-graph/tiny-mlp';
import { computeReference, maxAbsDiff, REFERENCE_PATH, type TinyMlpReference } from '../../../tools/onnx-graph/reference';
import { TINY_MLP_PATH } from '../../../tools/onnx-graph/paths';

describe('generated model files', () => {
  it('manifest.json is up to date with the suite.json files (npm run manifest -- --check)', async () => {
    expect(readFileSync('public/models/manifest.json', 'utf8')).toBe(formatManifest(await buildManifest()));
  });

  it('the demo model is byte for byte what tools/onnx-graph writes', () => {
    expect(Buffer.from(tinyMlpBytes()).equals(readFileSync(TINY_MLP_PATH))).toBe(true);
  });

  it('the reference outputs match onnxruntime-node on the committed model', async () => {
    const stored = JSON.parse(readFileSync(REFERENCE_PATH, 'utf8')) as TinyMlpReference;
    const fresh = await computeReference(readFileSync(TINY_MLP_PATH));
    expect(fresh.input.data).toEqual(stored.input.data);
    expect(maxAbsDiff(stored.output, fresh.output)).toBeLessThan(1e-5);
    // Not a constant model: outputs vary across the batch and channels.
    expect(new Set(fresh.output.data.map((v) => v.toFixed(3))).size).toBeGreaterThan(10);
  });
});
