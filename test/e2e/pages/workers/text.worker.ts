// The text worker (tower, lens, scene planner) plus a test-only raw model run (parity tests, benches).
import * as Comlink from 'comlink';
import { lensTextApi } from '../../../../src/features/lens/worker/lens-api';
import { planApi, treatmentPlanner } from '../../../../src/features/plans/worker/plan-api';
import { textApi, textModel } from '../../../../src/features/strip/worker/text-encoder';
import { runtimeApi, WorkerRuntime } from '../../../../src/runtime/worker/worker-runtime';
import { runRaw, type RawTensor } from './raw-run';

const runtime = new WorkerRuntime();
const text = textModel(runtime);
const planner = treatmentPlanner(runtime);

const api = {
  ...runtimeApi(runtime),
  ...textApi(text), ...lensTextApi(text), ...planApi(planner),
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(runtime, modelId, feeds),
};

Comlink.expose(api);
