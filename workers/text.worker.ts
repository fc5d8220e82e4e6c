// Text worker: tokenizer + text tower for the strip (token states, sentence vector) and the lens (embeddings).
import * as Comlink from 'comlink';
import { lensTextApi } from '../src/features/lens/worker/lens-api';
import { textApi, textModel } from '../src/features/strip/worker/text-encoder';
import { runtimeApi, WorkerRuntime } from '../src/runtime/worker/worker-runtime';

const runtime = new WorkerRuntime();
const text = textModel(runtime);

const api = { ...runtimeApi(runtime), ...textApi(text), ...lensTextApi(text) };

export type TextApi = typeof api;
Comlink.expose(api);
