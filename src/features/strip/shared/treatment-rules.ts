// Checks a treatment (one scene sentence per line, dialogue under it) against the studio's limits without ever
// changing it. Which lines are scenes and which dialogue is the script parser's call (lettering/shared/treatment-script.ts);
// it is passed in, since this folder may import only the lettering feature's contract.
import { t } from '../../../core/i18n';
import type { ScriptLine, ScriptParser, ScriptPanel, ScriptProblemKind, TreatmentScript } from '../../lettering/shared/script-contract';

export const MAX_SENTENCES = 64;
export const MAX_LINE_CHARS = 500;
/** A balloon or box holds about this many characters at a readable size in an 800-px panel; more is a note. */
export const MAX_BALLOON_CHARS = 150;
/** How many over-long lines a message names before summarising the rest. */
const NAMED_LINES = 3;

export type TreatmentProblemKind =
  | 'empty' | 'too-many-lines' | 'line-too-long'
  | 'balloon-too-long' | 'dialogue-before-scene' | 'dialogue-unclosed' | 'dialogue-empty';

export interface TreatmentProblem {
  kind: TreatmentProblemKind;
  message: string;
  /** A note about dialogue: shown, but Generate still runs (no balloons are drawn yet). */
  advisory?: true;
}

export interface TreatmentCheck {
  /** The scene lines, trimmed: the sentences a strip would be made from (without dialogue: every non-blank line). */
  sentences: string[];
  /** One per sentence, with the dialogue written under it, for the lettering step. */
  panels: ScriptPanel[];
  /** Dialogue lines in the whole treatment (also those with no scene line to go with). */
  dialogueCount: number;
  /** Every line as typed, blank ones included. */
  lineCount: number;
  problems: TreatmentProblem[];
  ok: boolean;
}

/** Length in Unicode code points, so 한 and 😀 count as one character each. */
export function charLength(line: string): number {
  let n = 0;
  for (const _ of line) n++;
  return n;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The parser for a treatment with no dialogue format: every non-blank line, trimmed, is a scene. */
export const everyLineAScene: ScriptParser = (text: string): TreatmentScript => {
  const panels: ScriptPanel[] = [];
  splitLines(text).forEach((line, i) => {
    const scene = line.trim();
    if (scene) panels.push({ scene, sceneLine: i + 1, lines: [], gutterBefore: 'normal' });
  });
  return { panels, unplaced: [], problems: [] };
};

export interface TreatmentLimits {
  maxSentences?: number;
  maxLineChars?: number;
  maxBalloonChars?: number;
}

const SCRIPT_PROBLEMS: Record<ScriptProblemKind, { kind: TreatmentProblemKind; key: 'treatment.beforeScene' | 'treatment.unclosed' | 'treatment.emptyBalloon' }> = {
  'before-first-scene': { kind: 'dialogue-before-scene', key: 'treatment.beforeScene' },
  unclosed: { kind: 'dialogue-unclosed', key: 'treatment.unclosed' },
  'empty-text': { kind: 'dialogue-empty', key: 'treatment.emptyBalloon' },
};

/** "line 2, line 3, line 5 and 2 more" */
function namedLines(items: { lineNo: number; chars?: number }[]): string {
  const named = items
    .slice(0, NAMED_LINES)
    .map((l) => (l.chars === undefined ? t('treatment.lineNo', { line: l.lineNo }) : t('treatment.longLine', { line: l.lineNo, chars: l.chars })))
    .join(', ');
  const more = items.length - NAMED_LINES;
  return more > 0 ? t('treatment.andMore', { named, more }) : named;
}

/**
 * The treatment against the editor's rules. `parse` splits scenes from dialogue: the studio passes the script parser
 * (strip/elements/treatment-check.ts); the default reads every non-blank line as a scene, as before dialogue existed.
 */
export function checkTreatment(text: string, limits: TreatmentLimits = {}, parse: ScriptParser = everyLineAScene): TreatmentCheck {
  const maxSentences = limits.maxSentences ?? MAX_SENTENCES;
  const maxLineChars = limits.maxLineChars ?? MAX_LINE_CHARS;
  const maxBalloonChars = limits.maxBalloonChars ?? MAX_BALLOON_CHARS;
  const lines = splitLines(text);
  const script = parse(text);
  const sentences = script.panels.map((p) => p.scene);
  const longLines: { lineNo: number; chars: number }[] = [];
  for (const p of script.panels) {
    const chars = charLength(p.scene);
    if (chars > maxLineChars) longLines.push({ lineNo: p.sceneLine, chars });
  }
  const dialogue: ScriptLine[] = [...script.panels.flatMap((p) => p.lines), ...script.unplaced];
  const longBalloons = dialogue
    .map((d) => ({ lineNo: d.line, chars: charLength(d.text) }))
    .filter((d) => d.chars > maxBalloonChars)
    .sort((a, b) => a.lineNo - b.lineNo);

  const problems: TreatmentProblem[] = [];
  if (sentences.length === 0) {
    problems.push({
      kind: 'empty',
      message: t('treatment.empty'),
    });
  }
  if (sentences.length > maxSentences) {
    problems.push({
      kind: 'too-many-lines',
      message: t('treatment.tooMany', { count: sentences.length, max: maxSentences }),
    });
  }
  if (longLines.length > 0) {
    problems.push({ kind: 'line-too-long', message: t('treatment.tooLong', { max: maxLineChars, lines: namedLines(longLines) }) });
  }
  if (longBalloons.length > 0) {
    problems.push({
      kind: 'balloon-too-long',
      message: t('treatment.balloonTooLong', { max: maxBalloonChars, lines: namedLines(longBalloons) }),
      advisory: true,
    });
  }
  for (const [scriptKind, { kind, key }] of Object.entries(SCRIPT_PROBLEMS) as [ScriptProblemKind, (typeof SCRIPT_PROBLEMS)[ScriptProblemKind]][]) {
    const at = script.problems.filter((p) => p.kind === scriptKind).map((p) => ({ lineNo: p.line }));
    if (at.length > 0) problems.push({ kind, message: t(key, { lines: namedLines(at) }), advisory: true });
  }
  return {
    sentences,
    panels: script.panels,
    dialogueCount: dialogue.length,
    lineCount: lines.length,
    problems,
    ok: problems.every((p) => p.advisory),
  };
}
