// Reads one split of a ToonScenes build (tools/dataset/FORMAT.md): scenes.jsonl + images_64.npy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Setting { id: string; en: string; ko: string }

export interface DatasetMeta {
  name: string;
  seed: number;
  count: number;
  sizes: number[];
  settings: Setting[];
  splits: Record<string, number>;
  stories?: number;
  gallery?: number;
}

export interface Scene {
  id: string;
  setting: string;
  style: string;
  time: string;
  objects: { kind: string; count: number; action: string | null }[];
  captions: { en: string[]; ko: string[] };
}

export interface SplitData {
  meta: DatasetMeta;
  split: string;
  scenes: Scene[];
  /** uint8 [n, size, size, 3] RGB, row i ↔ scenes[i]. */
  images: Uint8Array;
  size: number;
}

/** A C-order uint8 .npy (format 1.x/2.x): shape and the bytes after the header. */
export function parseNpyUint8(bytes: Uint8Array, path: string): { shape: number[]; data: Uint8Array } {
  const magic = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
  if (bytes.length < 10 || magic.some((m, i) => bytes[i] !== m)) throw new Error(`${path} is not a .npy file`);
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder('latin1').decode(bytes.subarray(start, start + headerLen));
  if (!/'descr':\s*'\|u1'/.test(header)) throw new Error(`${path}: only uint8 (|u1) arrays are read, header ${header.trim()}`);
  if (/'fortran_order':\s*True/.test(header)) throw new Error(`${path}: Fortran order is not supported`);
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (shapeText === undefined) throw new Error(`${path}: no shape in header`);
  const shape = shapeText.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  const data = bytes.subarray(start + headerLen);
  const expected = shape.reduce((a, b) => a * b, 1);
  if (data.length !== expected) throw new Error(`${path}: ${data.length} data bytes, shape ${shape.join('×')} needs ${expected}`);
  return { shape, data };
}

export function readMeta(dir: string): DatasetMeta {
  const path = join(dir, 'dataset.json');
  if (!existsSync(path)) throw new Error(`${dir} is not a ToonScenes folder: no dataset.json (build one with \`npm run dataset\`)`);
  const meta = JSON.parse(readFileSync(path, 'utf8')) as DatasetMeta;
  if (meta.name !== 'ToonScenes') throw new Error(`${path}: name is ${JSON.stringify(meta.name)}, expected "ToonScenes"`);
  return meta;
}

export function readSplit(dir: string, split: string, size = 64): SplitData {
  const meta = readMeta(dir);
  if (!(split in meta.splits)) throw new Error(`split "${split}" not in ${Object.keys(meta.splits).join(', ')}`);
  const scenes = readFileSync(join(dir, split, 'scenes.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Scene);
  const npyPath = join(dir, split, `images_${size}.npy`);
  if (!existsSync(npyPath)) throw new Error(`${npyPath} missing (sizes in dataset.json: ${meta.sizes.join(', ')}); the towers need ${size} px`);
  const { shape, data } = parseNpyUint8(new Uint8Array(readFileSync(npyPath)), npyPath);
  if (shape.length !== 4 || shape[1] !== size || shape[2] !== size || shape[3] !== 3) {
    throw new Error(`${npyPath}: shape ${shape.join('×')}, expected n×${size}×${size}×3`);
  }
  if (shape[0] !== scenes.length) throw new Error(`${npyPath}: ${shape[0]} rows but scenes.jsonl has ${scenes.length}`);
  if (scenes.length < 10) throw new Error(`split "${split}" has ${scenes.length} scenes; the report needs at least 10`);
  const known = new Set(meta.settings.map((s) => s.id));
  const bad = scenes.find((s) => !known.has(s.setting));
  if (bad) throw new Error(`${bad.id}: setting "${bad.setting}" is not in dataset.json`);
  return { meta, split, scenes, images: data, size };
}

/** Scene i's pixels as RGBA (what VisionModel and canvas take). */
export function sceneRgba(data: SplitData, i: number): { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> } {
  const { size } = data;
  const plane = size * size;
  const rgb = data.images.subarray(i * plane * 3, (i + 1) * plane * 3);
  const rgba = new Uint8ClampedArray(plane * 4);
  for (let p = 0; p < plane; p++) {
    rgba[p * 4] = rgb[p * 3];
    rgba[p * 4 + 1] = rgb[p * 3 + 1];
    rgba[p * 4 + 2] = rgb[p * 3 + 2];
    rgba[p * 4 + 3] = 255;
  }
  return { width: size, height: size, data: rgba };
}
