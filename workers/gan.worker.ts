// GAN worker: the conditional DCGAN generator (sentence vector + seeded noise → 64×64 RGB).
import * as Comlink from 'comlink';
import { ganApi } from '../src/features/strip/worker/gan-api';
import { runtimeApi, WorkerRuntime } from '../src/runtime/worker/worker-runtime';

const runtime = new WorkerRuntime();

const api = { ...runtimeApi(runtime), ...ganApi(runtime) };

export type GanApi = typeof api;
Comlink.expose(api);
