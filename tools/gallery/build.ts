// npm run gallery -- --dataset DIR [--count N] [--model ONNX] [--out DIR] [--dtype float16|float32] [--batch B]
// A ToonScenes build's gallery/ + the shipped vision encoder → public/gallery/toon-mini/ (see its README).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeFloat16 } from '../../src/core/float16';
import { parseGalleryFile, type EmbeddingDtype, type GalleryFile, type GalleryScene, type GallerySettingName } from '../../src/core/gallery-format';
import { float16Agreement, type Agreement } from './agreement';
import { embedAll, openVisionEncoder } from './embed';
import { cutTile, decodeSheet, encodeWebp, readSheet, trimSheet } from './sheets';
import type { RgbaImage } from '../../src/core/rgba-image';

const USAGE = 'usage: npm run gallery -- --dataset DIR [--count N] [--model ONNX] [--out DIR] [--dtype float16|float32] [--batch B]';
const SUITE = 'toon-mini';
const MODEL_FILE = 'vision_encoder/onnx/model.onnx';

export interface GalleryBuildOptions {
  dataset: string;
  count?: number;
  model: string;
  out: string;
  dtype: EmbeddingDtype;
  batch: number;
  log?: (line: string) => void;
}

export function parseArgs(argv: readonly string[]): GalleryBuildOptions {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`bad arguments near "${argv[i]}"\n${USAGE}`);
    args.set(argv[i].slice(2), argv[i + 1]);
  }
  for (const key of args.keys()) if (!['dataset', 'count', 'model', 'out', 'dtype', 'batch'].includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  const dataset = args.get('dataset');
  if (!dataset) throw new Error(`--dataset is required\n${USAGE}`);
  const int = (name: string, fallback: number | undefined) => {
    const raw = args.get(name);
    if (raw === undefined) return fallback;
    const v = Number(raw);
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return v;
  };
  const dtype = args.get('dtype') ?? 'float16';
  if (dtype !== 'float16' && dtype !== 'float32') throw new Error(`--dtype must be float16 or float32, got "${dtype}"`);
  return {
    dataset: resolve(dataset), count: int('count', undefined), dtype, batch: int('batch', 64)!,
    model: resolve(args.get('model') ?? `public/models/${SUITE}/${MODEL_FILE}`),
    out: resolve(args.get('out') ?? `public/gallery/${SUITE}`),
  };
}

/** Only what retrieval and the CLI print: geometry and relations stay in the dataset. */
function shippedScene(scene: GalleryScene): GalleryScene {
  const { id, sheet, tile, setting, time, style, captions } = scene;
  const objects = scene.objects.map(({ kind, count, action }) => ({ kind, count, action: action ?? null }));
  return { id, sheet, tile, setting, time, style, objects, captions: { en: captions.en, ko: captions.ko } };
}

/** dataset.json's setting names travel with the gallery: the lens labels and prompts read them from there. */
function settingNames(dataset: string): GallerySettingName[] {
  const meta = JSON.parse(readFileSync(join(dataset, 'dataset.json'), 'utf8')) as { settings?: GallerySettingName[] };
  if (!Array.isArray(meta.settings) || meta.settings.length === 0) throw new Error(`${dataset}/dataset.json lists no settings`);
  return meta.settings.map(({ id, en, ko }) => ({ id, en, ko }));
}

export interface GalleryBuildReport {
  scenes: number;
  bytes: Record<string, number>;
  agreement: Agreement;
  embedSeconds: number;
}

export async function buildGallery(opts: GalleryBuildOptions): Promise<GalleryBuildReport> {
  const log = opts.log ?? (() => undefined);
  const srcDir = join(opts.dataset, 'gallery');
  const source = JSON.parse(readFileSync(join(srcDir, 'gallery.json'), 'utf8')) as Omit<GalleryFile, 'embeddings'>;
  const settings = settingNames(opts.dataset);
  const total = source.scenes.length;
  const count = Math.min(opts.count ?? total, total);
  if (count === 0) throw new Error(`${srcDir}/gallery.json has no scenes`);
  const { tile: size, columns, perSheet } = source;
  mkdirSync(opts.out, { recursive: true });
  // Only files this tool writes are replaced, so a mistaken --out never wipes a folder.
  for (const name of readdirSync(opts.out)) {
    if (/^(images|depth)-\d{3}\.(webp|png)$|^gallery\.json$|^embeddings\.bin$/.test(name)) rmSync(join(opts.out, name));
  }

  const sheets: GalleryFile['sheets'] = [];
  const tiles: RgbaImage[] = [];
  const bytes: Record<string, number> = {};
  for (let s = 0, left = count; left > 0; s++) {
    const src = source.sheets[s];
    const n = Math.min(src.count, left);
    left -= n;
    const image = `images-${String(s).padStart(3, '0')}.webp`, depth = `depth-${String(s).padStart(3, '0')}.webp`;
    const rgb = await readSheet(join(srcDir, src.image));
    if (n === src.count) {
      copyFileSync(join(srcDir, src.image), join(opts.out, image));
    } else {
      // Trimmed sheets are re-encoded at the dataset's quality (tools/dataset/output/gallery.ts).
      writeFileSync(join(opts.out, image), encodeWebp(trimSheet(rgb, n, size, columns), 88));
    }
    const depthSheet = await readSheet(join(srcDir, src.depth));
    writeFileSync(join(opts.out, depth), encodeWebp(n === src.count ? depthSheet : trimSheet(depthSheet, n, size, columns), 100));
    // Embed what the browser will decode: the shipped file, not the source.
    const shipped = await decodeSheet(readFileSync(join(opts.out, image)));
    for (let k = 0; k < n; k++) tiles.push(cutTile(shipped, k, size, columns));
    sheets.push({ image, depth, count: n });
    log(`sheet ${s}: ${n} tiles`);
  }

  const embedder = await openVisionEncoder(opts.model);
  const started = performance.now();
  const vectors = await embedAll(embedder, tiles, opts.batch, (done) => log(`embedded ${done}/${count}`));
  const embedSeconds = (performance.now() - started) / 1000;
  await embedder.release();
  const dim = vectors.length / count;
  const agreement = float16Agreement(vectors, count, dim);
  const payload = opts.dtype === 'float16' ? encodeFloat16(vectors) : vectors;
  const bin = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  writeFileSync(join(opts.out, 'embeddings.bin'), bin);

  const gallery: GalleryFile = {
    version: 1, suite: SUITE, licence: 'CC BY-SA 4.0 (ToonScenes; OpenMoji art by the OpenMoji project, CC BY-SA 4.0)',
    tile: size, columns, perSheet, sheets,
    embeddings: {
      file: 'embeddings.bin', dtype: opts.dtype, count, dim, bytes: bin.length,
      sha256: createHash('sha256').update(bin).digest('hex'),
      model: { suite: SUITE, id: 'vision_encoder', file: MODEL_FILE, sha256: embedder.sha256 },
      input: { size: 64, resize: 'bilinear', range: 'minus-one-one' },
    },
    settings,
    scenes: source.scenes.slice(0, count).map(shippedScene),
  };
  parseGalleryFile(gallery);
  writeFileSync(join(opts.out, 'gallery.json'), JSON.stringify(gallery) + '\n');
  for (const name of ['gallery.json', 'embeddings.bin', ...sheets.flatMap((s) => [s.image, s.depth])]) {
    bytes[name] = readFileSync(join(opts.out, name)).length;
  }
  return { scenes: count, bytes, agreement, embedSeconds };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const report = await buildGallery({ ...opts, log: console.log });
  const sum = (pred: (n: string) => boolean) => Object.entries(report.bytes).filter(([n]) => pred(n)).reduce((a, [, b]) => a + b, 0);
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(`gallery: ${report.scenes} scenes → ${opts.out}`);
  console.log(`  images ${mb(sum((n) => n.startsWith('images')))}, depth ${mb(sum((n) => n.startsWith('depth')))}, ` +
    `embeddings ${mb(report.bytes['embeddings.bin'])} (${opts.dtype}), gallery.json ${mb(report.bytes['gallery.json'])}, total ${mb(sum(() => true))}`);
  console.log(`  embedding: ${report.embedSeconds.toFixed(1)} s for ${report.scenes} tiles on onnxruntime-node`);
  const a = report.agreement;
  console.log(`  float16 vs float32 retrieval (${a.queries} leave-one-out queries): top-1 same ${(100 * a.top1).toFixed(2)}%, ` +
    `top-${a.k} overlap ${(100 * a.topKOverlap).toFixed(2)}%, max |Δscore| ${a.maxScoreDiff.toExponential(2)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
