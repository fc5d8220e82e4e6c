// Ship the gallery's embeddings, or compute them on the user's first run? Prints both costs.
// npx tsx bench/gallery.ts [--gallery public/gallery/toon-mini] [--model ONNX] [--tiles N] [--wasm-ratio R]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeFloat16, encodeFloat16 } from '../src/core/float16';
import { decodeEmbeddings, parseGalleryFile, type GalleryScene } from '../src/core/gallery-format';
import { GalleryIndex } from '../src/core/gallery-index';
import { embedAll, openVisionEncoder } from '../tools/gallery/embed';
import { cutTile, decodeSheet } from '../tools/gallery/sheets';
import type { RgbaImage } from '../src/core/rgba-image';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const dir = resolve(args.get('gallery') ?? 'public/gallery/toon-mini');
const modelPath = resolve(args.get('model') ?? 'public/models/toon-mini/vision_encoder/onnx/model.onnx');
// onnxruntime-web WASM (2 threads, cross-origin isolated) vs onnxruntime-node on the same graph; design.md
// measured ~4× on the UNet. Pass the ratio bench/pipeline.ts prints for the vision encoder when it exists.
const wasmRatio = Number(args.get('wasm-ratio') ?? 4);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value!: T;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    value = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), value };
}
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;

const galleryText = readFileSync(join(dir, 'gallery.json'), 'utf8');
const parsed = time(7, () => parseGalleryFile(JSON.parse(galleryText)));
const gallery = parsed.value;
const { count, dim, dtype } = gallery.embeddings;
const binBytes = readFileSync(join(dir, gallery.embeddings.file));
const bin = binBytes.buffer.slice(binBytes.byteOffset, binBytes.byteOffset + binBytes.byteLength);
const sheetBytes = gallery.sheets.reduce((s, sh) => s + readFileSync(join(dir, sh.image)).length + readFileSync(join(dir, sh.depth)).length, 0);

console.log(`gallery ${dir}: ${count} scenes, ${dim}-d ${dtype} embeddings, Node ${process.version}`);
console.log(`\n== shipping the embeddings ==`);
const f32Bytes = count * dim * 4, f16Bytes = count * dim * 2;
console.log(`download: embeddings ${mb(bin.byteLength)} (${dtype}; float32 would be ${mb(f32Bytes)}, float16 ${mb(f16Bytes)}); ` +
  `gallery.json ${mb(Buffer.byteLength(galleryText))}; sheets (needed either way) ${mb(sheetBytes)}`);
for (const mbit of [10, 50]) console.log(`  embeddings at ${mbit} Mbit/s: ${((bin.byteLength * 8) / (mbit * 1e6)).toFixed(2)} s`);
console.log(`parse gallery.json: ${parsed.ms.toFixed(1)} ms (median of 7)`);
const decoded = time(7, () => decodeEmbeddings(bin, gallery.embeddings));
console.log(`decode embeddings.bin → Float32Array: ${decoded.ms.toFixed(2)} ms`);
const indexed = time(7, () => {
  const index = new GalleryIndex<GalleryScene>(dim);
  index.setShipped(gallery.scenes.map((s) => s.id), decodeEmbeddings(bin, gallery.embeddings), gallery.scenes);
  return index;
});
console.log(`decode + GalleryIndex.setShipped (normalises rows): ${indexed.ms.toFixed(2)} ms`);
const f16 = encodeFloat16(decoded.value);
console.log(`(float16 decode alone, table lookup: ${time(7, () => decodeFloat16(f16)).ms.toFixed(2)} ms)`);

console.log(`\n== computing them on first run ==`);
const decodeSheets = time(1, () => gallery.sheets.map((sh) => readFileSync(join(dir, sh.image))));
const decodeStart = performance.now();
const sheets: RgbaImage[] = [];
for (const bytes of decodeSheets.value) sheets.push(await decodeSheet(bytes));
const tiles: RgbaImage[] = gallery.scenes.map((s) => cutTile(sheets[s.sheet], s.tile, gallery.tile, gallery.columns));
const decodeMs = performance.now() - decodeStart;
console.log(`decode ${gallery.sheets.length} image sheets + cut ${tiles.length} tiles (@napi-rs/canvas): ${(decodeMs / 1000).toFixed(2)} s`);

const n = Math.min(Number(args.get('tiles') ?? count), count);
const embedder = await openVisionEncoder(modelPath);
if (embedder.sha256 !== gallery.embeddings.model.sha256) {
  console.log(`WARNING: ${modelPath} is not the model these embeddings were made with (stale gallery: rerun npm run gallery)`);
}
await embedder.embed(tiles.slice(0, 1)); // warm-up
const started = performance.now();
const vectors = await embedAll(embedder, tiles.slice(0, n), 64);
const nodeSeconds = ((performance.now() - started) / 1000) * (count / n);
await embedder.release();
console.log(`embed ${n} tiles on onnxruntime-node (2 threads, batch 64): ${((nodeSeconds * n) / count).toFixed(1)} s` +
  (n < count ? ` → ${nodeSeconds.toFixed(1)} s for ${count}` : '') + ` (${((1000 * nodeSeconds) / count).toFixed(1)} ms/tile)`);
console.log(`browser WASM estimate (× ${wasmRatio}): ${(nodeSeconds * wasmRatio).toFixed(0)} s for ${count} tiles on these 2 cores`);

// The shipped vectors should equal what a first run computes (same tiles, same preprocessing).
let worst = 1;
for (let i = 0; i < n; i++) {
  let dot = 0;
  for (let j = 0; j < dim; j++) dot += vectors[i * dim + j] * decoded.value[i * dim + j];
  worst = Math.min(worst, dot);
}
console.log(`check: min cosine(shipped, recomputed) over ${n} tiles = ${worst.toFixed(6)}`);

console.log(`\n== verdict ==`);
const shipSeconds = (bin.byteLength * 8) / (10e6) + indexed.ms / 1000;
console.log(`ship: ${mb(bin.byteLength)} more download (${shipSeconds.toFixed(2)} s at 10 Mbit/s incl. parse) vs ` +
  `first run: ~${(nodeSeconds * wasmRatio + decodeMs / 1000).toFixed(0)} s of CPU on 2 cores (WASM), repeated whenever the model changes`);
