// The one image type of the app, the workers and the Node tools, and the one depth map type.

/** RGBA bytes, row-major, 4 a pixel: what ImageData, a canvas read-back or a decoded PNG provide. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** One byte a pixel, row-major: 0 = far … 255 = near, as the gallery's depth sheets store it. */
export interface DepthMap {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** An image of no pixels: where a hit has no thumbnail to show. */
export const NO_IMAGE: RgbaImage = { width: 0, height: 0, data: new Uint8ClampedArray(0) };
