// Runs worker calls one at a time; an AbortSignal drops a queued call or cancels the running one.

export interface JobContext {
  /** Id the worker uses to find the job's cancellation token. */
  jobId: number;
}

export function abortError(reason?: unknown): DOMException {
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'The job was cancelled.';
  return new DOMException(message, 'AbortError');
}

export function isAbortError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}

export class JobQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private nextJobId = 1;

  /** @param cancel tells the worker to stop the job with this id at its next check. */
  constructor(private readonly cancel: (jobId: number) => Promise<void> | void) {}

  enqueue<T>(signal: AbortSignal | undefined, job: (ctx: JobContext) => Promise<T>): Promise<T> {
    const jobId = this.nextJobId++;
    let started = false;
    const result = new Promise<T>((resolve, reject) => {
      // A queued job rejects at once on abort instead of waiting for the jobs ahead of it.
      const onAbort = () => (started ? void this.cancel(jobId) : reject(abortError(signal?.reason)));
      signal?.addEventListener('abort', onAbort, { once: true });
      const run = async () => {
        if (signal?.aborted) return;
        started = true;
        try {
          const value = await job({ jobId });
          if (signal?.aborted) reject(abortError(signal.reason));
          else resolve(value);
        } catch (err) {
          // The worker reports a cancelled job as an Error named AbortError; callers get one type.
          reject(signal?.aborted || isAbortError(err) ? abortError(signal?.reason ?? err) : err);
        } finally {
          signal?.removeEventListener('abort', onAbort);
        }
      };
      this.tail = this.tail.then(run, run);
    });
    return result;
  }
}
