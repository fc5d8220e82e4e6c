// Embeds gallery tiles with the shipped vision encoder on onnxruntime-node through the worker's own
// VisionModel, so the preprocessing (white background, bilinear 128 → 64 px, x/127.5 − 1) is the browser's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { VisionModel } from '../../src/core/models/image-models';
import type { RgbaImage } from '../../src/core/rgba-image';

export interface TileEmbedder {
  readonly sha256: string;
  readonly bytes: number;
  embed(tiles: RgbaImage[]): Promise<Float32Array>;
  release(): Promise<void>;
}

export async function openVisionEncoder(modelPath: string, threads = 2): Promise<TileEmbedder> {
  let model: Buffer;
  try {
    model = readFileSync(modelPath);
  } catch {
    throw new Error(`vision encoder not found at ${modelPath} (export it with python3 -m training.suite.export_core, or pass --model)`);
  }
  const session = await ort.InferenceSession.create(model, { intraOpNumThreads: threads, interOpNumThreads: 1 });
  const vision = new VisionModel(ort, session);
  return {
    sha256: createHash('sha256').update(model).digest('hex'),
    bytes: model.length,
    embed: (tiles) => vision.embed(tiles),
    release: () => session.release(),
  };
}

/** All tiles in batches; `onBatch` reports progress. */
export async function embedAll(embedder: TileEmbedder, tiles: RgbaImage[], batch: number,
  onBatch?: (done: number) => void): Promise<Float32Array> {
  const chunks: Float32Array[] = [];
  for (let i = 0; i < tiles.length; i += batch) {
    chunks.push(await embedder.embed(tiles.slice(i, i + batch)));
    onBatch?.(Math.min(i + batch, tiles.length));
  }
  const dim = chunks[0].length / Math.min(batch, tiles.length);
  const out = new Float32Array(tiles.length * dim);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
