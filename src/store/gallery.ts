// User reference images with their embeddings and depth maps, for retrieval.
import type { StudioDb } from './open-db';
import type { GalleryRecord } from './schema';
import { guardWrite } from './storage-errors';
import { t } from '../core/i18n';

export function checkGalleryRecord(record: GalleryRecord): void {
  if (!record.id) throw new Error('A gallery image needs an id.');
  if (!(record.embedding instanceof Float32Array) || record.embedding.length === 0) {
    throw new Error(`Gallery image "${record.meta.name}" has no embedding.`);
  }
  const depth = record.depth;
  if (depth && depth.data.length !== depth.width * depth.height) {
    throw new Error(
      `Gallery image "${record.meta.name}": depth map has ${depth.data.length} values, expected ${depth.width}×${depth.height}.`,
    );
  }
}

export async function putGalleryImage(db: StudioDb, record: GalleryRecord): Promise<void> {
  checkGalleryRecord(record);
  await guardWrite(t('storage.whatImage', { name: record.meta.name }), () => db.put('gallery', record));
}

export async function getGalleryImage(db: StudioDb, id: string): Promise<GalleryRecord | undefined> {
  return db.get('gallery', id);
}

/** Oldest first, the order the user added them. */
export async function listGallery(db: StudioDb): Promise<GalleryRecord[]> {
  return db.getAllFromIndex('gallery', 'by-created');
}

export async function deleteGalleryImage(db: StudioDb, id: string): Promise<void> {
  await guardWrite(t('storage.whatImageDeletion'), () => db.delete('gallery', id));
}
