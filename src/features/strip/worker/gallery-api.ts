// The shipped gallery in the image worker: opened once per folder URL, searched, and read for references.
import { t } from '../../../core/i18n';
import { GalleryStore, type Reference, type SceneMeta } from '../../../core/gallery-store';
import { OncePerKey } from '../../../core/once';
import { decodeImageBytes, mimeOf } from '../../../runtime/worker/decode-image';
import { searchByPlan, type RetrievalPlan } from '../../plans/shared/plan-retrieval';

export interface SearchHit {
  id: string;
  score: number;
  source: 'gallery' | 'user';
  meta: SceneMeta;
  /** Only on hits a plan ranked: the kinds the plan names that the entry lacks. */
  missing?: string[];
}

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
    /** Top-k by CLIP; with the line's scene plan, every entry ranked by it (plans/shared/plan-retrieval.ts). */
    async search(url: string, query: Float32Array, k: number, plan?: RetrievalPlan): Promise<SearchHit[]> {
      const store = await gallery(url);
      return plan ? searchByPlan(store, query, k, plan) : store.search(query, k);
    },
    async reference(url: string, id: string): Promise<Reference> {
      return (await gallery(url)).reference(id);
    },
  };
}
