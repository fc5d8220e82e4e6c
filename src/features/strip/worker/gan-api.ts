// The conditional DCGAN in its worker: sentence vector + seeded noise → 64×64 RGB.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import { GanModel } from '../../../core/models/gan-model';
import { onlySession, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';

export function ganApi(runtime: WorkerRuntime) {
  return {
    /** [n, 3, 64, 64] in [-1, 1], one image per seed. */
    async generate(sentence: Float32Array, seeds: number[]): Promise<Float32Array> {
      const gan = new GanModel(ort, onlySession(await runtime.model('gan_generator')));
      const out = await gan.generate(sentence, seeds);
      return Comlink.transfer(out, [out.buffer]);
    },
  };
}
