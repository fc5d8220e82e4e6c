// One model load's row state, from its progress events to its end.
import type { ModelState, ProgressEvent } from '../../core/progress';

/**
 * Comlink delivers a worker's progress callbacks on their own MessagePort, so a file's last "progress" can arrive
 * after the load's reply: once the load has settled, its progress no longer moves the row (else a loaded model
 * reads "downloading 100 %" for good, and the studio waits on it).
 */
export class LoadTracker {
  private readonly loadedByFile = new Map<string, number>();
  private settled = false;

  constructor(private readonly totalBytes: number, private readonly setState: (state: ModelState) => void) {}

  progress(event: ProgressEvent): void {
    if (this.settled || event.status !== 'progress') return;
    this.loadedByFile.set(event.file, event.loaded);
    const loaded = [...this.loadedByFile.values()].reduce((a, b) => a + b, 0);
    const percent = this.totalBytes > 0 ? Math.min(100, Math.round((100 * loaded) / this.totalBytes)) : 100;
    this.setState({ state: 'downloading', percent });
  }

  settle(state: ModelState): void {
    this.settled = true;
    this.setState(state);
  }
}
