import { describe, expect, it } from 'vitest';
import type { BackendInfo, ModelState } from '../../../src/core/progress';
import { LoadTracker } from '../../../src/runtime/client/load-tracker';

const wasm: BackendInfo = { kind: 'wasm', threads: 2, simd: true, crossOriginIsolated: true, reason: 'no-webgpu' };
const progress = (file: string, loaded: number) => ({ status: 'progress' as const, model: 'depth', file, loaded, total: loaded, progress: 100 });

describe('LoadTracker', () => {
  it('sums the files into one percentage of the model', () => {
    const states: ModelState[] = [];
    const tracker = new LoadTracker(400, (s) => states.push(s));
    tracker.progress(progress('a.onnx', 100));
    tracker.progress(progress('b.json', 100));
    tracker.progress(progress('a.onnx', 300));
    tracker.progress({ status: 'done', model: 'depth', file: 'a.onnx', fromCache: false });
    expect(states).toEqual([{ state: 'downloading', percent: 25 }, { state: 'downloading', percent: 50 }, { state: 'downloading', percent: 100 }]);
  });

  it('keeps a loaded model ready when a file\'s last progress arrives after the load\'s reply', () => {
    const states: ModelState[] = [];
    const tracker = new LoadTracker(100, (s) => states.push(s));
    tracker.progress(progress('a.onnx', 50));
    tracker.settle({ state: 'ready', backend: wasm });
    tracker.progress(progress('a.onnx', 100));
    expect(states.at(-1)).toEqual({ state: 'ready', backend: wasm });
    expect(states).toHaveLength(2);
  });

  it('keeps a failed or abandoned load as it ended', () => {
    const states: ModelState[] = [];
    const tracker = new LoadTracker(100, (s) => states.push(s));
    tracker.settle({ state: 'not-loaded' });
    tracker.progress(progress('a.onnx', 100));
    expect(states).toEqual([{ state: 'not-loaded' }]);
  });
});
