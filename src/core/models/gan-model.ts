// Conditional DCGAN generator: sentence vector (text tower pooler_output) + seeded noise → 64×64 RGB.
import { gaussianNoise } from '../ddim';
import { floatTensor, runToArrays, SessionModel } from './ort-like';

export const GAN_NOISE_DIM = 100;
export const GAN_SIZE = 64;

export class GanModel extends SessionModel {
  /** One image per seed, all from the same sentence; returns [n, 3, 64, 64] in [-1, 1]. */
  async generate(sentence: Float32Array, seeds: readonly number[]): Promise<Float32Array> {
    const dim = sentence.length;
    const sentences = new Float32Array(seeds.length * dim);
    const noise = new Float32Array(seeds.length * GAN_NOISE_DIM);
    seeds.forEach((seed, i) => {
      sentences.set(sentence, i * dim);
      gaussianNoise(seed, GAN_NOISE_DIM, noise.subarray(i * GAN_NOISE_DIM));
    });
    const [out] = await runToArrays(
      this.session,
      { sentence: floatTensor(this.ort, sentences, [seeds.length, dim]), noise: floatTensor(this.ort, noise, [seeds.length, GAN_NOISE_DIM]) },
      ['image'],
    );
    return out.data;
  }
}
