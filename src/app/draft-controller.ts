// Restores the treatment draft on start and autosaves it; failures are reported and the text stays in memory.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SaveStatus } from '../features/strip/elements/treatment-editor';
import { DraftAutosaver, loadDraft, saveDraft, type DraftRecord, type StudioDb } from '../store';
import { backUpDraft, clearDraftBackup, newerBackup, readDraftBackup } from '../store/draft-backup';

export class DraftController implements ReactiveController {
  text = '';
  status: SaveStatus = 'idle';
  private edited = false;
  private readonly autosaver: DraftAutosaver;
  // pagehide always saves: a reload fires it while the page still reads as 'visible'
  private readonly flushOnHide = (event: Event) => {
    if (event.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
    // The IndexedDB write below does not land when the page is unloading; the synchronous backup does.
    if (this.autosaver.unsaved !== undefined) backUpDraft(this.autosaver.unsaved);
    void this.autosaver.flush();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly db: Promise<StudioDb>,
    private readonly report: (error: unknown) => void,
  ) {
    host.addController(this);
    this.autosaver = new DraftAutosaver({
      save: async (text) => saveDraft(await this.db, text),
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
    const backup = newerBackup(draft, readDraftBackup());
    // Typing before the database answered wins over the stored copy.
    if (this.edited || (backup === undefined && !draft)) return;
    this.text = backup ?? draft!.text;
    this.setStatus('restored');
    if (backup !== undefined) this.autosaver.schedule(backup);
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
