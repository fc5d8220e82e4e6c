// Text worker: tokenizer + text tower for the strip (token states, sentence vector) and the lens (embeddings),
// and the scene planner (lines → plans), which is small enough to share the worker.
import * as Comlink from 'comlink';
import { lensTextApi } from '../src/features/lens/worker/lens-api';
import { planApi, treatmentPlanner } from '../src/features/plans/worker/plan-api';
import { textApi, textModel } from '../src/features/strip/worker/text-encoder';
import { runtimeApi, WorkerRuntime } from '../src/runtime/worker/worker-runtime';

const runtime = new WorkerRuntime();
const text = textModel(runtime);
const planner = treatmentPlanner(runtime);

const api = { ...runtimeApi(runtime), ...textApi(text), ...lensTextApi(text), ...planApi(planner) };

export type TextApi = typeof api;
Comlink.expose(api);
