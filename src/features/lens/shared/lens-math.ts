// The lens's arithmetic, kept pure so unit tests check it: cosine tables, zero-shot ranking, map geometry.

/** Cosine similarity of every row of `a` (aRows × d) with every row of `b` (bRows × d), row-major aRows × bRows. */
export function cosineTable(a: Float32Array, aRows: number, b: Float32Array, bRows: number, d: number): Float64Array {
  if (a.length < aRows * d || b.length < bRows * d) throw new RangeError(`cosineTable: ${aRows}×${d} and ${bRows}×${d} do not fit the data`);
  const norm = (m: Float32Array, r: number) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += m[r * d + j] * m[r * d + j];
    return Math.sqrt(s);
  };
  const na = Array.from({ length: aRows }, (_, r) => norm(a, r));
  const nb = Array.from({ length: bRows }, (_, r) => norm(b, r));
  const out = new Float64Array(aRows * bRows);
  for (let i = 0; i < aRows; i++) {
    for (let k = 0; k < bRows; k++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += a[i * d + j] * b[k * d + j];
      const den = na[i] * nb[k];
      out[i * bRows + k] = den > 0 ? dot / den : 0;
    }
  }
  return out;
}

/** Cosine × 100 as a whole number, the way the thesis prints Tables 3–5 (negative scores stay negative). */
export function cosinePercent(cosine: number): number {
  return Number.isFinite(cosine) ? Math.round(cosine * 100) : NaN;
}

/** "52", "−18" (a true minus sign), "–" for no number. */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 0 ? `−${Math.abs(value)}` : String(value);
}

/** For each column, the row with the highest score (the line a panel matches best). */
export function bestRowPerColumn(table: ArrayLike<number>, rows: number, cols: number): number[] {
  return Array.from({ length: cols }, (_, c) => {
    let best = 0;
    for (let r = 1; r < rows; r++) if (table[r * cols + c] > table[best * cols + c]) best = r;
    return best;
  });
}

export interface LabelScore {
  label: string;
  /** Cosine × 100. */
  score: number;
}

/** Zero-shot: the k labels whose prompt embedding is closest to the image, best first (ties keep list order). */
export function topLabels(image: Float32Array, prompts: Float32Array, labels: readonly string[], d: number, k = 3): LabelScore[] {
  const scores = cosineTable(image, 1, prompts, labels.length, d);
  return labels
    .map((label, i) => ({ label, cosine: scores[i], i }))
    .sort((x, y) => y.cosine - x.cosine || x.i - y.i)
    .slice(0, k)
    .map(({ label, cosine }) => ({ label, score: cosinePercent(cosine) }));
}

/** The language of a line's prompts: Korean when it has Hangul (names in Latin letters are common in KO lines). */
export function promptLang(text: string): 'ko' | 'en' {
  return /[\u3131-\u318e\uac00-\ud7a3]/.test(text) ? 'ko' : 'en';
}

export interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Bounds of interleaved x, y points (several arrays), never zero-sized. */
export function boundsOf(...sets: ArrayLike<number>[]): Bounds {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const xy of sets) {
    for (let i = 0; i + 1 < xy.length; i += 2) {
      minX = Math.min(minX, xy[i]); maxX = Math.max(maxX, xy[i]);
      minY = Math.min(minY, xy[i + 1]); maxY = Math.max(maxY, xy[i + 1]);
    }
  }
  if (!Number.isFinite(minX)) return { minX: -1, maxX: 1, minY: -1, maxY: 1 };
  const padX = maxX > minX ? 0 : 1, padY = maxY > minY ? 0 : 1;
  return { minX: minX - padX, maxX: maxX + padX, minY: minY - padY, maxY: maxY + padY };
}

/** Map coordinates → a width × height box with a margin; y grows upward on the map, downward on screen. */
export function toScreen(b: Bounds, width: number, height: number, margin: number) {
  const sx = (width - 2 * margin) / (b.maxX - b.minX);
  const sy = (height - 2 * margin) / (b.maxY - b.minY);
  return (x: number, y: number): [number, number] => [margin + (x - b.minX) * sx, height - margin - (y - b.minY) * sy];
}

/**
 * Keyboard walk over dots: from point `from`, the nearest point within 45° of the direction (dx, dy)
 * (screen axes); -1 when there is none that way.
 */
export function nearestInDirection(points: ArrayLike<number>, from: number, dx: number, dy: number): number {
  const x0 = points[2 * from], y0 = points[2 * from + 1];
  let best = -1, bestDistance = Infinity;
  for (let i = 0; 2 * i + 1 < points.length; i++) {
    if (i === from) continue;
    const vx = points[2 * i] - x0, vy = points[2 * i + 1] - y0;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along) continue;
    const distance = vx * vx + vy * vy;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}

/** The point nearest (x, y) within `radius`, or -1: one hover test for thousands of dots. */
export function nearestPoint(points: ArrayLike<number>, x: number, y: number, radius: number): number {
  let best = -1, bestDistance = radius * radius;
  for (let i = 0; 2 * i + 1 < points.length; i++) {
    const vx = points[2 * i] - x, vy = points[2 * i + 1] - y;
    const distance = vx * vx + vy * vy;
    if (distance <= bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}

/** One distinct colour per label: hues spread by the golden angle, so neighbours in the list differ most. */
export function labelColours(labels: readonly string[]): Map<string, string> {
  return new Map(labels.map((label, i) => [label, `hsl(${Math.round((i * 137.508) % 360)} ${i % 2 ? 62 : 78}% ${i % 3 === 2 ? 36 : 46}%)`]));
}

/**
 * Display positions for labelled markers (interleaved x, y) so none sits within `gap` of an earlier one:
 * a crowded marker steps out on a small spiral around its true place, which stays marked by a dot.
 */
export function dodge(points: ArrayLike<number>, gap: number): Float64Array {
  const out = Float64Array.from(points);
  const clear = (i: number, x: number, y: number) => {
    for (let j = 0; j < i; j++) if (Math.hypot(out[2 * j] - x, out[2 * j + 1] - y) < gap) return false;
    return true;
  };
  for (let i = 0; 2 * i + 1 < out.length; i++) {
    const [x0, y0] = [points[2 * i], points[2 * i + 1]];
    for (let step = 1; !clear(i, out[2 * i], out[2 * i + 1]) && step < 200; step++) {
      const angle = step * 2.39996; // golden angle: successive tries fan out evenly
      const radius = gap * Math.sqrt(step / 2);
      out[2 * i] = x0 + radius * Math.cos(angle);
      out[2 * i + 1] = y0 + radius * Math.sin(angle);
    }
  }
  return out;
}
