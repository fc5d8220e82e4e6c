// A model worker that ends without a word (killed by the browser, or closed from a debugger) would leave its calls
// waiting forever. Each worker holds a Web Lock named by the page for its whole life; the page queues for the same
// lock, which the browser grants only once the worker's context is gone. (MessagePort 'close' is not in Chromium yet.)

export const LIFELINE_TAG = 'toonsmithLifeline';
const HELD_TAG = 'toonsmithLifelineHeld';
/** The DeviceLoss reason the bridge reports for a worker that ended, so the existing loss path recovers it. */
export const WORKER_ENDED = 'worker-ended';

interface LockScope {
  addEventListener(type: 'message', cb: (e: MessageEvent) => void): void;
  postMessage(message: unknown): void;
}

let count = 0;
const tag = (data: unknown, key: string) => (data as Record<string, unknown> | null | undefined)?.[key];

/** Page side: calls onEnded once the worker has ended (also after terminate(): the caller tells the two apart). */
export function watchLifeline(worker: LockScope, onEnded: () => void): void {
  const locks = globalThis.navigator?.locks;
  if (!locks) return;
  const name = `toonsmith-worker-${Date.now()}-${++count}-${Math.random().toString(36).slice(2)}`;
  worker.addEventListener('message', (event) => {
    if (tag(event.data, HELD_TAG) === name) void locks.request(name, () => onEnded());
  });
  worker.postMessage({ [LIFELINE_TAG]: name });
}

/** Worker side: takes the page's lock and never lets go; the browser frees it when this worker ends. */
export function holdLifeline(scope: LockScope): void {
  scope.addEventListener('message', (event) => {
    const name = tag(event.data, LIFELINE_TAG);
    const locks = globalThis.navigator?.locks;
    if (typeof name !== 'string' || !locks) return;
    void locks.request(name, () => {
      scope.postMessage({ [HELD_TAG]: name });
      return new Promise<never>(() => undefined);
    });
  });
}
