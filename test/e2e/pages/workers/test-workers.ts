// The model workers with test-only calls (raw runs, a chosen denoise loop), for ModelHost's `workers` option.
import { APP_WORKERS, WorkerBridge, type WorkerFactories } from '../../../../src/runtime/client/worker-bridge';

// Vite bundles a worker only from a literal `new URL(..., import.meta.url)` inside `new Worker(...)`.
export const TEST_WORKERS: WorkerFactories = {
  ...APP_WORKERS,
  text: () => new WorkerBridge(new Worker(new URL('./text.worker.ts', import.meta.url), { type: 'module', name: 'text' })),
  image: () => new WorkerBridge(new Worker(new URL('./image.worker.ts', import.meta.url), { type: 'module', name: 'image' })),
  gan: () => new WorkerBridge(new Worker(new URL('./gan.worker.ts', import.meta.url), { type: 'module', name: 'gan' })),
  diffuse: () => new WorkerBridge(new Worker(new URL('./diffuse.worker.ts', import.meta.url), { type: 'module', name: 'diffuse' })),
};
