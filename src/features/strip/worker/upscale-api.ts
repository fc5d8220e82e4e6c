// The toon upscaler in the image worker: drawn panels → ×4 panels (RGBA in, RGBA out, transferred back).
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { RgbaImage } from '../../../core/rgba-image';
import { GUIDED_UPSCALER_ID, GuidedUpscaleModel, UPSCALER_ID, UpscaleModel } from '../../../core/models/upscale-model';
import { onlySession, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';

export function upscaleApi(runtime: WorkerRuntime) {
  return {
    async upscale(images: RgbaImage[]): Promise<RgbaImage[]> {
      const model = new UpscaleModel(ort, onlySession(await runtime.model(UPSCALER_ID)));
      const out = await model.upscale(images);
      return Comlink.transfer(out, out.map((p) => p.data.buffer));
    },
    async upscaleGuided(images: RgbaImage[], guides: (Float32Array | null)[]): Promise<RgbaImage[]> {
      const model = new GuidedUpscaleModel(ort, onlySession(await runtime.model(GUIDED_UPSCALER_ID)));
      const out = await model.upscale(images, guides);
      return Comlink.transfer(out, out.map((p) => p.data.buffer));
    },
  };
}
