// The CLIP lens's worker calls: sentence and picture embeddings, and the gallery's 2-D PCA map.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { TextModel } from '../../../core/models/text-model';
import { OncePerKey, type Once } from '../../../core/once';
import { VisionModel } from '../../../core/models/image-models';
import type { RgbaImage } from '../../../core/rgba-image';
import { onlySession, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';
import { buildGalleryMap, type GalleryMap } from '../shared/gallery-map';
import { t } from '../../../core/i18n';

async function fetchGalleryFile(url: string, path: string): Promise<Response> {
  const full = new URL(path, url).href;
  const response = await fetch(full).catch((err: Error) => {
    throw new Error(t('fetch.galleryFailed', { file: full, error: err.message }));
  });
  if (!response.ok) throw new Error(t('fetch.galleryFailed', { file: full, error: `HTTP ${response.status}` }));
  return response;
}

/** In the text worker: sentences → [B, 512] unit embeddings only (no token states to copy back). */
export function lensTextApi(text: Once<TextModel>) {
  return {
    async embedTexts(texts: string[]): Promise<Float32Array> {
      const { embeds } = await (await text.get()).encode(texts);
      return Comlink.transfer(embeds, [embeds.buffer]);
    },
  };
}

/** In the image worker: picture embeddings, and one PCA map per gallery URL (it depends only on the shipped embeddings). */
export function lensImageApi(runtime: WorkerRuntime) {
  const maps = new OncePerKey<string, GalleryMap>(async (url) => {
    const json: unknown = await (await fetchGalleryFile(url, 'gallery.json')).json();
    const file = (json as { embeddings?: { file?: unknown } }).embeddings?.file;
    const bytes = await (await fetchGalleryFile(url, typeof file === 'string' ? file : 'embeddings.bin')).arrayBuffer();
    return buildGalleryMap(json, bytes);
  });
  return {
    async embed(images: RgbaImage[]): Promise<Float32Array> {
      return new VisionModel(ort, onlySession(await runtime.model('vision_encoder'))).embed(images);
    },
    galleryMap: (url: string): Promise<GalleryMap> => maps.get(url),
  };
}
