// Restores the treatment draft (its text, the author's scene-plan fixes, the page: shapes, gutters, background,
// balloons, and the composed panels' looks and layouts) on start and autosaves it; failures are reported and the draft stays in memory.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SaveStatus } from '../features/strip/elements/treatment-editor';
import { DraftAutosaver, loadDraft, saveDraft, type DraftRecord, type StudioDb } from '../store';
import { backUpDraft, clearDraftBackup, newerBackup, readDraftBackup } from '../store/draft-backup';
import type { PlanEdits } from '../features/plans/shared/plan-contract';
import { emptyPlanEdits, validatePlanEdits } from '../features/plans/shared/plan-edits';
import type { EpisodePage } from '../features/lettering/shared/lettering-contract';
import { readStoredPage } from '../features/lettering/shared/stored-page';
import { emptyPage } from '../features/lettering/shared/page-model';
import { emptyComposerDraft, readStoredComposer, type ComposerDraft } from '../features/composer/shared/stored-composer';

export class DraftController implements ReactiveController {
  text = '';
  /** The author's fixes to the scene plans, saved with the text. */
  planEdits: PlanEdits = emptyPlanEdits();
  /**
   * The page as last laid out for the text (the shell keeps it in step with the treatment) with the author's edits;
   * saved with the text.
   */
  page: EpisodePage = emptyPage();
  /** The composed panels: each cast member's look and the layouts the author edited; saved with the text. */
  composer: ComposerDraft = emptyComposerDraft();
  status: SaveStatus = 'idle';
  private edited = false;
  private readonly autosaver: DraftAutosaver;
  // pagehide always saves: a reload fires it while the page still reads as 'visible'
  private readonly flushOnHide = (event: Event) => {
    if (event.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
    // The IndexedDB write below does not land when the page is unloading; the synchronous backup does.
    if (this.autosaver.unsaved !== undefined) backUpDraft(this.autosaver.unsaved, undefined, undefined, this.planEdits, this.page, this.composer);
    void this.autosaver.flush();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly db: Promise<StudioDb>,
    private readonly report: (error: unknown) => void,
  ) {
    host.addController(this);
    this.autosaver = new DraftAutosaver({
      save: async (text) => saveDraft(await this.db, text, undefined, undefined, this.planEdits, this.page, this.composer),
      onSaved: () => {
        if (this.autosaver.unsaved === undefined) clearDraftBackup();
        this.setStatus(this.autosaver.unsaved === undefined ? 'saved' : 'saving');
      },
      onError: (error) => {
        this.setStatus('failed');
        this.report(error);
      },
    });
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.flushOnHide);
    window.addEventListener('pagehide', this.flushOnHide);
    void this.restore();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.flushOnHide);
    window.removeEventListener('pagehide', this.flushOnHide);
    void this.autosaver.flush();
    this.autosaver.dispose();
  }

  edit(text: string): void {
    this.edited = true;
    this.text = text;
    this.setStatus('saving');
    this.autosaver.schedule(text);
  }

  /** The author fixed a scene plan: saved with the current text, on the same debounce as typing. */
  editPlans(edits: PlanEdits): void {
    this.edited = true;
    this.planEdits = edits;
    this.setStatus('saving');
    this.autosaver.schedule(this.text);
  }

  /** The author changed the page (a balloon, a shape, a gutter, the background): saved like typing. */
  editPage(page: EpisodePage): void {
    this.edited = true;
    this.page = page;
    this.setStatus('saving');
    this.autosaver.schedule(this.text);
  }

  /** The cast's looks or a panel's layout changed (an edit, a new look, a composed strip): saved like typing. */
  editComposer(composer: ComposerDraft): void {
    this.edited = true;
    this.composer = composer;
    this.setStatus('saving');
    this.autosaver.schedule(this.text);
  }

  /** A whole project opened from a file: its text, fixes, page and composed panels replace the draft's, and are saved at once. */
  replace(text: string, planEdits: PlanEdits, page: EpisodePage, composer: ComposerDraft = emptyComposerDraft()): Promise<void> {
    this.edited = true;
    this.text = text;
    this.planEdits = planEdits;
    this.page = page;
    this.composer = composer;
    this.setStatus('saving');
    this.autosaver.schedule(text);
    return this.autosaver.flush();
  }

  /** Resolves once the newest text has been written (or has failed to be). */
  flush(): Promise<void> {
    return this.autosaver.flush();
  }

  private async restore(): Promise<void> {
    let draft: DraftRecord | undefined;
    try {
      draft = await loadDraft(await this.db);
    } catch (error) {
      this.report(error);
    }
    const saved = readDraftBackup();
    const backup = newerBackup(draft, saved);
    // Typing before the database answered wins over the stored copy.
    if (this.edited || (backup === undefined && !draft)) return;
    this.text = backup ?? draft!.text;
    // Stored data is checked, never trusted: a damaged record costs the fixes, not the draft.
    this.planEdits = validatePlanEdits(backup !== undefined ? (saved?.planEdits ?? draft?.planEdits) : draft!.planEdits);
    this.page = readStoredPage(backup !== undefined ? (saved?.page ?? draft?.page) : draft!.page);
    this.composer = readStoredComposer(backup !== undefined ? (saved?.composer ?? draft?.composer) : draft!.composer);
    this.setStatus('restored');
    if (backup !== undefined) this.autosaver.schedule(backup);
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
