// The episode as one zip (fflate): the numbered slices, thumbnail.png, episode.json and the project file, so one
// download holds what the platform takes and what reopens the episode in the studio.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { EpisodeManifest } from './lettering-contract';

export const EPISODE_JSON = 'episode.json';
export const THUMBNAIL_FILE = 'thumbnail.png';

export interface EpisodeZipParts {
  slices: readonly { file: string; data: Uint8Array }[];
  manifest: EpisodeManifest;
  /** PNG bytes (episodeThumbnail + encodePng). */
  thumbnail: Uint8Array;
  project: { file: string; text: string };
  /** Date stamped on every entry; default now (a fixed one gives byte-identical zips). */
  date?: Date;
}

/** The zip's bytes. Images are stored as they are (already compressed); the JSON is deflated. */
export function zipEpisode(parts: EpisodeZipParts): Uint8Array {
  const mtime = parts.date ?? new Date();
  const names = [...parts.slices.map((s) => s.file), THUMBNAIL_FILE, EPISODE_JSON, parts.project.file];
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`zipEpisode: two entries are named "${twice}"`);
  const files: Zippable = {};
  for (const slice of parts.slices) files[slice.file] = [slice.data, { level: 0, mtime }];
  files[THUMBNAIL_FILE] = [parts.thumbnail, { level: 0, mtime }];
  files[EPISODE_JSON] = [strToU8(`${JSON.stringify(parts.manifest, null, 2)}\n`), { level: 6, mtime }];
  files[parts.project.file] = [strToU8(parts.project.text), { level: 6, mtime }];
  return zipSync(files);
}
