// Tokenizer + text tower: one batch of sentences → token states (UNet), sentence vector (DCGAN),
// L2-normalised 512-d CLIP embedding (retrieval).
import { BertTokenizer } from '@huggingface/transformers';
import { runToArrays, type OrtLike, type Session } from './ort-like';

/** The tower was trained on 48 tokens; the UNet's context is these 48 states + one style row. */
export const TEXT_LENGTH = 48;

export interface TextStates {
  batch: number;
  /** [B, 48, D] token states of the last layer. */
  lastHidden: Float32Array;
  hiddenDim: number;
  /** [B, D] tanh pooler over [CLS]: the DCGAN's sentence vector. */
  pooler: Float32Array;
  /** [B, 512] unit-length CLIP embedding. */
  embeds: Float32Array;
  embedDim: number;
}

type Encoder = (texts: string[], opts: { padding: 'max_length'; truncation: true; max_length: number }) => {
  input_ids: { data: unknown; dims: number[] };
};

/** Built from JSON the caller fetched itself: no file-system or URL resolution inside transformers.js. */
export function createTokenizer(tokenizerJson: unknown, tokenizerConfig: unknown): Encoder {
  const tokenizer = new BertTokenizer(tokenizerJson as object, tokenizerConfig as object);
  return tokenizer as unknown as Encoder;
}

export class TextModel {
  constructor(
    private readonly ort: OrtLike,
    private readonly session: Session,
    private readonly tokenizer: Encoder,
    /** Tokens per text: the tower's position table bounds it (48 for toon-mini). */
    readonly maxLength = TEXT_LENGTH,
  ) {}

  /** min(tokenizer model_max_length, tower max_position_embeddings), from the two config files. */
  static maxLengthOf(tokenizerConfig: unknown, encoderConfig: unknown): number {
    const a = (tokenizerConfig as { model_max_length?: number }).model_max_length ?? TEXT_LENGTH;
    const b = (encoderConfig as { max_position_embeddings?: number } | undefined)?.max_position_embeddings ?? a;
    return Math.min(a, b);
  }

  tokenize(texts: string[]): BigInt64Array {
    const out = this.tokenizer(texts, { padding: 'max_length', truncation: true, max_length: this.maxLength });
    return out.input_ids.data as BigInt64Array;
  }

  async encode(texts: string[]): Promise<TextStates> {
    if (texts.length === 0) throw new Error('TextModel.encode: no texts');
    const ids = new this.ort.Tensor('int64', this.tokenize(texts), [texts.length, this.maxLength]);
    const [hidden, pooler, embeds] = await runToArrays(this.session, { input_ids: ids }, [
      'last_hidden_state',
      'pooler_output',
      'text_embeds',
    ]);
    return {
      batch: texts.length,
      lastHidden: hidden.data,
      hiddenDim: hidden.dims[2],
      pooler: pooler.data,
      embeds: embeds.data,
      embedDim: embeds.dims[1],
    };
  }
}
