// The gan worker plus a test-only raw model run (parity tests, benches).
import * as Comlink from 'comlink';
import { ganApi } from '../../../../src/features/strip/worker/gan-api';
import { runtimeApi, WorkerRuntime } from '../../../../src/runtime/worker/worker-runtime';
import { runRaw, type RawTensor } from './raw-run';

const runtime = new WorkerRuntime();

const api = {
  ...runtimeApi(runtime),
  ...ganApi(runtime),
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(runtime, modelId, feeds),
};

Comlink.expose(api);
