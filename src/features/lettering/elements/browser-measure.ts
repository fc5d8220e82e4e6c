// The lettering's text measure in the browser: one canvas context's metrics, remembered, and forgotten whenever more
// fonts load (widths taken with a fallback face would break lines wrongly once the lettering face is there).
import { cachedMeasure, canvasMeasure, type MeasureText } from '../shared/lettering-canvas';
import { onFontsLoaded } from '../../../ui/font-events';

export function browserMeasure(): MeasureText {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('lettering: this browser gives no 2D canvas to measure text with');
  let measure = cachedMeasure(canvasMeasure(ctx));
  onFontsLoaded(() => (measure = cachedMeasure(canvasMeasure(ctx))));
  return (text, font) => measure(text, font);
}

/** One measure for every element and the shell: its cache serves them all. */
export const sharedMeasure: MeasureText = browserMeasure();
