// The shipped gallery (public/gallery/<suite>/: gallery.json, sprite + depth sheets, embeddings .bin)
// behind a GalleryIndex, plus user images; sheet decoding is injected (OffscreenCanvas or Node canvas).
import { GalleryIndex, type GalleryIndexHit } from './gallery-index';
import { decodeEmbeddings, parseGalleryFile, tileOrigin, type GalleryFile, type GalleryScene } from './gallery-format';
import type { DepthMap, RgbaImage } from './rgba-image';

export interface SceneMeta {
  setting: string;
  style: string;
  /** The kinds it holds (a gallery scene's objects; none for the author's references). */
  objects: string[];
  /** A gallery scene's time of day and objects with their counts (the author's references have neither). */
  time?: string;
  objectCounts?: { kind: string; count: number }[];
  source: 'gallery' | 'user';
  name?: string;
  /** The setting's name in both languages, when the gallery names it (the UI shows its own language). */
  settingNames?: { en: string; ko: string };
}

export interface GalleryIo {
  /** Bytes of a file relative to the gallery folder. */
  fetchBytes(path: string): Promise<Uint8Array>;
  decodeImage(bytes: Uint8Array, path: string): Promise<RgbaImage>;
}

export interface Reference {
  image: RgbaImage;
  depth: DepthMap;
}

export class GalleryStore {
  private readonly sheets = new Map<string, Promise<RgbaImage>>();
  private readonly userTiles = new Map<string, Reference>();

  private constructor(
    private readonly io: GalleryIo,
    private readonly json: GalleryFile,
    readonly index: GalleryIndex<SceneMeta>,
    private readonly sceneById: Map<string, GalleryScene>,
  ) {}

  static async open(io: GalleryIo): Promise<GalleryStore> {
    const json = parseGalleryFile(JSON.parse(new TextDecoder().decode(await io.fetchBytes('gallery.json'))));
    const emb = json.embeddings;
    const bytes = await io.fetchBytes(emb.file);
    const vectors = decodeEmbeddings(bytes.slice().buffer, emb);
    const index = new GalleryIndex<SceneMeta>(emb.dim);
    const names = new Map((json.settings ?? []).map(({ id, en, ko }) => [id, { en, ko }]));
    const meta = json.scenes.map((s): SceneMeta => ({
      setting: s.setting,
      settingNames: names.get(s.setting),
      style: s.style,
      objects: s.objects.map((o) => o.kind),
      time: s.time,
      objectCounts: s.objects.map((o) => ({ kind: o.kind, count: o.count })),
      source: 'gallery',
    }));
    index.setShipped(json.scenes.map((s) => s.id), vectors, meta);
    return new GalleryStore(io, json, index, new Map(json.scenes.map((s) => [s.id, s])));
  }

  /** sha256 of the vision tower the shipped embeddings came from (stale when it differs from the manifest's). */
  get modelSha256(): string {
    return this.json.embeddings.model.sha256;
  }

  search(query: Float32Array, k: number): GalleryIndexHit<SceneMeta>[] {
    return this.index.topK(query, k);
  }

  addUser(id: string, vector: ArrayLike<number>, meta: SceneMeta, reference: Reference): void {
    this.index.addUser(id, vector, meta);
    this.userTiles.set(id, reference);
  }

  removeUser(id: string): boolean {
    this.userTiles.delete(id);
    return this.index.removeUser(id);
  }

  /** The reference image and depth of one entry (a 128 px tile cut from its sheets). */
  async reference(id: string): Promise<Reference> {
    const user = this.userTiles.get(id);
    if (user) return user;
    const scene = this.sceneById.get(id);
    if (!scene) throw new Error(`Gallery has no scene "${id}".`);
    const sheet = this.json.sheets[scene.sheet];
    const [image, depth] = await Promise.all([this.sheet(sheet.image), this.sheet(sheet.depth)]);
    const t = this.json.tile;
    const { x, y } = tileOrigin(this.json, scene.tile);
    const tile = cropRgba(image, x, y, t);
    const depthTile = cropRgba(depth, x, y, t);
    const d = new Uint8ClampedArray(t * t);
    for (let p = 0; p < d.length; p++) d[p] = depthTile.data[4 * p];
    return { image: tile, depth: { width: t, height: t, data: d } };
  }

  private sheet(path: string): Promise<RgbaImage> {
    let pending = this.sheets.get(path);
    if (!pending) {
      pending = this.io.fetchBytes(path).then((b) => this.io.decodeImage(b, path));
      this.sheets.set(path, pending);
      pending.catch(() => this.sheets.delete(path));
    }
    return pending;
  }
}

export function cropRgba(image: RgbaImage, x0: number, y0: number, size: number): RgbaImage {
  const out = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    const start = ((y0 + y) * image.width + x0) * 4;
    out.set(image.data.subarray(start, start + size * 4), y * size * 4);
  }
  return { width: size, height: size, data: out };
}
