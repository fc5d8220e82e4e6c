// Figs 21–22 (image + treatments, PCA) and the split's images coloured by setting, as PNG scatter plots.
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Pca2d } from '../../src/core/pca';
import type { Analysis } from './analysis';
import type { SplitData } from './dataset';
import { PALETTE, label, marker, savePng, whiteCanvas, type MarkerKind } from './draw';

export interface Point { x: number; y: number; colour: string; kind: MarkerKind; tag?: string; emphasis?: boolean }

const explained = (p: Pca2d, c: 0 | 1) => (p.totalVariance > 0 ? (100 * p.variances[c]) / p.totalVariance : 0);

/** One scatter panel, equal scale on both axes so distances on the page are distances in the plane. */
function scatterPanel(ctx: SKRSContext2D, font: string | null, x0: number, y0: number, size: number, points: Point[],
  title: string, pca: Pca2d): void {
  const pad = 28;
  ctx.strokeStyle = '#bbb';
  ctx.lineWidth = 1;
  ctx.strokeRect(x0 + pad, y0 + pad, size - 2 * pad, size - 2 * pad);
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const inner = size - 2 * pad - 24;
  const scale = inner / span;
  const cx = x0 + size / 2 - ((minX + maxX) / 2) * scale, cy = y0 + size / 2 + ((minY + maxY) / 2) * scale;
  // Images last, so the dots of an image's own treatments never hide it.
  const order = [...points].sort((a, b) => Number(a.kind === 'image') - Number(b.kind === 'image') || Number(!!a.emphasis) - Number(!!b.emphasis));
  for (const p of order) {
    const px = cx + p.x * scale, py = cy - p.y * scale;
    marker(ctx, p.kind, px, py, p.emphasis ? 8 : p.kind === 'image' ? 6 : 5, p.colour, p.emphasis);
    if (p.tag) label(ctx, font, p.tag, px + 8, py - 6, 10, '#333');
  }
  label(ctx, font, title, x0 + pad, y0 + 18, 13, '#000', size - 2 * pad);
  label(ctx, font, `PC1 (${explained(pca, 0).toFixed(1)} % of variance) →`, x0 + pad, y0 + size - 8, 11, '#555');
  ctx.save();
  ctx.translate(x0 + 14, y0 + size - pad);
  ctx.rotate(-Math.PI / 2);
  label(ctx, font, `PC2 (${explained(pca, 1).toFixed(1)} %) →`, 0, 0, 11, '#555');
  ctx.restore();
}

/** Letters for the five scenes of a similarity case: A = the image the table is about. */
export const CASE_LETTERS = ['A', 'B', 'C', 'D', 'E'];

export function drawSimilarityPca(a: Analysis, data: SplitData, font: string | null, path: string): number {
  const size = 420;
  const { canvas, ctx } = whiteCanvas(size * a.similarity.length, 2 * size + 24);
  a.similarity.forEach((c, k) => {
    const points: Point[] = [];
    c.scenes.forEach((s, j) => points.push({
      x: c.pca.projected[2 * j], y: c.pca.projected[2 * j + 1], colour: PALETTE[j], kind: 'image', tag: `${CASE_LETTERS[j]} img`, emphasis: j === 0,
    }));
    c.treatments.forEach((t, j) => {
      const row = c.scenes.length + j;
      const letter = CASE_LETTERS[c.scenes.indexOf(t.scene)];
      points.push({ x: c.pca.projected[2 * row], y: c.pca.projected[2 * row + 1], colour: PALETTE[c.scenes.indexOf(t.scene)], kind: t.lang, tag: `${letter} ${t.lang.toUpperCase()}` });
    });
    scatterPanel(ctx, font, k * size, 0, size, points, `${data.scenes[c.scene].id} (${data.scenes[c.scene].setting}): 5 images + 10 treatments`, c.pca);
    // Second row: the treatments alone, so KO/EN pairs stay visible when the texts sit in one tight cluster.
    const texts = points.slice(c.scenes.length).map((p, j) => ({ ...p, x: c.textPca.projected[2 * j], y: c.textPca.projected[2 * j + 1] }));
    scatterPanel(ctx, font, k * size, size, size, texts, 'the same 10 treatments alone (own PCA)', c.textPca);
  });
  label(ctx, font, 'colour = scene (A = the table\'s image, outlined) · circle = image · triangle = KO · square = EN', 28, 2 * size + 14, 12, '#333');
  return savePng(canvas, path);
}

export function drawSettingsPca(a: Analysis, data: SplitData, font: string | null, path: string): number {
  const size = 640, legend = 190;
  const { canvas, ctx } = whiteCanvas(size + legend, size);
  const settings = data.meta.settings.map((s) => s.id);
  const colourOf = (id: string) => PALETTE[settings.indexOf(id) % PALETTE.length];
  const points: Point[] = data.scenes.map((s, i) => ({
    x: a.settingsPca.projected[2 * i], y: a.settingsPca.projected[2 * i + 1], colour: colourOf(s.setting), kind: 'image',
  }));
  scatterPanel(ctx, font, 0, 0, size, points, `${data.split} split: ${data.scenes.length} image embeddings, colour = setting`, a.settingsPca);
  settings.forEach((id, i) => {
    const y = 40 + i * 22;
    marker(ctx, 'image', size + 14, y - 4, 6, colourOf(id));
    label(ctx, font, `${id} (${data.scenes.filter((s) => s.setting === id).length})`, size + 26, y, 12);
  });
  return savePng(canvas, path);
}
