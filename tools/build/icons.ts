// Renders the app's icons from public/icons/icon.svg (our own art): npx tsx tools/build/icons.ts
// The maskable icon keeps the art inside the central 80 % safe zone, on a full-bleed background.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const dir = new URL('../../public/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');

function png(source: string, size: number): Buffer {
  return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, dir), png(svg, size));

const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#1f2a44"/><g transform="translate(51.2 51.2) scale(0.8)">${inner}</g></svg>`;
writeFileSync(new URL('icon-maskable-512.png', dir), png(maskable, 512));
console.log('public/icons: icon-192.png, icon-512.png, icon-maskable-512.png');
