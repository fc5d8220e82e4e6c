// Checks a treatment (one sentence per line) against the studio's limits without ever changing it.
import { t } from '../../../core/i18n';

export const MAX_SENTENCES = 64;
export const MAX_LINE_CHARS = 500;
/** How many over-long lines a message names before summarising the rest. */
const NAMED_LINES = 3;

export interface TreatmentProblem {
  kind: 'empty' | 'too-many-lines' | 'line-too-long';
  message: string;
}

export interface TreatmentCheck {
  /** Non-blank lines, trimmed: the sentences a strip would be made from. */
  sentences: string[];
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

export function checkTreatment(
  text: string,
  limits: { maxSentences?: number; maxLineChars?: number } = {},
): TreatmentCheck {
  const maxSentences = limits.maxSentences ?? MAX_SENTENCES;
  const maxLineChars = limits.maxLineChars ?? MAX_LINE_CHARS;
  const lines = splitLines(text);
  const sentences: string[] = [];
  const longLines: { lineNo: number; chars: number }[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    sentences.push(trimmed);
    const chars = charLength(trimmed);
    if (chars > maxLineChars) longLines.push({ lineNo: i + 1, chars });
  });

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
    const named = longLines
      .slice(0, NAMED_LINES)
      .map((l) => t('treatment.longLine', { line: l.lineNo, chars: l.chars }))
      .join(', ');
    const more = longLines.length - NAMED_LINES;
    const lines = more > 0 ? t('treatment.andMore', { named, more }) : named;
    problems.push({ kind: 'line-too-long', message: t('treatment.tooLong', { max: maxLineChars, lines }) });
  }
  return { sentences, lineCount: lines.length, problems, ok: problems.length === 0 };
}
