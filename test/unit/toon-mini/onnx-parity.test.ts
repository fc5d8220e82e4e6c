// Each exported toon-mini ONNX file (towers, DCGAN, depth) against the PyTorch outputs
// stored when it was exported: onnxruntime-node must agree within the fixture's tolerance.
import { describe, it } from 'vitest';
import { expectFixtureParity } from './parity-fixture';

const FIXTURES = ['text-encoder', 'vision-encoder', 'gan-generator', 'depth-estimator'];

describe('toon-mini ONNX parity with PyTorch', () => {
  for (const name of FIXTURES) {
    it(name, () => expectFixtureParity(name));
  }
});
