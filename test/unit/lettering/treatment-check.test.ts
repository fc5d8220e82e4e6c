// The studio's treatment check with the script format: only scene lines are panels, dialogue has its own notes.
import { afterEach, describe, expect, it } from 'vitest';
import { checkTreatment } from '../../../src/features/strip/elements/treatment-check';
import { checkTreatment as checkEveryLine, MAX_BALLOON_CHARS } from '../../../src/features/strip/shared/treatment-rules';
import { setLocale } from '../../../src/core/i18n';

afterEach(() => setLocale('en'));

const SCRIPT = [
  'Mina runs down a rainy alley.',
  '  Mina: "Wait for me!!"',
  '  *splash*',
  '',
  '[The next morning]',
  'She opens her window.',
  'Mina: (Was it a dream…)',
].join('\n');

describe('checkTreatment with the script parser', () => {
  it('counts only scene lines as sentences and keeps the dialogue on the panels', () => {
    const check = checkTreatment(SCRIPT);
    expect(check.ok).toBe(true);
    expect(check.problems).toEqual([]);
    expect(check.sentences).toEqual(['Mina runs down a rainy alley.', 'She opens her window.']);
    expect(check.dialogueCount).toBe(4);
    expect(check.lineCount).toBe(7);
    expect(check.panels.map((p) => [p.sceneLine, p.gutterBefore, p.lines.map((l) => l.kind)])).toEqual([
      [1, 'normal', ['shout', 'sfx', 'narration']],
      [6, 'long', ['thought']],
    ]);
  });

  it('is the old check for a treatment without dialogue (only the gutters are new)', () => {
    const withoutGutters = (c: ReturnType<typeof checkTreatment>) => ({ ...c, panels: c.panels.map(({ gutterBefore: _, ...p }) => p) });
    for (const text of ['철수가 문을 연다.\n\n  The rain stops. 🌧️  \r\n', '', '  \n', 'a\nb\nc', `ok\n${'가'.repeat(501)}\nok`,
      Array.from({ length: 70 }, (_, i) => `Line ${i}`).join('\n'), 'Note: the park is closed.\nShe waits.']) {
      expect(withoutGutters(checkTreatment(text))).toEqual(withoutGutters(checkEveryLine(text)));
    }
  });

  it('does not count dialogue against the sentence limit', () => {
    const text = Array.from({ length: 64 }, (_, i) => `Scene ${i}\nMina: "Line ${i}"\n[Box ${i}]`).join('\n');
    const check = checkTreatment(text);
    expect(check.sentences).toHaveLength(64);
    expect(check.dialogueCount).toBe(128);
    expect(check.ok).toBe(true);
    const over = checkTreatment(`${text}\nScene 64`);
    expect(over.problems.map((p) => p.kind)).toEqual(['too-many-lines']);
    expect(over.problems[0].message).toContain('65 sentences');
  });

  it('holds scene lines to the line rule, and dialogue to the balloon length as a note that does not block', () => {
    const balloon = 'a'.repeat(MAX_BALLOON_CHARS + 1);
    const check = checkTreatment(`A scene.\nMina: "${balloon}"\n[${'나'.repeat(10_000)}]\nMina: "${'a'.repeat(MAX_BALLOON_CHARS)}"`);
    expect(check.ok).toBe(true);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatchObject({ kind: 'balloon-too-long', advisory: true });
    expect(check.problems[0].message).toContain('line 2 (151), line 3 (10,000)');
    expect(check.problems[0].message).toContain(`${MAX_BALLOON_CHARS} characters`);

    const longScene = checkTreatment(`Mina: "hi"\n${'가'.repeat(501)}\nMina: "${'a'.repeat(600)}"`);
    expect(longScene.ok).toBe(false);
    expect(longScene.problems.map((p) => [p.kind, p.advisory ?? false])).toEqual([
      ['line-too-long', false], ['balloon-too-long', true], ['dialogue-before-scene', true],
    ]);
    expect(longScene.problems[0].message).toContain('line 2 (501)');
  });

  it('reports dialogue before the first scene, unclosed quotes and empty balloons as notes', () => {
    const check = checkTreatment('[Seoul]\nA scene.\nMina: ""\nMina: "Wait\nJun: "');
    expect(check.ok).toBe(true);
    expect(check.sentences).toEqual(['A scene.']);
    expect(check.problems.map((p) => [p.kind, p.message])).toEqual([
      ['dialogue-before-scene', 'Dialogue before any scene line (line 1): it goes with the first panel.'],
      ['dialogue-unclosed', "A quote or bracket is not closed at the end of the line (line 4, line 5): the text runs to the line's end."],
      ['dialogue-empty', 'An empty balloon (line 3, line 5): it is kept, with nothing to letter.'],
    ]);
  });

  it('a treatment of dialogue only has no panel: empty, which blocks', () => {
    const check = checkTreatment('Mina: "Hello?"\n[Nobody.]');
    expect(check.ok).toBe(false);
    expect(check.sentences).toEqual([]);
    expect(check.dialogueCount).toBe(2);
    expect(check.problems.map((p) => p.kind)).toEqual(['empty', 'dialogue-before-scene']);
  });

  it('speaks Korean', () => {
    setLocale('ko');
    const check = checkTreatment(`민지: "안녕"\n민지가 웃는다.\n민지: "${'가'.repeat(200)}"\n민지: "`);
    expect(check.sentences).toEqual(['민지가 웃는다.']);
    expect(check.problems.map((p) => p.message)).toEqual([
      '말풍선 하나에는 150자 정도가 들어갑니다. 다음 줄은 식자하기 어렵습니다: 3번째 줄(200자). 패널은 그대로 그릴 수 있습니다.',
      '장면 줄보다 앞에 있는 대사(1번째 줄)는 첫 패널에 들어갑니다.',
      '따옴표나 괄호가 줄 끝에서 닫히지 않았습니다(4번째 줄). 줄 끝까지를 대사로 봅니다.',
      '빈 말풍선(4번째 줄)은 그대로 두지만 쓸 글자가 없습니다.',
    ]);
  });
});
