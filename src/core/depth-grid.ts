// Depth map → the UNet's depth channel, as training/ldm/unet.py depth_to_latent_grid does:
// area-average to the latent size, then per-image min-max to [-1, 1] (SD2 depth2img).

/**
 * depth: H×W values, larger = nearer (bytes 0–255 or floats in [0, 1]); returns size×size floats in [-1, 1].
 * A flat map (no depth contrast) becomes 0 everywhere rather than NaN.
 */
export function depthToLatentGrid(
  depth: Uint8Array | Uint8ClampedArray | Float32Array,
  width: number,
  height: number,
  size: number,
): Float32Array<ArrayBuffer> {
  if (depth.length !== width * height) {
    throw new RangeError(`depthToLatentGrid: ${width}×${height} depth needs ${width * height} values, got ${depth.length}`);
  }
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`depthToLatentGrid: size must be an integer ≥ 1, got ${size}`);
  // Training feeds depth / 255; bytes are scaled the same way so the flat-map threshold means the same.
  const scale = depth instanceof Float32Array ? 1 : 1 / 255;
  const pooled = new Float64Array(size * size);
  for (let oy = 0; oy < size; oy++) {
    const y0 = Math.floor((oy * height) / size);
    const y1 = Math.ceil(((oy + 1) * height) / size);
    for (let ox = 0; ox < size; ox++) {
      const x0 = Math.floor((ox * width) / size);
      const x1 = Math.ceil(((ox + 1) * width) / size);
      let sum = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += depth[y * width + x] * scale;
      pooled[oy * size + ox] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of pooled) {
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  const span = hi - lo;
  const grid = new Float32Array(size * size);
  if (!(span > 1e-6)) return grid;
  for (let i = 0; i < grid.length; i++) grid[i] = (2 * (pooled[i] - lo)) / span - 1;
  return grid;
}
