// Text and image embeddings from the exported towers on onnxruntime-node, through the browser's own model
// code (src/core/models), in batches so a large split never builds one huge tensor.
import { NodeEngine } from '../cli/node-engine';
import type { Embeddings } from './metrics';
import { sceneRgba, type SplitData } from './dataset';

export interface ClipEncoders {
  texts(texts: string[]): Promise<Embeddings>;
  images(data: SplitData, rows: number[]): Promise<Embeddings>;
  dispose(): Promise<void>;
}

function concat(chunks: Float32Array[], rows: number, dim: number): Embeddings {
  const data = new Float32Array(rows * dim);
  let at = 0;
  for (const c of chunks) { data.set(c, at); at += c.length; }
  return { data, rows, dim };
}

export function openEncoders(suiteDir: string, threads: number, batch = 64): ClipEncoders {
  // The gallery folder is never read here: only the towers are used.
  const engine = new NodeEngine({ suiteDir, galleryDir: '', threads });
  return {
    async texts(texts) {
      if (texts.length === 0) throw new Error('no texts to embed');
      const text = await engine.textModel();
      const chunks: Float32Array[] = [];
      let dim = 0;
      for (let i = 0; i < texts.length; i += batch) {
        const states = await text.encode(texts.slice(i, i + batch));
        chunks.push(states.embeds.slice());
        dim = states.embedDim;
      }
      return concat(chunks, texts.length, dim);
    },
    async images(data, rows) {
      if (rows.length === 0) throw new Error('no images to embed');
      const vision = await engine.visionModel();
      const chunks: Float32Array[] = [];
      for (let i = 0; i < rows.length; i += batch) {
        const slice = rows.slice(i, i + batch);
        chunks.push((await vision.embed(slice.map((r) => sceneRgba(data, r)))).slice());
      }
      return concat(chunks, rows.length, chunks[0].length / Math.min(batch, rows.length));
    },
    dispose: () => engine.dispose(),
  };
}
