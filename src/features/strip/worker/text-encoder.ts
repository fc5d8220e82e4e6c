// The text tower in its worker: tokenizer + encoder opened once, sentences → token states, sentence vector, embedding.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import { createTokenizer, TextModel, type TextStates } from '../../../core/models/text-model';
import { Once } from '../../../core/once';
import { assetJson, onlySession, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';

/** The worker's one TextModel, opened on first use from the loaded tokenizer and text encoder. */
export function textModel(runtime: WorkerRuntime): Once<TextModel> {
  return new Once(async () => {
    const [tok, enc] = await Promise.all([runtime.model('tokenizer'), runtime.model('text_encoder')]);
    const tokConfig = assetJson(tok, 'tokenizer_config.json');
    const maxLength = TextModel.maxLengthOf(tokConfig, assetJson(enc, 'config.json'));
    return new TextModel(ort, onlySession(enc), createTokenizer(assetJson(tok, 'tokenizer.json'), tokConfig), maxLength);
  });
}

export function textApi(text: Once<TextModel>) {
  return {
    /** Sentences → states; the arrays are transferred, not copied. */
    async encode(texts: string[]): Promise<TextStates> {
      const states = await (await text.get()).encode(texts);
      return Comlink.transfer(states, [states.lastHidden.buffer, states.pooler.buffer, states.embeds.buffer]);
    },
  };
}
