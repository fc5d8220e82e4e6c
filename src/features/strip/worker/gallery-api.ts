// The shipped gallery in the image worker: opened once per folder URL, searched, and read for references.
import { t } from '../../../core/i18n';
import { GalleryStore, type Reference, type SceneMeta } from '../../../core/gallery-store';
import { OncePerKey } from '../../../core/once';
import { decodeImageBytes, mimeOf } from '../../../runtime/worker/decode-image';

export interface SearchHit { id: string; score: number; source: 'gallery' | 'user'; meta: SceneMeta }

/** One GalleryStore per gallery folder URL (ending in /). */
export function galleries(): (url: string) => Promise<GalleryStore> {
  const open = new OncePerKey<string, GalleryStore>((url) => GalleryStore.open({
    async fetchBytes(path) {
      const full = new URL(path, url).href;
      const response = await fetch(full);
      if (!response.ok) throw new Error(t('fetch.galleryFailed', { file: full, error: `HTTP ${response.status}` }));
      return new Uint8Array(await response.arrayBuffer());
    },
    decodeImage: (bytes, path) => decodeImageBytes(bytes, mimeOf(path)),
  }));
  return (url) => open.get(url);
}

export function galleryApi(gallery: (url: string) => Promise<GalleryStore>) {
  return {
    /** Opens the shipped gallery; returns its size and the embedding model's sha256. */
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
  };
}
