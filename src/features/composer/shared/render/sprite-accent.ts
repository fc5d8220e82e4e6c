// A cast member's clothing colour put into an OpenMoji person sprite (pure SVG text → SVG text), so the
// same character reads as the same person from panel to panel. OpenMoji draws people two ways:
//  - head and shoulders (man, woman, child, the professions): the clothes are the light-blue fills
//    (#92D3F5, shade #61B2E4) of the "color" group; the face is in "skin", the hair in "hair";
//  - whole figures (standing, walking, running…): a black-outlined silhouette filled with the skin colour in
//    the "skin" group, the head a circle element. There the body (every non-circle shape) takes the accent, as an
//    outfit, and the head keeps the skin tone.
// Nothing else changes: hair, faces, props (balls, boards, water) and every outline keep their colours.

const HEX = /^#[0-9a-f]{6}$/i;
/** OpenMoji's light blue and its darker shade, the clothes of every head-and-shoulders person sprite. */
const CLOTHES: Readonly<Record<string, number>> = { '#92d3f5': 0, '#61b2e4': 0.22 };
const TAG = /<(\/?)([a-zA-Z]+)\b([^>]*?)(\/?)>/g;
const FILL = /\bfill="([^"]*)"/;

export interface SvgShape {
  /** Offsets of the fill attribute's value in the SVG text. */
  start: number;
  end: number;
  fill: string;
  tag: string;
  /** Id of the outermost group holding it ("color", "skin", "hair", "line", …). */
  group: string;
}

function shapes(svg: string): SvgShape[] {
  const out: SvgShape[] = [];
  const stack: string[] = [];
  for (const m of svg.matchAll(TAG)) {
    const [whole, close, tag, attrs, selfClosing] = m;
    if (tag === 'g') {
      if (close) stack.pop();
      else if (!selfClosing) stack.push(/\bid="([^"]*)"/.exec(attrs)?.[1] ?? '');
      continue;
    }
    if (close) continue;
    const fill = FILL.exec(attrs);
    if (!fill || fill[1] === 'none') continue;
    const start = m.index! + whole.indexOf(fill[0]) + 'fill="'.length;
    out.push({ start, end: start + fill[1].length, fill: fill[1].toLowerCase(), tag, group: stack[0] ?? '' });
  }
  return out;
}

/** hex mixed towards black by amount (0 … 1). */
export function darken(hex: string, amount: number): string {
  const v = parseInt(hex.slice(1), 16);
  const k = 1 - amount;
  return `#${[(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => Math.round(c * k).toString(16).padStart(2, '0')).join('')}`;
}

/** The shapes of a person sprite that are its clothes (empty for sprites with none: props, animals). */
export function clothingShapes(svg: string): SvgShape[] {
  const all = shapes(svg);
  const skin = all.filter((s) => s.group === 'skin');
  const wholeFigure = skin.some((s) => s.tag === 'circle') && skin.some((s) => s.tag !== 'circle');
  if (wholeFigure) return skin.filter((s) => s.tag !== 'circle');
  if (skin.length === 0) return []; // no person in it
  return all.filter((s) => s.group === 'color' && s.fill in CLOTHES);
}

/** svg with its clothes in accent (#rrggbb); sprites without clothes come back unchanged. */
export function accentSvg(svg: string, accent: string): string {
  if (!HEX.test(accent)) throw new Error(`accent colour "${accent}" is not #rrggbb`);
  let out = '';
  let at = 0;
  for (const s of clothingShapes(svg)) {
    const shade = CLOTHES[s.fill] ?? 0;
    out += svg.slice(at, s.start) + (shade ? darken(accent, shade) : accent.toLowerCase());
    at = s.end;
  }
  return out + svg.slice(at);
}
