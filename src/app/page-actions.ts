// What the author does on the page, applied for the shell: balloon edits go into the draft's page; words, inserted,
// deleted and moved panels go into the treatment (the one source of the words), and the drawn pictures move with
// their scene. A change that cannot be made is a message; the treatment and the page stay as they were.
import type { DraftController } from './draft-controller';
import type { StripController } from '../features/strip/client/strip-controller';
import type { MessageLog } from '../ui/message-log';
import { GUTTERS, type Balloon, type EpisodePage, type PanelShape } from '../features/lettering/shared/lettering-contract';
import { setTimeSkip } from '../features/lettering/shared/treatment-gutters';
import { setBackground, setGutter, setPanelShape } from '../features/lettering/shared/page-model';
import { deleteScene, insertScene, moveScene, rewriteDialogue } from '../features/lettering/shared/treatment-edits';
import { balloonKey } from '../features/lettering/shared/script-balloons';
import { parseTreatmentScript } from '../features/lettering/shared/treatment-script';
import { t } from '../core/i18n';

export interface PageActionsHost {
  drafts: Pick<DraftController, 'text' | 'edit' | 'editPage'>;
  strip: Pick<StripController, 'running' | 'insertPanel' | 'deletePanel' | 'movePanel'>;
  log: Pick<MessageLog, 'add' | 'error'>;
  /** The page as laid out for the current text (the draft's page kept in step with the treatment). */
  page(): EpisodePage;
}

export class PageActions {
  constructor(private readonly host: PageActionsHost) {}

  /** A balloon moved, resized, re-aimed or restyled: stored on its panel by id. */
  changeBalloon(panel: number, balloon: Balloon): void {
    this.editPage((page) => withBalloon(page, panel, balloon.id, () => balloon));
  }

  /** New words for a balloon: its dialogue line in the treatment is rewritten, and the balloon stays where it is. */
  rewriteBalloon(panel: number, id: string, words: string): void {
    const { drafts, log } = this.host;
    const scriptPanel = parseTreatmentScript(drafts.text).panels[panel];
    const ordinal = scriptPanel ? scriptPanel.lines.findIndex((_, i) => balloonKey(scriptPanel.scene, i) === id) : -1;
    const line = ordinal >= 0 ? scriptPanel.lines[ordinal] : undefined;
    if (!line) {
      log.add('warning', () => t('balloon.lineGone'));
      return;
    }
    let text: string;
    try {
      text = rewriteDialogue(drafts.text, line.line, line.kind, line.speaker, words);
    } catch (error) {
      log.error(error, () => t('page.editFailed'));
      return;
    }
    // Placed by the author: new words must not send the balloon elsewhere.
    const page = withBalloon(this.host.page(), panel, id, (b) => ({ ...b, text: words, placed: 'author' }));
    drafts.editPage(page);
    drafts.edit(text);
  }

  setBackground(colour: string): void {
    this.editPage((page) => setBackground(page, colour));
  }

  setShape(index: number, shape: PanelShape): void {
    this.editPage((page) => setPanelShape(page, index, shape));
  }

  /**
   * The space above a panel. The treatment's own two sizes (normal, time skip) are written into the treatment (a
   * blank line above the scene, or none), which the page follows; any other size is the page's alone.
   */
  setGutter(index: number, gutter: number): void {
    if (gutter !== GUTTERS.normal && gutter !== GUTTERS.long) {
      this.editPage((page) => setGutter(page, index, gutter));
      return;
    }
    const { drafts } = this.host;
    let page: EpisodePage;
    try {
      page = setGutter(this.host.page(), index, gutter);
    } catch (error) {
      this.host.log.error(error, () => t('page.editFailed'));
      return;
    }
    drafts.editPage(page);
    const text = setTimeSkip(drafts.text, index, gutter === GUTTERS.long);
    if (text !== drafts.text) drafts.edit(text);
  }

  insertPanel(after: number): void {
    const scene = t('page.newScene');
    if (!this.editText((text) => insertScene(text, after + 1, scene))) return;
    this.host.strip.insertPanel(after + 1, scene);
  }

  deletePanel(index: number): void {
    const { drafts, log } = this.host;
    const removed = parseTreatmentScript(drafts.text).panels[index];
    const rows = drafts.text.split(/\r\n|\r|\n/);
    // The words leave the treatment: the message keeps them as written, so nothing is lost for good.
    const words = removed ? [removed.sceneLine, ...removed.lines.map((l) => l.line)].map((n) => rows[n - 1]?.trim() ?? '').join(' / ') : '';
    if (!this.editText((text) => deleteScene(text, index))) return;
    this.host.strip.deletePanel(index);
    if (words) log.add('info', () => t('page.deleted', { panel: index + 1, lines: words }));
  }

  movePanel(from: number, to: number): void {
    if (!this.editText((text) => moveScene(text, from, to))) return;
    this.host.strip.movePanel(from, to);
  }

  private editPage(change: (page: EpisodePage) => EpisodePage): void {
    try {
      this.host.drafts.editPage(change(this.host.page()));
    } catch (error) {
      this.host.log.error(error, () => t('page.editFailed'));
    }
  }

  /** The treatment rewritten by `change`; false (and a message) when it cannot be. */
  private editText(change: (text: string) => string): boolean {
    const { drafts, strip, log } = this.host;
    if (strip.running) {
      log.add('warning', () => t('page.busy'));
      return false;
    }
    let text: string;
    try {
      text = change(drafts.text);
    } catch (error) {
      log.error(error, () => t('page.editFailed'));
      return false;
    }
    // The page as it is now goes with the new text, so the panels' edits follow their scene lines.
    drafts.editPage(this.host.page());
    drafts.edit(text);
    return true;
  }
}

function withBalloon(page: EpisodePage, panel: number, id: string, change: (b: Balloon) => Balloon): EpisodePage {
  const target = page.panels[panel];
  if (!target || !target.balloons.some((b) => b.id === id)) return page;
  return {
    ...page,
    panels: page.panels.map((p, i) => (i === panel ? { ...p, balloons: p.balloons.map((b) => (b.id === id ? change(b) : b)) } : p)),
  };
}
