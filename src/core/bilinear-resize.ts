// Bilinear resize of CHW float planes, matching torch.nn.functional.interpolate(mode='bilinear',
// align_corners=False, antialias=False) so browser inputs equal what the models were trained on.

interface AxisTaps {
  low: Int32Array;
  high: Int32Array;
  highWeight: Float64Array;
}

// Half-pixel centres: source = (dst + 0.5) · in/out − 0.5, clamped at 0 as torch does.
function axisTaps(inSize: number, outSize: number): AxisTaps {
  const scale = inSize / outSize;
  const low = new Int32Array(outSize);
  const high = new Int32Array(outSize);
  const highWeight = new Float64Array(outSize);
  for (let o = 0; o < outSize; o++) {
    const source = Math.max(scale * (o + 0.5) - 0.5, 0);
    const base = Math.min(Math.floor(source), inSize - 1);
    low[o] = base;
    high[o] = Math.min(base + 1, inSize - 1);
    highWeight[o] = source - base;
  }
  return { low, high, highWeight };
}

function checkSize(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`resizeBilinear: ${what} must be an integer ≥ 1, got ${value}`);
}

/** Resizes `channels` planes of srcHeight×srcWidth (CHW, or NCHW with channels = N·C) to dstHeight×dstWidth. */
export function resizeBilinear(
  source: Float32Array,
  channels: number,
  srcHeight: number,
  srcWidth: number,
  dstHeight: number,
  dstWidth: number,
): Float32Array<ArrayBuffer> {
  for (const [what, value] of [['channels', channels], ['source height', srcHeight], ['source width', srcWidth],
    ['target height', dstHeight], ['target width', dstWidth]] as const) checkSize(what, value);
  const planeIn = srcHeight * srcWidth;
  if (source.length < channels * planeIn) {
    throw new RangeError(`resizeBilinear: source holds ${source.length} values, ${channels}×${srcHeight}×${srcWidth} needs ${channels * planeIn}`);
  }
  const rows = axisTaps(srcHeight, dstHeight);
  const cols = axisTaps(srcWidth, dstWidth);
  const planeOut = dstHeight * dstWidth;
  const out = new Float32Array(channels * planeOut);
  for (let c = 0; c < channels; c++) {
    const inBase = c * planeIn;
    const outBase = c * planeOut;
    for (let y = 0; y < dstHeight; y++) {
      const wy = rows.highWeight[y];
      const top = inBase + rows.low[y] * srcWidth;
      const bottom = inBase + rows.high[y] * srcWidth;
      for (let x = 0; x < dstWidth; x++) {
        const wx = cols.highWeight[x];
        const l = cols.low[x];
        const r = cols.high[x];
        const upper = source[top + l] * (1 - wx) + source[top + r] * wx;
        const lower = source[bottom + l] * (1 - wx) + source[bottom + r] * wx;
        out[outBase + y * dstWidth + x] = upper * (1 - wy) + lower * wy;
      }
    }
  }
  return out;
}
