// Keeps the page in step with the treatment: the panels of its scene lines, their balloons from the dialogue under
// them, and the author's edits kept by the page model (matched by scene text and balloon id). Laid out again only
// when the text or the page changed, since the shell asks on every render.
import type { EpisodePage } from '../shared/lettering-contract';
import { pageFromScript } from '../shared/page-model';
import { parseTreatmentScript } from '../shared/treatment-script';
import { carryRenamedScenes } from '../shared/scene-rename';
import { MAX_SENTENCES } from '../../strip/shared/treatment-rules';
import type { MeasureText } from '../shared/lettering-canvas';

export class PageSync {
  private text?: string;
  private given?: EpisodePage;
  private out?: EpisodePage;
  private fontsVersion = 0;
  private laidOutFor = -1;

  constructor(private readonly measure: MeasureText) {}

  /** More fonts have loaded: balloons fitted with a fallback face are fitted again on the next ask. */
  fontsChanged(): void {
    this.fontsVersion++;
  }

  /**
   * The page for this treatment, built on `previous` (the draft's page). The same page object while nothing changed,
   * so the caller can tell an edit from a re-render. A treatment Generate would refuse for its length keeps the
   * previous page: laying out thousands of panels on every keystroke would freeze the editor.
   */
  pageFor(text: string, previous: EpisodePage): EpisodePage {
    if (text === this.text && (previous === this.out || previous === this.given) && this.laidOutFor === this.fontsVersion) return this.out!;
    const script = parseTreatmentScript(text);
    const page = script.panels.length > MAX_SENTENCES ? previous : pageFromScript(script, carryRenamedScenes(previous, script), this.measure);
    this.text = text;
    this.given = previous;
    this.out = page;
    this.laidOutFor = this.fontsVersion;
    return page;
  }
}
