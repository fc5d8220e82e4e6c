// The episode export in the browser: the lettering fonts loaded for every balloon's words, the page rendered into
// slices by the shared renderer (OffscreenCanvas here, the lettering's own drawBalloons as in the CLI), a thumbnail,
// episode.json and the project file, all in one zip.
import { t } from '../../../core/i18n';
import { encodePng } from '../../../core/png';
import type { RgbaImage } from '../../../core/rgba-image';
import { renderEpisode, type ImageFormat } from '../shared/episode-render';
import { episodeThumbnail } from '../shared/episode-thumbnail';
import { zipEpisode } from '../shared/episode-zip';
import { PROJECT_FILE_NAME } from '../shared/project-file';
import { browserCanvas } from './episode-canvas';
import { projectText, type StudioProject } from './project-io';

export const EPISODE_ZIP_NAME = 'episode.zip';

export interface EpisodeExport {
  zip: Uint8Array;
  file: string;
  slices: number;
  /** The slices' bytes together (what the platform counts against its 20 MB). */
  bytes: number;
  warnings: string[];
}

/** Each page panel's chosen picture, or null where the strip has none (not drawn, or beyond the strip). */
export function chosenPictures(studio: Pick<StudioProject, 'page' | 'panels'>): (RgbaImage | null)[] {
  return studio.page.panels.map((_, i) => {
    const view = studio.panels.find((p) => p.index === i);
    return view?.result?.variants[view.chosen] ?? view?.result?.variants[0] ?? null;
  });
}

export async function exportEpisode(studio: StudioProject, format: { type: ImageFormat; width: number }, signal?: AbortSignal): Promise<EpisodeExport> {
  const images = chosenPictures(studio);
  if (!images.some(Boolean)) throw new Error(t('episode.nothing'));
  // The canvas letters with a fallback face unless the chunks every balloon needs are loaded first; the module is
  // loaded lazily by main.ts, so importing it here holds nothing up. A face that fails to load is lettered with its
  // fallback: the export goes on.
  const { lettersReady } = await import('./fonts');
  await lettersReady(studio.page.panels.flatMap((p) => p.balloons));
  const rendered = await renderEpisode(studio.page, images, {
    canvas: browserCanvas,
    width: format.width,
    format: format.type,
    signal,
  });
  const thumbnail = episodeThumbnail(studio.page, images);
  const zip = zipEpisode({
    slices: rendered.slices.map((s) => ({ file: s.file, data: s.data })),
    manifest: rendered.manifest,
    thumbnail: encodePng(thumbnail.image),
    project: { file: PROJECT_FILE_NAME, text: projectText(studio) },
  });
  return {
    zip,
    file: EPISODE_ZIP_NAME,
    slices: rendered.slices.length,
    bytes: rendered.slices.reduce((n, s) => n + s.bytes, 0),
    warnings: rendered.warnings,
  };
}
