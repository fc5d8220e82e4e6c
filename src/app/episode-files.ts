// The episode's files for the shell: Export (one zip), Save project and Open project. Each reports what it did or why
// it could not; opening reads and checks the whole file before anything in the studio changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftController } from './draft-controller';
import type { StripController } from '../features/strip/client/strip-controller';
import type { MessageLog } from '../ui/message-log';
import type { PanelView } from '../features/strip/shared/panel-view';
import type { ImageFormat } from '../features/lettering/shared/episode-render';
import { exportEpisode } from '../features/lettering/client/episode-export';
import { download, projectText, readProjectFile, stripOfProject, type StudioProject } from '../features/lettering/client/project-io';
import { PROJECT_FILE_NAME, type ProjectFile } from '../features/lettering/shared/project-file';
import { validatePlanEdits } from '../features/plans/shared/plan-edits';
import { readStoredComposer } from '../features/composer/shared/stored-composer';
import { t } from '../core/i18n';

export class EpisodeFiles implements ReactiveController {
  exporting = false;
  /** Saving or opening a project file. */
  projectWork = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly drafts: DraftController,
    private readonly strip: StripController,
    private readonly log: MessageLog,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the project file and the export's copy of it hold: the studio as it is now. */
  private studio(): StudioProject {
    const { drafts, strip } = this;
    return { text: drafts.text, planEdits: drafts.planEdits, page: drafts.page, panels: strip.panels, choices: strip.choices, composer: drafts.composer };
  }

  private set(change: Partial<Pick<EpisodeFiles, 'exporting' | 'projectWork'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  async export(format: { type: ImageFormat; width: number }): Promise<void> {
    if (this.exporting) return;
    this.set({ exporting: true });
    try {
      const out = await exportEpisode(this.studio(), format);
      download(new Blob([out.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), out.file);
      this.log.add('info', () => t('episode.exported', { file: out.file, count: out.slices, size: (out.bytes / 1e6).toFixed(1) }));
      for (const w of out.warnings) this.log.add('warning', t('episode.warning', { warning: w }));
    } catch (error) {
      this.log.error(error, () => t('episode.failed'));
    } finally {
      this.set({ exporting: false });
    }
  }

  async save(): Promise<void> {
    if (this.projectWork) return;
    this.set({ projectWork: true });
    try {
      // Encoding the pictures takes a moment: let the button show it is working first.
      await new Promise((resolve) => setTimeout(resolve));
      const text = projectText(this.studio());
      download(new Blob([text], { type: 'application/json' }), PROJECT_FILE_NAME);
      this.log.add('info', () => t('project.saved', { file: PROJECT_FILE_NAME, size: (text.length / 1e6).toFixed(1) }));
    } catch (error) {
      this.log.error(error, () => t('project.saveFailed'));
    } finally {
      this.set({ projectWork: false });
    }
  }

  async open(file: File): Promise<void> {
    if (this.projectWork) return;
    if (this.strip.running) {
      this.log.add('warning', () => t('project.busy'));
      return;
    }
    this.set({ projectWork: true });
    try {
      let project: ProjectFile;
      let panels: PanelView[];
      try {
        project = await readProjectFile(file);
        panels = stripOfProject(project);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.log.add('error', () => t('project.unreadable', { file: file.name, reason }));
        return;
      }
      this.strip.setChoices({ ...this.strip.choices, ...project.strip });
      this.strip.replacePanels(panels);
      await this.drafts.replace(project.treatment, validatePlanEdits(project.planEdits), project.page, readStoredComposer(project.composer));
      const drawn = panels.filter((p) => p.result).length;
      this.log.add('info', () => t('project.opened', { file: file.name, panels: project.page.panels.length, drawn }));
    } finally {
      this.set({ projectWork: false });
    }
  }
}
