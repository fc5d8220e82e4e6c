// A depth map shown as a picture: near bright, far dark, as the gallery's depth sheets look.
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';

export function depthPreview(depth: DepthMap): RgbaImage {
  const data = new Uint8ClampedArray(depth.width * depth.height * 4);
  for (let p = 0, q = 0; q < depth.data.length; p += 4, q++) {
    data[p] = data[p + 1] = data[p + 2] = depth.data[q];
    data[p + 3] = 255;
  }
  return { width: depth.width, height: depth.height, data };
}
