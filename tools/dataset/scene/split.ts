// Train/val/test assignment by scene, from the seed alone (so workers and tests agree).
import { deriveSeed } from '../../../src/core/rng.js';

export type Split = 'train' | 'val' | 'test';
export const SPLITS: readonly Split[] = ['train', 'val', 'test'];

const SPLIT_STREAM = 0x5b117;

export function splitOf(seed: number, index: number): Split {
  const r = deriveSeed(seed, index, SPLIT_STREAM) / 4294967296;
  return r < 0.9 ? 'train' : r < 0.95 ? 'val' : 'test';
}

export function sceneId(index: number): string {
  return `s${String(index).padStart(7, '0')}`;
}

export function splitCounts(seed: number, count: number): Record<Split, number> {
  const counts: Record<Split, number> = { train: 0, val: 0, test: 0 };
  for (let i = 0; i < count; i++) counts[splitOf(seed, i)]++;
  return counts;
}
