// The studio and its project file: what goes into the file (treatment, plan fixes, page, each panel's pictures and
// choice, the strip's settings), the strip that comes back out of one, and the file read with a size limit first.
import type { RgbaImage } from '../../../core/rgba-image';
import { t } from '../../../core/i18n';
import type { EpisodePage } from '../shared/lettering-contract';
import { createProject, projectImages, projectReference, readProject, writeProject, type ProjectFile } from '../shared/project-file';
import type { PanelView } from '../../strip/shared/panel-view';
import type { StripChoices } from '../../strip/shared/control-options';
import { detectLang } from '../../strip/shared/panel-flow';

/** Larger files are refused before they are read: a project of 64 panels with two variants each is a few MB. */
export const MAX_PROJECT_BYTES = 300_000_000;

export interface StudioProject {
  text: string;
  planEdits: { lines: Record<string, unknown>; cast: Record<string, unknown> };
  page: EpisodePage;
  /** The strip as shown, by index (a panel not drawn yet, or beyond the strip, has no pictures). */
  panels: readonly PanelView[];
  choices: StripChoices;
  /** The cast's looks and the edited layouts, as the draft keeps them. */
  composer?: { looks: Record<string, unknown>; layouts: Record<string, unknown> };
}

export function projectOf(studio: StudioProject): ProjectFile {
  const panels = studio.page.panels.map((_, i) => {
    const view = studio.panels.find((p) => p.index === i);
    const variants: readonly RgbaImage[] = view?.result?.variants ?? [];
    return { chosen: variants.length ? Math.min(view?.chosen ?? 0, variants.length - 1) : 0, variants, reference: view?.result?.reference };
  });
  return createProject({
    treatment: studio.text,
    planEdits: studio.planEdits,
    page: studio.page,
    panels,
    strip: { mode: studio.choices.mode, style: studio.choices.style, seed: studio.choices.seed },
    ...(studio.composer ? { composer: studio.composer } : {}),
  });
}

export function projectText(studio: StudioProject): string {
  return writeProject(projectOf(studio));
}

/** The file, read and checked; throws one clear message (too large, not text, or what readProject found wrong). */
export async function readProjectFile(file: Blob): Promise<ProjectFile> {
  if (file.size > MAX_PROJECT_BYTES) throw new Error(t('project.tooLarge', { size: (file.size / 1e6).toFixed(0), max: MAX_PROJECT_BYTES / 1e6 }));
  return readProject(await file.text());
}

/**
 * The strip of an opened project: one panel per page panel, drawn ones with their pictures and choice. A project
 * with nothing drawn gives an empty strip, as the studio shows before the first Generate.
 */
export function stripOfProject(project: ProjectFile): PanelView[] {
  const images = projectImages(project);
  if (!images.some((variants) => variants.length > 0)) return [];
  return project.page.panels.map((panel, index): PanelView => {
    const variants = images[index] ?? [];
    if (!variants.length) return { index, text: panel.scene, status: 'idle', chosen: 0 };
    return {
      index,
      text: panel.scene,
      status: 'done',
      chosen: project.panels[index].chosen,
      // The reference scene is kept with the pictures; the alternatives and the plan are read again on Regenerate.
      result: { index, text: panel.scene, lang: detectLang(panel.scene), variants, reference: projectReference(project, index), alternatives: [], seed: project.strip.seed },
    };
  });
}

/** Saves bytes under a name through the browser's download. */
export function download(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoking at once can cancel a download that has not started reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
