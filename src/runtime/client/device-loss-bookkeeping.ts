// What a lost GPU device takes with it on the main thread's side: pure, so Node tests can check it.
import type { ModelEntry } from '../../core/manifest';
import type { ModelState } from '../../core/progress';
import { WORKER_OF_TASK, type WorkerKind } from './worker-bridge';

/**
 * Models of the suite that lived in the lost worker and were loaded or loading: they go back to "not loaded".
 * Failed ones keep their reason; models of other workers are untouched (each worker has a device of its own).
 */
export function modelsAfterLoss(
  models: readonly Pick<ModelEntry, 'id' | 'task'>[],
  state: (modelId: string) => ModelState,
  worker: WorkerKind,
): string[] {
  return models
    .filter((m) => m.task !== 'demo' && WORKER_OF_TASK[m.task] === worker)
    .filter((m) => {
      const s = state(m.id).state;
      return s === 'ready' || s === 'downloading';
    })
    .map((m) => m.id);
}
