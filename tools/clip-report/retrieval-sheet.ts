// Tables 6–9 as a contact sheet: each query, the real image when it is a test caption, and its top-4 images.
import type { Analysis, Lang } from './analysis';
import type { SplitData } from './dataset';
import { drawScene, label, savePng, whiteCanvas, wrapped } from './draw';

const TILE = 96;

export function drawRetrieval(a: Analysis, data: SplitData, lang: Lang, font: string | null, path: string): number {
  const queries = a.queries.filter((q) => q.lang === lang);
  const textW = 260, rowH = TILE + 40;
  const { canvas, ctx } = whiteCanvas(12 + textW + 5 * (TILE + 10) + 12, queries.length * rowH + 30);
  label(ctx, font, `${lang.toUpperCase()} treatments → top-4 of ${data.scenes.length} ${data.split} images (cosine × 100); "real" = the caption's own image`, 12, 18, 12, '#000');
  queries.forEach((q, k) => {
    const y = 30 + k * rowH;
    wrapped(ctx, font, q.text, 12, y + 14, textW - 12, 4, 12);
    label(ctx, font, q.source, 12, y + TILE + 8, 10, '#777', textW - 12);
    const x0 = 12 + textW;
    if (q.truth !== undefined) {
      drawScene(ctx, data, q.truth, x0, y, TILE);
      label(ctx, font, `real · rank ${q.truthRank}`, x0, y + TILE + 14, 10, '#000');
    }
    q.hits.forEach((h, j) => {
      const x = x0 + (j + 1) * (TILE + 10);
      drawScene(ctx, data, h.row, x, y, TILE);
      if (h.row === q.truth) { ctx.strokeStyle = '#d62728'; ctx.lineWidth = 3; ctx.strokeRect(x, y, TILE, TILE); }
      label(ctx, font, `${j + 1}. ${(100 * h.score).toFixed(1)} %`, x, y + TILE + 14, 10, '#000');
      label(ctx, font, data.scenes[h.row].setting, x, y + TILE + 27, 10, '#555', TILE);
    });
  });
  return savePng(canvas, path);
}
