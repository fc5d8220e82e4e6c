// Image worker: vision tower (512-d CLIP embedding), depth estimator, and the gallery index.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { BackendPreference, ModelRef } from '../src/core/model-ref';
import type { ProgressCallback } from '../src/core/progress';
import type { ImageDataLike } from '../src/core/image-tensor';
import { DepthModel, VisionModel, type DepthMap } from '../src/core/models/image-models';
import { GalleryStore, type Reference, type SceneMeta } from '../src/core/gallery-store';
import { analyseReferenceImage, type AnalysedReference } from '../src/features/references/worker/analyse-reference';
import { buildGalleryMap, type GalleryMap } from '../src/features/lens/shared/gallery-map';
import { decodeImageBytes, mimeOf } from '../src/runtime/worker/decode-image';
import { onlySession, runRaw, WorkerRuntime, type RawTensor } from '../src/runtime/worker/worker-runtime';

const runtime = new WorkerRuntime();
const galleries = new Map<string, Promise<GalleryStore>>();
/** CLIP lens: one PCA map per gallery URL; it depends only on the shipped embeddings. */
const galleryMaps = new Map<string, Promise<GalleryMap>>();

async function fetchGalleryFile(url: string, path: string): Promise<Response> {
  const full = new URL(path, url).href;
  const response = await fetch(full).catch((err: Error) => {
    throw new Error(`Could not fetch gallery file ${full}: ${err.message}`);
  });
  if (!response.ok) throw new Error(`Could not fetch gallery file ${full}: HTTP ${response.status}`);
  return response;
}

export interface SearchHit { id: string; score: number; source: 'gallery' | 'user'; meta: SceneMeta }

function gallery(url: string): Promise<GalleryStore> {
  let pending = galleries.get(url);
  if (!pending) {
    pending = GalleryStore.open({
      async fetchBytes(path) {
        const full = new URL(path, url).href;
        const response = await fetch(full);
        if (!response.ok) throw new Error(`Could not fetch gallery file ${full}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      },
      decodeImage: (bytes, path) => decodeImageBytes(bytes, mimeOf(path)),
    });
    galleries.set(url, pending);
    pending.catch(() => galleries.delete(url));
  }
  return pending;
}

const api = {
  init: (preference: BackendPreference = 'auto') => runtime.init(preference),
  backend: () => runtime.backend(),
  async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void> {
    await runtime.load(ref, onProgress);
  },
  /** Opens the shipped gallery at this folder URL (ending in /); returns its size and the embedding model's sha256. */
  async openGallery(url: string): Promise<{ count: number; modelSha256: string }> {
    const g = await gallery(url);
    return { count: g.index.size, modelSha256: g.modelSha256 };
  },
  async search(url: string, query: Float32Array, k: number): Promise<SearchHit[]> {
    return (await gallery(url)).search(query, k);
  },
  async reference(url: string, id: string): Promise<Reference> {
    return (await gallery(url)).reference(id);
  },
  async embed(images: ImageDataLike[]): Promise<Float32Array> {
    return new VisionModel(ort, onlySession(await runtime.model('vision_encoder'))).embed(images);
  },
  async depth(image: ImageDataLike): Promise<DepthMap> {
    return new DepthModel(ort, onlySession(await runtime.model('depth_estimator'))).estimate(image);
  },
  /** P2's UserReferences analyser: decode + square tile + embedding + depth, off the main thread. */
  async analyseReference(blob: Blob): Promise<AnalysedReference> {
    const [vision, depth] = await Promise.all([runtime.model('vision_encoder'), runtime.model('depth_estimator')]);
    return analyseReferenceImage(blob, { embed: (i) => new VisionModel(ort, onlySession(vision)).embed(i), estimate: (i, s) => new DepthModel(ort, onlySession(depth)).estimate(i, s) });
  },
  /** Index sink for user references: the vector for search, the tile + depth for the denoiser. */
  async addUser(url: string, id: string, vector: Float32Array, name: string, reference: Reference): Promise<void> {
    (await gallery(url)).addUser(id, vector, { setting: '', style: '', objects: [], source: 'user', name }, reference);
  },
  async removeUser(url: string, id: string): Promise<boolean> {
    return (await gallery(url)).removeUser(id);
  },
  /** CLIP lens: the gallery's 2-D PCA map (built once per gallery, then served from memory). */
  async galleryMap(url: string): Promise<GalleryMap> {
    let pending = galleryMaps.get(url);
    if (!pending) {
      pending = (async () => {
        const json: unknown = await (await fetchGalleryFile(url, 'gallery.json')).json();
        const file = (json as { embeddings?: { file?: unknown } }).embeddings?.file;
        const bytes = await (await fetchGalleryFile(url, typeof file === 'string' ? file : 'embeddings.bin')).arrayBuffer();
        return buildGalleryMap(json, bytes);
      })();
      galleryMaps.set(url, pending);
      pending.catch(() => galleryMaps.delete(url));
    }
    return pending;
  },
  /** One raw call of a loaded model (parity tests, benchmarks). */
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(ort, runtime, modelId, feeds),
  cancel: (jobId: number) => runtime.cancellation.cancel(jobId),
  dispose: () => runtime.dispose(),
};

export type ImageApi = typeof api;
Comlink.expose(api);
