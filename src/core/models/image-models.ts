// Vision tower (512-d CLIP embedding of a 64 px image) and depth estimator (RGB → depth, 1 = near).
import { imageDataToTensor } from '../image-tensor';
import { floatTensor, runToArrays, SessionModel } from './ort-like';
import type { DepthMap, RgbaImage } from '../rgba-image';

export const VISION_SIZE = 64;
/** The estimator was trained at 128 px; inputs must be multiples of 8. */
export const DEPTH_SIZE = 128;

export class VisionModel extends SessionModel {
  /** One unit-length embedding per image; transparent pixels are composited over white, as scenes are drawn. */
  async embed(images: RgbaImage[]): Promise<Float32Array> {
    if (images.length === 0) throw new Error('VisionModel.embed: no images');
    const plane = 3 * VISION_SIZE * VISION_SIZE;
    const batch = new Float32Array(images.length * plane);
    images.forEach((image, i) => {
      const pixels = imageDataToTensor(image, { size: { width: VISION_SIZE, height: VISION_SIZE }, background: [255, 255, 255] });
      batch.set(pixels, i * plane);
    });
    const feed = floatTensor(this.ort, batch, [images.length, 3, VISION_SIZE, VISION_SIZE]);
    const [out] = await runToArrays(this.session, { pixel_values: feed }, ['image_embeds']);
    return out.data;
  }
}

export class DepthModel extends SessionModel {
  async estimate(image: RgbaImage, size = DEPTH_SIZE): Promise<DepthMap> {
    if (size % 8 !== 0) throw new RangeError(`DepthModel.estimate: size must be a multiple of 8, got ${size}`);
    const pixels = imageDataToTensor(image, { size: { width: size, height: size }, background: [255, 255, 255] });
    const [out] = await runToArrays(this.session, { pixel_values: floatTensor(this.ort, pixels, [1, 3, size, size]) }, ['predicted_depth']);
    const data = new Uint8ClampedArray(size * size);
    for (let i = 0; i < data.length; i++) data[i] = out.data[i] * 255;
    return { width: size, height: size, data };
  }
}
