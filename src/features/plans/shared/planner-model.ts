// The ONNX scene planner run on a batch of lines (onnxruntime-web in the worker, onnxruntime-node in the CLI):
// lines → per-character probabilities of every head, and the line's setting and time probabilities.
import type { OrtLike, Session } from '../../../core/models/ort-like';
import { runToArrays } from '../../../core/models/ort-like';
import { charFeatures, FEATURES_PER_CHAR, planChars } from './char-features';
import type { PlannerConfig } from './planner-config';

export const TOKEN_HEADS = ['bio', 'kind', 'count', 'action', 'rel', 'place', 'time_tok', 'pron'] as const;
export type TokenHead = (typeof TOKEN_HEADS)[number];

/** One line as the model read it: probabilities per character (row-major [chars × classes]) and per line. */
export interface LineProbabilities {
  chars: string[];
  heads: Record<TokenHead, { data: Float32Array; classes: number }>;
  setting: Float32Array;
  time: Float32Array;
}

/** Lines per model call: bounds the padded batch a 500-character line could otherwise blow up. */
const BATCH = 32;

export class PlannerModel {
  constructor(private readonly ort: OrtLike, private readonly session: Session, readonly config: PlannerConfig) {}

  async read(lines: readonly string[]): Promise<LineProbabilities[]> {
    // batches of similar length pad less
    const order = lines.map((_, i) => i).sort((a, b) => lines[a].length - lines[b].length);
    const results = new Array<LineProbabilities>(lines.length);
    for (let s = 0; s < order.length; s += BATCH) {
      const idx = order.slice(s, s + BATCH);
      const read = await this.readBatch(idx.map((i) => lines[i]));
      idx.forEach((i, k) => { results[i] = read[k]; });
    }
    return results;
  }

  private async readBatch(lines: readonly string[]): Promise<LineProbabilities[]> {
    const chars = lines.map((l) => {
      const c = planChars(l).slice(0, this.config.maxChars);
      return c.length > 0 ? c : [' '];
    });
    const L = Math.max(...chars.map((c) => c.length));
    const feats = new BigInt64Array(lines.length * L * FEATURES_PER_CHAR);
    chars.forEach((c, b) => {
      const f = charFeatures(c, this.config.vocab);
      for (let i = 0; i < f.length; i++) feats[b * L * FEATURES_PER_CHAR + i] = BigInt(f[i]);
    });
    const input = new this.ort.Tensor('int64', feats, [lines.length, L, FEATURES_PER_CHAR]);
    const names = [...TOKEN_HEADS, 'setting', 'time'];
    const arrays = await runToArrays(this.session, { features: input }, names);
    return chars.map((c, b) => {
      const heads = {} as LineProbabilities['heads'];
      TOKEN_HEADS.forEach((h, k) => {
        const { data, dims } = arrays[k];
        const classes = dims[2];
        heads[h] = { data: data.subarray(b * L * classes, (b * L + c.length) * classes), classes }; // views, not copies
      });
      const setting = arrays[TOKEN_HEADS.length];
      const time = arrays[TOKEN_HEADS.length + 1];
      const ns = setting.dims[1], nt = time.dims[1];
      return { chars: c, heads, setting: setting.data.subarray(b * ns, (b + 1) * ns), time: time.data.subarray(b * nt, (b + 1) * nt) };
    });
  }
}
