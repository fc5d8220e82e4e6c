// The toon upscaler: RGBA panels → RGBA panels ×4 (128 → 512 px), RGB in [0, 1] NCHW in and out.
import { imageDataToTensor, tensorToImageData } from '../image-tensor';
import type { RgbaImage } from '../rgba-image';
import { floatTensor, runToArrays, SessionModel } from './ort-like';

/** The suite's model id, as suite.json names it. */
export const UPSCALER_ID = 'upscaler';

export class UpscaleModel extends SessionModel {
  /** Every image ×4, same order; images of one size go as one batch. Transparent pixels are drawn over white. */
  async upscale(images: readonly RgbaImage[]): Promise<RgbaImage[]> {
    if (images.length === 0) return [];
    const { width, height } = images[0];
    if (images.some((im) => im.width !== width || im.height !== height)) {
      const out: RgbaImage[] = [];
      for (const im of images) out.push(...(await this.upscale([im])));
      return out;
    }
    const plane = 3 * width * height;
    const batch = new Float32Array(images.length * plane);
    images.forEach((im, i) => batch.set(imageDataToTensor(im, { range: 'zero-one', background: [255, 255, 255] }), i * plane));
    const [out] = await runToArrays(this.session, { image: floatTensor(this.ort, batch, [images.length, 3, height, width]) }, ['upscaled']);
    const [, , outH, outW] = out.dims;
    return images.map((_, i) => tensorToImageData(out.data, 3, outW, outH, { batchIndex: i, range: 'zero-one' }));
  }
}
