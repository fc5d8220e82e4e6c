// The upscaler's pair tool: same (seed, index) → same bytes, the four styles in turn, and clear refusals.
import { describe, expect, it } from 'vitest';
import { scenePair } from '../../../tools/dataset/upscale/pairs';
import { parsePairsArgs } from '../../../tools/dataset/upscale/pairs-cli';

describe('upscale pairs', () => {
  it('renders one scene at both sizes, deterministically, styles cycling', () => {
    const a = scenePair(5, 2, 32, 128), b = scenePair(5, 2, 32, 128);
    expect(a.lo.length).toBe(32 * 32 * 3);
    expect(a.hi.length).toBe(128 * 128 * 3);
    expect(Buffer.from(a.hi).equals(Buffer.from(b.hi))).toBe(true);
    expect([0, 1, 2, 3].map((i) => scenePair(5, i, 16, 32).style)).toEqual(['ink', 'pastel', 'screentone', 'manga']);
    expect(Buffer.from(scenePair(6, 2, 32, 128).lo).equals(Buffer.from(a.lo))).toBe(false);
  });

  it('refuses a non-integer factor, one seed for both splits, and unknown options', () => {
    expect(parsePairsArgs([]).high).toBe(512);
    expect(() => parsePairsArgs(['--high', '800'])).toThrow(/multiple of --low/); // 800 = ×6.25
    expect(() => parsePairsArgs(['--train-seed', '3', '--test-seed', '3'])).toThrow(/must differ/);
    expect(() => parsePairsArgs(['--count', '3'])).toThrow(/unknown option --count/);
  });
});
