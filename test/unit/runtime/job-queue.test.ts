import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../../src/runtime/client/job-queue';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('JobQueue', () => {
  it('runs jobs one at a time, in order', async () => {
    const queue = new JobQueue(() => {});
    const log: string[] = [];
    const job = (name: string) => queue.enqueue(undefined, async ({ jobId }) => {
      log.push(`start ${name} #${jobId}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    });
    expect(await Promise.all([job('a'), job('b')])).toEqual(['a', 'b']);
    expect(log).toEqual(['start a #1', 'end a', 'start b #2', 'end b']);
  });

  it('drops a queued job on abort without calling the worker, and cancels a running one', async () => {
    const cancelled: number[] = [];
    const queue = new JobQueue((id) => void cancelled.push(id));
    const running = new AbortController();
    const queued = new AbortController();
    let queuedStarted = false;
    const first = queue.enqueue(running.signal, async () => {
      await tick();
      // The worker noticed the cancel and threw the error it uses for it.
      throw Object.assign(new Error('Job 1 was cancelled.'), { name: 'AbortError' });
    });
    const second = queue.enqueue(queued.signal, async () => void (queuedStarted = true));
    queued.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    running.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled).toEqual([1]);
    expect(queuedStarted).toBe(false);
    // The queue keeps working afterwards.
    expect(await queue.enqueue(undefined, async () => 'next')).toBe('next');
  });

  it('passes a worker error through unchanged', async () => {
    const queue = new JobQueue(() => {});
    await expect(queue.enqueue(undefined, async () => Promise.reject(new Error('Model file x is corrupt')))).rejects.toThrow('Model file x is corrupt');
  });
});
