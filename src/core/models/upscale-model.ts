// The toon upscaler: RGBA panels → RGBA panels ×4 (128 → 512 px), RGB in [0, 1] NCHW in and out.
import { imageDataToTensor, tensorToImageData } from '../image-tensor';
import type { RgbaImage } from '../rgba-image';
import { floatTensor, runToArrays, SessionModel, type OrtLike, type Session } from './ort-like';

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

/** The guided upscaler's model id (suite.parts/upscaler_guided.json). */
export const GUIDED_UPSCALER_ID = 'upscaler_guided';

/**
 * The upscaler that also reads the edges of the panel's composed drawing (upscale-guide.ts), one panel at a time:
 * `guides[i]` is the edge map at the output size (factor × the image) for images[i], or null for none (zeros).
 */
export class GuidedUpscaleModel extends SessionModel {
  constructor(ort: OrtLike, session: Session, readonly factor = 4) {
    super(ort, session);
  }

  async upscale(images: readonly RgbaImage[], guides: readonly (Float32Array | null)[]): Promise<RgbaImage[]> {
    const out: RgbaImage[] = [];
    for (const [i, im] of images.entries()) {
      const outW = im.width * this.factor, outH = im.height * this.factor;
      const guide = guides[i] ?? new Float32Array(outW * outH);
      if (guide.length !== outW * outH) throw new Error(`guide ${i} has ${guide.length} values for a ${outW}×${outH} output`);
      const image = imageDataToTensor(im, { range: 'zero-one', background: [255, 255, 255] });
      const [res] = await runToArrays(this.session, {
        image: floatTensor(this.ort, image, [1, 3, im.height, im.width]),
        guide: floatTensor(this.ort, new Float32Array(guide), [1, 1, outH, outW]),
      }, ['upscaled']);
      out.push(tensorToImageData(res.data, 3, res.dims[3], res.dims[2], { range: 'zero-one' }));
    }
    return out;
  }
}
