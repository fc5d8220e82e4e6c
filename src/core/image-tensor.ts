// RGBA pixels ↔ NCHW float tensors and depth maps ↔ floats, with the same arithmetic as training/
// (images: x / 127.5 − 1; back: round((x + 1) · 127.5)), so browser inputs equal training inputs.
import { resizeBilinear } from './bilinear-resize';
import type { RgbaImage } from './rgba-image';

export { resizeBilinear } from './bilinear-resize';

export type Rgb = readonly [number, number, number];

/** Per-channel normalisation applied to values in [0, 1]: (x − mean) / std. */
export interface Normalisation {
  mean: Rgb;
  std: Rgb;
}

/** 'minus-one-one' is what Toonsmith's own models use; mean/std for ImageNet- or CLIP-style towers. */
export type PixelRange = 'minus-one-one' | 'zero-one' | Normalisation;

export const CLIP_NORMALISATION: Normalisation = {
  mean: [0.48145466, 0.4578275, 0.40821073],
  std: [0.26862954, 0.26130258, 0.27577711],
};

export interface ToTensorOptions {
  /** Default 'minus-one-one'. */
  range?: PixelRange;
  /** Bilinear resize (torch parity) to this size before normalising. */
  size?: { width: number; height: number };
  /** Composite transparent pixels over this colour (0–255 each); without it alpha is ignored. */
  background?: Rgb;
}

export interface FromTensorOptions {
  /** Range the tensor holds; default 'minus-one-one'. */
  range?: PixelRange;
  /** Which image of the batch; default 0. */
  batchIndex?: number;
}

function checkImage(image: RgbaImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`image tensor: bad image size ${width}×${height}`);
  }
  if (data.length !== width * height * 4) {
    throw new RangeError(`image tensor: ${width}×${height} RGBA needs ${width * height * 4} bytes, got ${data.length}`);
  }
}

// Affine map from a byte to the tensor value: value = byte · gain + offset, per channel.
function byteToValue(range: PixelRange): { gain: number[]; offset: number[] } {
  if (range === 'minus-one-one') return { gain: [1 / 127.5, 1 / 127.5, 1 / 127.5], offset: [-1, -1, -1] };
  if (range === 'zero-one') return { gain: [1 / 255, 1 / 255, 1 / 255], offset: [0, 0, 0] };
  return {
    gain: range.std.map((s) => 1 / (255 * s)),
    offset: range.mean.map((m, c) => -m / range.std[c]),
  };
}

/** RGBA image → Float32Array of shape [1, 3, H, W] (H, W from `size` when given). */
export function imageDataToTensor(image: RgbaImage, options: ToTensorOptions = {}): Float32Array<ArrayBuffer> {
  checkImage(image);
  const { width, height, data } = image;
  const plane = width * height;
  // Bytes first (as floats 0–255), so resizing happens before the normalisation, as in torch.
  const bytes = new Float32Array(3 * plane);
  const background = options.background;
  for (let p = 0; p < plane; p++) {
    const alpha = data[4 * p + 3] / 255;
    for (let c = 0; c < 3; c++) {
      const value = data[4 * p + c];
      bytes[c * plane + p] = background ? value * alpha + background[c] * (1 - alpha) : value;
    }
  }
  let pixels = bytes;
  let outPlane = plane;
  if (options.size && (options.size.width !== width || options.size.height !== height)) {
    pixels = resizeBilinear(bytes, 3, height, width, options.size.height, options.size.width);
    outPlane = options.size.width * options.size.height;
  }
  const { gain, offset } = byteToValue(options.range ?? 'minus-one-one');
  for (let c = 0; c < 3; c++) {
    for (let p = c * outPlane, end = p + outPlane; p < end; p++) pixels[p] = pixels[p] * gain[c] + offset[c];
  }
  return pixels;
}

/** NCHW tensor (3 channels, or 1 for greyscale) → opaque RGBA image; values are clamped and rounded. */
export function tensorToImageData(
  tensor: Float32Array,
  channels: 1 | 3,
  width: number,
  height: number,
  options: FromTensorOptions = {},
): RgbaImage {
  const plane = width * height;
  const batchIndex = options.batchIndex ?? 0;
  const start = batchIndex * channels * plane;
  if (!Number.isInteger(batchIndex) || batchIndex < 0 || tensor.length < start + channels * plane) {
    throw new RangeError(`tensorToImageData: tensor of ${tensor.length} values has no image ${batchIndex} of ${channels}×${height}×${width}`);
  }
  const { gain, offset } = byteToValue(options.range ?? 'minus-one-one');
  const out = new Uint8ClampedArray(plane * 4);
  for (let p = 0; p < plane; p++) {
    for (let c = 0; c < 3; c++) {
      const source = channels === 1 ? 0 : c;
      // Uint8ClampedArray clamps to 0–255 and rounds half to even, like torch's round().
      out[4 * p + c] = (tensor[start + source * plane + p] - offset[c]) / gain[c];
    }
    out[4 * p + 3] = 255;
  }
  return { data: out, width, height };
}

/** Depth bytes (255 = near) → Float32Array [1, 1, H, W] in [-1, 1]. */
export function depthToTensor(depth: Uint8Array | Uint8ClampedArray, width: number, height: number): Float32Array<ArrayBuffer> {
  if (depth.length !== width * height) {
    throw new RangeError(`depthToTensor: ${width}×${height} depth needs ${width * height} bytes, got ${depth.length}`);
  }
  const out = new Float32Array(depth.length);
  for (let p = 0; p < depth.length; p++) out[p] = depth[p] / 127.5 - 1;
  return out;
}

/** Float depth in [-1, 1] → bytes (255 = near); out-of-range values clamp. */
export function tensorToDepth(tensor: Float32Array): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(tensor.length);
  for (let p = 0; p < tensor.length; p++) out[p] = (tensor[p] + 1) * 127.5;
  return out;
}

/** Depth stored as a greyscale PNG decodes to RGBA: keep the red channel. */
export function depthFromImageData(image: RgbaImage): Uint8ClampedArray<ArrayBuffer> {
  checkImage(image);
  const out = new Uint8ClampedArray(image.width * image.height);
  for (let p = 0; p < out.length; p++) out[p] = image.data[4 * p];
  return out;
}
