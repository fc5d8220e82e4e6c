// The shipped scene planner against PyTorch: the TypeScript features of the fixture's lines equal the ones
// PyTorch was fed, and onnxruntime-node reproduces the stored probabilities.
import { describe, expect, it } from 'vitest';
import { charFeatures, FEATURES_PER_CHAR, planChars } from '../../../src/features/plans/shared/char-features';
import { parsePlannerConfig } from '../../../src/features/plans/shared/planner-config';
import { expectFixtureParity, readJson } from '../toon-mini/parity-fixture';

interface PlannerFixture { lines: string[]; inputs: { features: { dims: number[]; data: number[] } } }

describe('scene planner parity with PyTorch', () => {
  const fx = readJson<PlannerFixture>('test/fixtures/toon-mini/scene-planner.json');
  const config = parsePlannerConfig(readJson('public/models/toon-mini/scene_planner/config.json'));

  it('char features match training/plans/features.py', () => {
    const [, L] = fx.inputs.features.dims;
    fx.lines.forEach((line, b) => {
      const chars = planChars(line);
      const got = Array.from(charFeatures(chars, config.vocab));
      const want = fx.inputs.features.data.slice(b * L * FEATURES_PER_CHAR, (b * L + chars.length) * FEATURES_PER_CHAR);
      expect(got).toEqual(want);
    });
  });

  it('onnxruntime-node reproduces the probabilities', () => expectFixtureParity('scene-planner'));
});
