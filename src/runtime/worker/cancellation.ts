// Cooperative cancellation inside a worker: the bridge calls cancel(jobId); the job checks between model calls.

export class CancelledError extends Error {
  constructor(jobId: number) {
    super(`Job ${jobId} was cancelled.`);
    // The bridge recognises this name and turns it into a DOMException AbortError.
    this.name = 'AbortError';
  }
}

export class CancellationRegistry {
  private readonly cancelled = new Set<number>();

  cancel(jobId: number): void {
    this.cancelled.add(jobId);
  }

  /** Throws if the job was cancelled; call it between session.run calls. */
  check(jobId: number): void {
    if (this.cancelled.has(jobId)) throw new CancelledError(jobId);
  }

  /**
   * Lets queued messages (a cancel among them) run, then checks. Needed because a WASM session.run can
   * settle in microtasks alone, and a loop of those never yields to the worker's message queue.
   */
  async checkpoint(jobId: number): Promise<void> {
    await yieldToEventLoop();
    this.check(jobId);
  }

  /** Forget a finished job so the set does not grow. */
  finish(jobId: number): void {
    this.cancelled.delete(jobId);
  }
}

const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/** A macrotask boundary without setTimeout's 4 ms clamp for nested timers. */
export function yieldToEventLoop(): Promise<void> {
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
