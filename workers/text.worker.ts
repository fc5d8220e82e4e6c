// Text worker: tokenizer + text tower → token states, sentence vector, CLIP embedding.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { BackendPreference, ModelRef } from '../src/core/model-ref';
import type { ProgressCallback } from '../src/core/progress';
import { createTokenizer, TextModel, type TextStates } from '../src/core/models/text-model';
import { assetJson, onlySession, runRaw, WorkerRuntime, type RawTensor } from '../src/runtime/worker/worker-runtime';

const runtime = new WorkerRuntime();
let textModel: Promise<TextModel> | undefined;

async function openTextModel(): Promise<TextModel> {
  const [tok, enc] = await Promise.all([runtime.model('tokenizer'), runtime.model('text_encoder')]);
  const tokConfig = assetJson(tok, 'tokenizer_config.json');
  const maxLength = TextModel.maxLengthOf(tokConfig, assetJson(enc, 'config.json'));
  return new TextModel(ort, onlySession(enc), createTokenizer(assetJson(tok, 'tokenizer.json'), tokConfig), maxLength);
}

const api = {
  init: (preference: BackendPreference = 'auto') => runtime.init(preference),
  backend: () => runtime.backend(),
  async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void> {
    await runtime.load(ref, onProgress);
  },
  /** Sentences → states; the arrays are transferred, not copied. */
  async encode(texts: string[]): Promise<TextStates> {
    textModel ??= openTextModel();
    textModel.catch(() => (textModel = undefined));
    const states = await (await textModel).encode(texts);
    return Comlink.transfer(states, [states.lastHidden.buffer, states.pooler.buffer, states.embeds.buffer]);
  },
  /** CLIP lens: sentences → [B, 512] unit embeddings only (no token states to copy back). */
  async embedTexts(texts: string[]): Promise<Float32Array> {
    textModel ??= openTextModel();
    textModel.catch(() => (textModel = undefined));
    const { embeds } = await (await textModel).encode(texts);
    return Comlink.transfer(embeds, [embeds.buffer]);
  },
  /** One raw call of a loaded model (parity tests, benchmarks). */
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(ort, runtime, modelId, feeds),
  cancel: (jobId: number) => runtime.cancellation.cancel(jobId),
  dispose: () => runtime.dispose(),
};

export type TextApi = typeof api;
Comlink.expose(api);
