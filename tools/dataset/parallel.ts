// Builds scenes [0, count) in chunks on worker threads and hands them back strictly in index
// order, so the output bytes do not depend on the number of workers.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { buildScene, type BuiltScene } from './build-scene.js';
import { loadLanguage } from './captions.js';

export interface BuildJob {
  seed: number;
  count: number;
  sizes: number[];
  workers: number;
  chunk?: number;
}

interface ChunkRequest { id: number; start: number; end: number }
interface ChunkResult { id: number; scenes: BuiltScene[] }

/** Runs inside a worker thread: builds the chunks it is sent. */
export async function serveChunks(port: import('node:worker_threads').MessagePort, seed: number, sizes: number[]): Promise<void> {
  await loadLanguage();
  port.on('message', (req: ChunkRequest | null) => {
    if (req === null) return port.close();
    const scenes: BuiltScene[] = [];
    for (let i = req.start; i < req.end; i++) scenes.push(buildScene(seed, i, sizes));
    const transfer = scenes.flatMap((s) => s.images.flatMap((im) => [im.rgb.buffer, im.depth.buffer])) as ArrayBuffer[];
    port.postMessage({ id: req.id, scenes } satisfies ChunkResult, transfer);
  });
}

function spawn(entry: string, data: unknown): Worker {
  if (entry.endsWith('.ts')) {
    // Worker threads do not inherit tsx's loader: boot through its API.
    const api = import.meta.resolve('tsx/esm/api');
    const url = new URL(`file://${entry}`).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`;
    return new Worker(boot, { eval: true, workerData: data });
  }
  return new Worker(entry, { workerData: data });
}

/** Calls `onScene` for every scene in index order. `entry` is the module that calls serveChunks in workers. */
export async function buildScenes(job: BuildJob, entry: string, onScene: (scene: BuiltScene) => void): Promise<void> {
  const chunk = job.chunk ?? 16;
  if (job.workers <= 1) {
    await loadLanguage();
    for (let i = 0; i < job.count; i++) onScene(buildScene(job.seed, i, job.sizes));
    return;
  }
  const chunks: ChunkRequest[] = [];
  for (let start = 0, id = 0; start < job.count; start += chunk, id++) chunks.push({ id, start, end: Math.min(job.count, start + chunk) });
  const done = new Map<number, BuiltScene[]>();
  let nextToSend = 0;
  let nextToEmit = 0;
  const workers = Array.from({ length: Math.min(job.workers, chunks.length) }, () =>
    spawn(entry, { role: 'toonscenes-worker', seed: job.seed, sizes: job.sizes }));
  try {
    await new Promise<void>((resolve, reject) => {
      const idle: Worker[] = [...workers];
      // Keep the reorder buffer bounded: never run far ahead of the oldest unfinished chunk.
      const canSend = () => nextToSend < chunks.length && nextToSend - nextToEmit < job.workers * 4;
      const pump = () => { while (idle.length && canSend()) idle.pop()!.postMessage(chunks[nextToSend++]); };
      for (const w of workers) {
        w.on('error', reject);
        w.on('exit', (code) => { if (code !== 0 && nextToEmit < chunks.length) reject(new Error(`dataset worker exited with code ${code}`)); });
        w.on('message', (res: ChunkResult) => {
          done.set(res.id, res.scenes);
          try {
            while (done.has(nextToEmit)) {
              for (const scene of done.get(nextToEmit)!) onScene(scene);
              done.delete(nextToEmit++);
            }
          } catch (error) {
            return reject(error);
          }
          if (nextToEmit === chunks.length) return resolve();
          idle.push(w);
          pump();
        });
      }
      pump();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export const parallelModulePath = fileURLToPath(import.meta.url);
