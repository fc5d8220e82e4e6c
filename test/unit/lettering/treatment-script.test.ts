// The treatment's script format: scene lines are panels, the dialogue under them belongs to them.
import { describe, expect, it } from 'vitest';
import { classifyLine, parseTreatmentScript, sceneLines } from '../../../src/features/lettering/shared/treatment-script';

const kinds = (text: string) => parseTreatmentScript(text).panels.map((p) => p.lines.map((l) => l.kind));

describe('parseTreatmentScript', () => {
  it('gives each scene line a panel and the dialogue under it to that panel', () => {
    const s = parseTreatmentScript([
      'Mina runs down a rainy alley.',
      'Mina: "Wait for me!"',
      'Mina: (Is he gone?)',
      'Jun: "Over here!!"',
      '[The alley was empty.]',
      '*splash*',
      'She stops under a red umbrella.',
    ].join('\n'));
    expect(s.problems).toEqual([]);
    expect(s.unplaced).toEqual([]);
    expect(s.panels).toEqual([
      {
        scene: 'Mina runs down a rainy alley.', sceneLine: 1, gutterBefore: 'normal', lines: [
          { kind: 'speech', speaker: 'Mina', text: 'Wait for me!', line: 2 },
          { kind: 'thought', speaker: 'Mina', text: 'Is he gone?', line: 3 },
          { kind: 'shout', speaker: 'Jun', text: 'Over here!!', line: 4 },
          { kind: 'narration', text: 'The alley was empty.', line: 5 },
          { kind: 'sfx', text: 'splash', line: 6 },
        ],
      },
      { scene: 'She stops under a red umbrella.', sceneLine: 7, gutterBefore: 'normal', lines: [] },
    ]);
  });

  it('reads the Korean forms', () => {
    const s = parseTreatmentScript('민지가 골목을 뛰어간다.\n민지: "안녕!"\n민지: (괜찮을까…)\n[다음 날 아침]\n*쾅*\n준호：「거기 서!!」\n민지：『응』');
    expect(s.problems).toEqual([]);
    expect(s.panels[0].lines).toEqual([
      { kind: 'speech', speaker: '민지', text: '안녕!', line: 2 },
      { kind: 'thought', speaker: '민지', text: '괜찮을까…', line: 3 },
      { kind: 'narration', text: '다음 날 아침', line: 4 },
      { kind: 'sfx', text: '쾅', line: 5 },
      { kind: 'shout', speaker: '준호', text: '거기 서!!', line: 6 },
      { kind: 'speech', speaker: '민지', text: '응', line: 7 },
    ]);
  });

  it('accepts straight, curly and corner quotes, full-width parens, brackets, stars and colons', () => {
    for (const line of ['Mina: "hi"', 'Mina: “hi”', 'Mina: ‘hi’', "Mina: 'hi'", 'Mina: 「hi」', 'Mina: 『hi』', 'Mina：“hi”', 'Mina : "hi"', 'Mina: ＂hi＂']) {
      expect(classifyLine(line), line).toEqual({ kind: 'speech', speaker: 'Mina', text: 'hi', unclosed: false });
    }
    expect(classifyLine('민지：（괜찮아）')).toEqual({ kind: 'thought', speaker: '민지', text: '괜찮아', unclosed: false });
    expect(classifyLine('［밤］')).toMatchObject({ kind: 'narration', text: '밤' });
    expect(classifyLine('【Seoul, 2026】')).toMatchObject({ kind: 'narration', text: 'Seoul, 2026' });
    expect(classifyLine('＊쿵＊')).toMatchObject({ kind: 'sfx', text: '쿵' });
    expect(classifyLine('**BANG**')).toMatchObject({ kind: 'sfx', text: 'BANG' });
  });

  it('takes names with spaces, apostrophes and other scripts, but not a sentence before a colon', () => {
    expect(classifyLine('Mr Kim: "Sit down."')).toMatchObject({ kind: 'speech', speaker: 'Mr Kim' });
    expect(classifyLine("Mina's mom: (Late again.)")).toMatchObject({ kind: 'thought', speaker: "Mina's mom" });
    expect(classifyLine('김 선생님: "앉아."')).toMatchObject({ kind: 'speech', speaker: '김 선생님' });
    expect(classifyLine('Mina: "안녕, 민지!"')).toMatchObject({ kind: 'speech', speaker: 'Mina', text: '안녕, 민지!' });
    // too many words, too long, or ending like a sentence: a scene with a quote in it
    expect(classifyLine('Then the old man says to her: "Go."')).toBeNull();
    expect(classifyLine(`${'a'.repeat(31)}: "hi"`)).toBeNull();
    expect(classifyLine('Wait!: "hi"')).toBeNull();
    expect(classifyLine(': "hi"')).toBeNull();
    expect(classifyLine('…: "hi"')).toBeNull();
    // a sentence that introduces a quote, in English or Korean
    for (const line of ['She whispers: "Run."', 'The sign reads: "Closed"', 'Mina asked: (why?)', '민지가 말한다: "가자."', '준호가 외쳤다: "멈춰!!"']) {
      expect(classifyLine(line), line).toBeNull();
    }
    // a one-word name is a name, even if it is a verb; a Korean name ending in 다 alone too
    expect(classifyLine('Read: "hi"')).toMatchObject({ kind: 'speech', speaker: 'Read' });
    expect(classifyLine('바다: "안녕"')).toMatchObject({ kind: 'speech', speaker: '바다' });
  });

  it('needs the quote or paren form for dialogue: other colon lines are scenes', () => {
    for (const line of ['Note: the park is closed.', '메모: 공원은 닫혀 있다.', 'At 10:30 Mina wakes up.', 'Mina: hi', 'Mina:', 'http://example.com']) {
      expect(classifyLine(line), line).toBeNull();
    }
    expect(sceneLines('Note: the park is closed.\nMina: "Oh no."')).toEqual(['Note: the park is closed.']);
  });

  it('keeps nameless quotes, parens, tagged scenes and lone stars as scenes', () => {
    for (const line of ['"Hello!"', '(Flashback) Mina at ten.', '[Flashback] Mina at ten.', '* Mina runs.', '*', 'Mina*']) {
      expect(classifyLine(line), line).toBeNull();
    }
  });

  it('marks a longer gutter for a blank line or --- between a panel and the next scene line', () => {
    const s = parseTreatmentScript('\n\nA\nMina: "1"\n\nB\n---\nC\nD\n***\n\n— —\nE\n===\nF\nG');
    expect(s.panels.map((p) => [p.scene, p.gutterBefore])).toEqual([
      ['A', 'normal'], ['B', 'long'], ['C', 'long'], ['D', 'normal'], ['E', 'long'], ['F', 'long'], ['G', 'normal'],
    ]);
    expect(s.panels.map((p) => p.sceneLine)).toEqual([3, 6, 8, 9, 13, 15, 16]);
  });

  it('a gutter mark holds until the next scene line; dialogue after it stays with the earlier panel', () => {
    const s = parseTreatmentScript('A\n---\n[Later]\nB\nMina: "1"\nC');
    expect(s.panels.map((p) => [p.scene, p.gutterBefore, p.lines.length])).toEqual([['A', 'normal', 1], ['B', 'long', 1], ['C', 'normal', 0]]);
  });

  it('keeps dialogue before the first scene line with the first panel, and reports it', () => {
    const s = parseTreatmentScript('[Seoul, 2026]\nMina: "Ready?"\nMina stands at the door.\n*knock*');
    expect(s.panels).toHaveLength(1);
    expect(s.panels[0].lines.map((l) => [l.kind, l.line])).toEqual([['narration', 1], ['speech', 2], ['sfx', 4]]);
    expect(s.problems).toEqual([{ kind: 'before-first-scene', line: 1 }, { kind: 'before-first-scene', line: 2 }]);
    expect(s.unplaced).toEqual([]);
  });

  it('keeps dialogue with no scene line at all in unplaced', () => {
    const s = parseTreatmentScript('Mina: "Hello?"\n\n[Nobody answers.]');
    expect(s.panels).toEqual([]);
    expect(s.unplaced.map((l) => l.text)).toEqual(['Hello?', 'Nobody answers.']);
    expect(s.problems.map((p) => p.kind)).toEqual(['before-first-scene', 'before-first-scene']);
  });

  it('keeps an empty balloon and reports it', () => {
    const s = parseTreatmentScript('A\nMina: ""\n[]\n**\nMina: ( )');
    expect(s.panels[0].lines).toEqual([
      { kind: 'speech', speaker: 'Mina', text: '', line: 2 },
      { kind: 'narration', text: '', line: 3 },
      { kind: 'sfx', text: '', line: 4 },
      { kind: 'thought', speaker: 'Mina', text: '', line: 5 },
    ]);
    expect(s.problems).toEqual([2, 3, 4, 5].map((line) => ({ kind: 'empty-text', line })));
  });

  it('keeps an unclosed quote, paren or bracket as dialogue to the line end, and reports it', () => {
    const s = parseTreatmentScript('A\nMina: "Wait\nMina: (hmm\n[Later\nMina: "hi" she said.\nMina: ‘I can’t go’\nMina: "');
    expect(s.panels).toHaveLength(1);
    expect(s.panels[0].lines.map((l) => [l.kind, l.text])).toEqual([
      ['speech', 'Wait'], ['thought', 'hmm'], ['narration', 'Later'], ['speech', 'hi" she said.'], ['speech', 'I can’t go'], ['speech', ''],
    ]);
    expect(s.problems).toEqual([
      { kind: 'unclosed', line: 2 }, { kind: 'unclosed', line: 3 }, { kind: 'unclosed', line: 4 }, { kind: 'unclosed', line: 5 },
      { kind: 'unclosed', line: 7 }, { kind: 'empty-text', line: 7 },
    ]);
  });

  it('calls a shout only a speech whose text ends in two or more !', () => {
    expect(classifyLine('Jun: "Stop!!!"')).toMatchObject({ kind: 'shout', text: 'Stop!!!' });
    expect(classifyLine('준호: "멈춰！！"')).toMatchObject({ kind: 'shout' });
    expect(classifyLine('Jun: "Stop!"')).toMatchObject({ kind: 'speech' });
    expect(classifyLine('Jun: "!! no"')).toMatchObject({ kind: 'speech' });
    expect(classifyLine('Jun: (Stop!!)')).toMatchObject({ kind: 'thought' });
  });

  it('keeps markup as text, never as structure', () => {
    const s = parseTreatmentScript('<b>Mina</b> opens <i>the</i> door.\nMina: "<script>alert(1)</script>"\n[<b>Later</b>]');
    expect(s.panels[0].scene).toBe('<b>Mina</b> opens <i>the</i> door.');
    expect(s.panels[0].lines.map((l) => l.text)).toEqual(['<script>alert(1)</script>', '<b>Later</b>']);
    expect(classifyLine('<b>Mina</b>: "hi"')).toMatchObject({ kind: 'speech', speaker: '<b>Mina</b>' });
  });

  it('reads CRLF, CR and LF alike, with the editor\'s line numbers, and trims indentation', () => {
    const s = parseTreatmentScript('A\r\n  Mina: "1"\r\rB\r\n\t[2]\n');
    expect(s.panels.map((p) => [p.scene, p.sceneLine, p.gutterBefore, p.lines.map((l) => [l.text, l.line])])).toEqual([
      ['A', 1, 'normal', [['1', 2]]],
      ['B', 4, 'long', [['2', 5]]],
    ]);
  });

  it('parses 10,000-character lines quickly and whole', () => {
    const long = '가'.repeat(10_000);
    const colons = ':'.repeat(10_000);
    const started = performance.now();
    const s = parseTreatmentScript([long, `Mina: "${long}"`, `[${long}`, `*${long}*`, colons, `"${'"'.repeat(10_000)}`, `${'Mina '.repeat(2000)}: "x"`].join('\n'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(s.panels.map((p) => p.sceneLine)).toEqual([1, 5, 6, 7]);
    expect(s.panels[0].lines.map((l) => [l.kind, l.text.length])).toEqual([['speech', 10_000], ['narration', 10_000], ['sfx', 10_000]]);
  });

  it('mixes scripts and emoji in one treatment', () => {
    const s = parseTreatmentScript('민지 meets Jun at the 편의점. 🌧️\nJun: "안녕, Mina!"\n민지: (Who is he?)\n*딩동* \nShe smiles.');
    expect(sceneLines('민지 meets Jun at the 편의점. 🌧️\nJun: "안녕, Mina!"\n민지: (Who is he?)\n*딩동* \nShe smiles.')).toEqual(['민지 meets Jun at the 편의점. 🌧️', 'She smiles.']);
    expect(s.panels[0].lines.map((l) => l.speaker ?? l.kind)).toEqual(['Jun', '민지', 'sfx']);
  });

  it('never throws, on any text', () => {
    const chars = ['"', '“', '”', '(', ')', '[', ']', '*', ':', '：', '!', ' ', '\n', '\r', '-', 'a', '가', '\u200b', '\ud800', '」', '【'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 60; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += chars[seed % chars.length];
      }
      const s = parseTreatmentScript(text);
      const all = [...s.panels.flatMap((p) => [p.sceneLine, ...p.lines.map((l) => l.line)]), ...s.unplaced.map((l) => l.line)];
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it('reads a treatment without dialogue exactly as one panel per non-blank line', () => {
    expect(sceneLines('철수가 문을 연다.\n\n  The rain stops. 🌧️  \r\n')).toEqual(['철수가 문을 연다.', 'The rain stops. 🌧️']);
    expect(kinds('a\nb')).toEqual([[], []]);
  });
});
