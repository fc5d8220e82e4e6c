// Tables 3–5 and 10–11 as pictures: a scene's image beside its cosine scores as horizontal bars.
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Analysis } from './analysis';
import type { SplitData } from './dataset';
import { PALETTE, drawScene, label, savePng, whiteCanvas } from './draw';
import { argmax } from './metrics';
import { CASE_LETTERS } from './pca-plot';
import { PROMPTS } from './thesis';

interface Bar { text: string; value: number; colour: string; bold?: boolean; /** Printed beside the bar. */ note: string }

const TILE = 128, ROW = 18;

/** Bars from a zero line; `range` is the |cosine| that fills half the bar area. */
function bars(ctx: SKRSContext2D, font: string | null, x: number, y: number, textWidth: number, barWidth: number, items: Bar[], range: number): void {
  const zero = x + textWidth + barWidth / 2;
  ctx.strokeStyle = '#999';
  ctx.beginPath(); ctx.moveTo(zero, y - 4); ctx.lineTo(zero, y + items.length * ROW); ctx.stroke();
  items.forEach((b, i) => {
    const top = y + i * ROW;
    const w = (b.value / range) * (barWidth / 2);
    ctx.fillStyle = b.colour;
    ctx.fillRect(Math.min(zero, zero + w), top + 2, Math.abs(w), ROW - 5);
    if (b.bold) { ctx.strokeStyle = '#000'; ctx.lineWidth = 1.5; ctx.strokeRect(Math.min(zero, zero + w), top + 2, Math.abs(w), ROW - 5); }
    label(ctx, font, b.text, x, top + ROW - 5, 11, b.bold ? '#000' : '#333', textWidth - 8);
    label(ctx, font, b.note, zero + Math.max(w, 0) + 4, top + ROW - 5, 10, '#555');
  });
}

/** |score| range: the largest one rounded up to 5 %, at least 10 %. */
function rangeOf(values: number[]): number {
  return Math.max(0.1, Math.ceil(Math.max(...values.map(Math.abs)) * 20) / 20);
}

export function drawSimilarity(a: Analysis, data: SplitData, font: string | null, path: string): number {
  const textW = 430, barW = 300, rowH = Math.max(TILE, 10 * ROW) + 36;
  const { canvas, ctx } = whiteCanvas(16 + TILE + 16 + textW + barW + 60, a.similarity.length * rowH + 8);
  const range = rangeOf(a.similarity.flatMap((c) => c.treatments.map((t) => t.score)));
  a.similarity.forEach((c, k) => {
    const y = 8 + k * rowH;
    drawScene(ctx, data, c.scene, 16, y + 22, TILE);
    label(ctx, font, `A = ${data.scenes[c.scene].id} · ${data.scenes[c.scene].setting} · ${data.scenes[c.scene].style}`, 16, y + 14, 12, '#000');
    bars(ctx, font, 16 + TILE + 16, y + 26, textW, barW, c.treatments.map((t) => {
      const j = c.scenes.indexOf(t.scene);
      return { text: `${CASE_LETTERS[j]} ${t.lang.toUpperCase()}: ${t.text}`, value: t.score, colour: PALETTE[j], bold: t.right, note: `${(100 * t.score).toFixed(1)} %` };
    }), range);
  });
  return savePng(canvas, path);
}

export function drawZeroShot(a: Analysis, data: SplitData, font: string | null, path: string): number {
  const settings = data.meta.settings;
  const textW = 150, barW = 240, colW = 16 + TILE + 12 + textW + barW + 150, rowH = settings.length * ROW + 40;
  const cols = 2, rows = Math.ceil(a.zeroShot.examples.length / cols);
  const { canvas, ctx } = whiteCanvas(cols * colW, rows * rowH + 24);
  const range = rangeOf(a.zeroShot.examples.flatMap((e) => [...e.scores.en, ...e.scores.ko]));
  a.zeroShot.examples.forEach((e, k) => {
    const x = (k % cols) * colW, y = Math.floor(k / cols) * rowH + 8;
    const s = data.scenes[e.scene];
    drawScene(ctx, data, e.scene, x + 16, y + 22, TILE);
    label(ctx, font, `${s.id} · true: ${s.setting}`, x + 16, y + 14, 12, '#000');
    const best = { en: argmax(e.scores.en), ko: argmax(e.scores.ko) };
    const items: Bar[] = settings.map((st, i) => ({
      text: st.id, value: e.scores.en[i], colour: PALETTE[0], bold: st.id === s.setting,
      note: `${e.scores.en[i].toFixed(3)} / ${e.scores.ko[i].toFixed(3)}${best.en === i ? '  ← EN' : ''}${best.ko === i ? '  ← KO' : ''}`,
    }));
    // EN bars, with the KO score as a thin second bar under each (same label row).
    bars(ctx, font, x + 16 + TILE + 12, y + 26, textW, barW, items, range);
    const zero = x + 16 + TILE + 12 + textW + barW / 2;
    settings.forEach((_, i) => {
      const w = (e.scores.ko[i] / range) * (barW / 2);
      ctx.fillStyle = PALETTE[1];
      ctx.fillRect(Math.min(zero, zero + w), y + 26 + i * ROW + ROW - 5, Math.abs(w), 3);
    });
  });
  label(ctx, font, `cosine, EN / KO: thick blue bar = EN prompt "${PROMPTS.en('{label}')}", thin orange = KO prompt "${PROMPTS.ko('{label}')}"; ` +
    'outlined = true setting; ← = predicted',
    16, rows * rowH + 16, 12, '#333');
  return savePng(canvas, path);
}
