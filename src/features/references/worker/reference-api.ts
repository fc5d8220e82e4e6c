// The author's reference images in the image worker: analysed off the main thread, then indexed beside the gallery.
import * as ort from 'onnxruntime-web';
import type { GalleryStore, Reference } from '../../../core/gallery-store';
import { DepthModel, VisionModel } from '../../../core/models/image-models';
import { onlySession, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';
import type { AnalysedReference } from '../shared/reference-contract';
import { analyseReferenceImage } from './analyse-reference';

export function referenceApi(runtime: WorkerRuntime, gallery: (url: string) => Promise<GalleryStore>) {
  return {
    /** Decode + square tile + embedding + depth. */
    async analyseReference(blob: Blob): Promise<AnalysedReference> {
      const [vision, depth] = await Promise.all([runtime.model('vision_encoder'), runtime.model('depth_estimator')]);
      return analyseReferenceImage(blob, {
        embed: (i) => new VisionModel(ort, onlySession(vision)).embed(i),
        estimate: (i, s) => new DepthModel(ort, onlySession(depth)).estimate(i, s),
      });
    },
    /** Index sink for user references: the vector for search, the tile + depth for the denoiser. */
    async addUser(url: string, id: string, vector: Float32Array, name: string, reference: Reference): Promise<void> {
      (await gallery(url)).addUser(id, vector, { setting: '', style: '', objects: [], source: 'user', name }, reference);
    },
    async removeUser(url: string, id: string): Promise<boolean> {
      return (await gallery(url)).removeUser(id);
    },
  };
}
