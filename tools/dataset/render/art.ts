// Sprites OpenMoji lacks, drawn in its style (72×72, 2-unit black outlines, flat OpenMoji colours).
// Derived from OpenMoji's look, so CC BY-SA 4.0 like the rest of the art. Ids start with "X-".

const STROKE = 'fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round" stroke-width="2"';

/** A horse carriage facing left: shafts reach forward (left) to the horse, big rear wheel, small front wheel. */
const CARRIAGE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">
  <path fill="#a57939" d="M20 47h44v-4H20z"/>
  <path fill="#d22f27" d="M28 46V26q0-8 8-8h18q8 0 8 8v20z"/>
  <path fill="#f1b31c" d="M26 18h38v-3H26z"/>
  <path fill="#92d3f5" d="M34 24h8v10h-8zM47 24h9v10h-9z"/>
  <path fill="#a57939" d="M18 40h10v6H18z"/>
  <circle cx="52" cy="55" r="11" fill="#fff"/>
  <circle cx="27" cy="58" r="8" fill="#fff"/>
  <g ${STROKE}>
    <path d="M28 46V26q0-8 8-8h18q8 0 8 8v20z"/>
    <path d="M26 18h38v-3H26zM34 24h8v10h-8zM47 24h9v10h-9zM18 40h10v6H18z"/>
    <path d="M20 47h44M3 41l15 2M3 44l15 1"/>
    <circle cx="52" cy="55" r="11"/><circle cx="52" cy="55" r="2"/>
    <path d="M52 44v22M41 55h22M44.2 47.2l15.6 15.6M59.8 47.2L44.2 62.8"/>
    <circle cx="27" cy="58" r="8"/><circle cx="27" cy="58" r="1.5"/>
    <path d="M27 50v16M19 58h16"/>
  </g>
</svg>`;

const ART: Record<string, string> = { 'X-CARRIAGE': CARRIAGE };

/** Ids of every local sprite. */
export function localArtIds(): string[] {
  return Object.keys(ART);
}

export function isLocalArt(hexcode: string): boolean {
  return hexcode in ART;
}

/** SVG text of a local sprite, or undefined for OpenMoji hexcodes. */
export function localArt(hexcode: string): string | undefined {
  return ART[hexcode];
}
