// Draws the chosen panels into numbered 800 px PNG slices (WEBTOON CANVAS rules) and downloads them one by one.
import { WEBTOON_CANVAS, layoutStrip, sliceFileName, sliceStrip } from '../../../core/strip-layout';
import type { RgbaImage } from '../../../core/rgba-image';
import { t } from '../../../core/i18n';

export interface ExportedSlice {
  name: string;
  blob: Blob;
  width: number;
  height: number;
}

export interface StripExport {
  slices: ExportedSlice[];
  warnings: string[];
}

function toBitmap(image: RgbaImage): Promise<ImageBitmap> {
  return createImageBitmap(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height));
}

/** Renders every slice; panels are scaled to the strip width, gutters stay white, no text is painted. */
export async function renderStripSlices(images: readonly RgbaImage[], base = 'strip'): Promise<StripExport> {
  if (!images.length) throw new Error(t('export.nothing'));
  const layout = layoutStrip(images.map((i) => ({ aspect: i.width / i.height })));
  const { slices, warnings } = sliceStrip(layout);
  const bitmaps = await Promise.all(images.map(toBitmap));
  try {
    const out: ExportedSlice[] = [];
    for (const slice of slices) {
      const canvas = new OffscreenCanvas(slice.width, slice.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error(t('export.noCanvas'));
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, slice.width, slice.height);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      layout.panels.forEach((rect, i) => {
        if (rect.y + rect.height <= slice.y || rect.y >= slice.y + slice.height) return;
        ctx.drawImage(bitmaps[i], rect.x, rect.y - slice.y, rect.width, rect.height);
      });
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      if (blob.size > WEBTOON_CANVAS.maxSliceBytes) {
        warnings.push(t('export.sliceTooBig', { number: slice.number, size: (blob.size / 1e6).toFixed(1) }));
      }
      out.push({ name: sliceFileName(base, slice.number, slices.length), blob, width: slice.width, height: slice.height });
    }
    return { slices: out, warnings };
  } finally {
    for (const b of bitmaps) b.close();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One download per slice, in order; the pause keeps browsers from dropping back-to-back downloads. */
export async function downloadSlices(slices: readonly ExportedSlice[]): Promise<void> {
  for (const slice of slices) {
    const url = URL.createObjectURL(slice.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = slice.name;
    a.click();
    // Revoking at once can cancel a download that has not started reading the blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    await pause(250);
  }
}
