// Page edits written into the treatment: each panel keeps its dialogue and its time skip, and the text reads back
// through the script parser as the page asked.
import { describe, expect, it } from 'vitest';
import { deleteScene, formatDialogue, insertScene, moveScene, rewriteDialogue } from '../../../src/features/lettering/shared/treatment-edits';
import { parseTreatmentScript } from '../../../src/features/lettering/shared/treatment-script';
import { createRng } from '../../../src/core/rng';

const TEXT = [
  'Mina runs down a rainy alley.',
  '  Mina: "Wait for me!"',
  '  *splash*',
  'Jun turns at the corner.',
  '  Jun: (Is that her?)',
  '',
  'The next morning, a quiet café.',
  '  [Three days later.]',
  '  Mina: "You came!!"',
  'They sit by the window.',
].join('\n');

/** What the page sees: each panel's scene, gutter and dialogue (kind, speaker, text), line numbers aside. */
function panels(text: string) {
  return parseTreatmentScript(text).panels.map((p) => ({
    scene: p.scene, gutter: p.gutterBefore, lines: p.lines.map((l) => `${l.kind}|${l.speaker ?? ''}|${l.text}`),
  }));
}

describe('moveScene', () => {
  it('moves a panel with its dialogue, and its time skip with it', () => {
    const before = panels(TEXT);
    const moved = moveScene(TEXT, 2, 0);
    const after = panels(moved);
    expect(after.map((p) => p.scene)).toEqual([before[2].scene, before[0].scene, before[1].scene, before[3].scene]);
    expect(after[0].lines).toEqual(before[2].lines);
    expect(after[1].lines).toEqual(before[0].lines);
    expect(after[2].lines).toEqual(before[1].lines);
    // The moved panel's blank line went with it (it is first now, so it has no gap); the café's follower is normal.
    expect(after.map((p) => p.gutter)).toEqual(['normal', 'normal', 'normal', 'normal']);
    // Nothing added or lost: the same lines, in another order.
    expect(moved.split('\n').sort()).toEqual(TEXT.split('\n').sort());
  });

  it('keeps the time skip with the moved panel further down', () => {
    const moved = moveScene(TEXT, 2, 3);
    const after = panels(moved);
    expect(after.map((p) => p.scene)).toEqual(['Mina runs down a rainy alley.', 'Jun turns at the corner.', 'They sit by the window.', 'The next morning, a quiet café.']);
    expect(after.map((p) => p.gutter)).toEqual(['normal', 'normal', 'normal', 'long']);
    expect(after[3].lines).toEqual(['narration||Three days later.', 'shout|Mina|You came!!']);
  });

  it('is undone by the opposite move, and leaves the text alone for a move in place', () => {
    expect(moveScene(moveScene(TEXT, 0, 3), 3, 0)).toBe(TEXT);
    expect(moveScene(TEXT, 1, 1)).toBe(TEXT);
  });

  it('keeps every panel whole over random moves (random treatments with dialogue and gaps)', () => {
    const rng = createRng(7);
    const dialogue = ['Mina: "hi"', 'Jun: (hm)', '[Later.]', '*bang*', 'Bo: "no!!"', ''];
    for (let round = 0; round < 40; round++) {
      const lines: string[] = [];
      const count = 2 + rng.int(5);
      for (let p = 0; p < count; p++) {
        if (p > 0 && rng.chance(0.3)) lines.push(rng.chance(0.5) ? '' : '---');
        lines.push(`Scene number ${p}.`);
        for (let d = rng.int(3); d > 0; d--) lines.push(dialogue[rng.int(dialogue.length - 1)]);
      }
      const text = lines.join('\n');
      const before = panels(text);
      const from = rng.int(count);
      const to = rng.int(count);
      const after = panels(moveScene(text, from, to));
      const order = before.map((_, i) => i);
      order.splice(to, 0, ...order.splice(from, 1));
      expect(after.map((p) => [p.scene, p.lines])).toEqual(order.map((i) => [before[i].scene, before[i].lines]));
      // A panel that kept a predecessor keeps its gutter (only the new first panel's gap has no meaning).
      after.forEach((p, i) => i > 0 && expect(p.gutter).toBe(before[order[i]].gutter));
    }
  });

  it('refuses a panel that is not there with a message naming it', () => {
    expect(() => moveScene(TEXT, 4, 0)).toThrow(/There is no panel 5: the page has 4/);
    expect(() => moveScene(TEXT, 0, -1)).toThrow(RangeError);
  });
});

describe('insertScene', () => {
  it('inserts a scene line as the given panel, before the next panel\'s time skip', () => {
    const text = insertScene(TEXT, 2, 'A bus passes in the rain.');
    const after = panels(text);
    expect(after.map((p) => p.scene)).toEqual(['Mina runs down a rainy alley.', 'Jun turns at the corner.', 'A bus passes in the rain.', 'The next morning, a quiet café.', 'They sit by the window.']);
    expect(after[1].lines).toEqual(['thought|Jun|Is that her?']);
    expect(after[2].lines).toEqual([]);
    expect(after.map((p) => p.gutter)).toEqual(['normal', 'normal', 'normal', 'long', 'normal']);
    expect(deleteScene(text, 2)).toBe(TEXT);
  });

  it('appends after the last panel\'s dialogue, and starts an empty treatment', () => {
    const end = panels(insertScene(TEXT, 4, 'The rain stops.'));
    expect(end[3].lines).toEqual([]);
    expect(end[4]).toEqual({ scene: 'The rain stops.', gutter: 'normal', lines: [] });
    expect(insertScene('', 0, '  A door opens.  ')).toBe('A door opens.');
    // Dialogue with no scene yet becomes the new panel's.
    expect(panels(insertScene('Mina: "hello"', 0, 'A door opens.'))).toEqual([{ scene: 'A door opens.', gutter: 'normal', lines: ['speech|Mina|hello'] }]);
  });

  it('refuses dialogue, blanks and several lines as a scene', () => {
    expect(() => insertScene(TEXT, 0, 'Mina: "hi"')).toThrow(/one scene line/);
    expect(() => insertScene(TEXT, 0, '   ')).toThrow(/one scene line/);
    expect(() => insertScene(TEXT, 0, 'One.\nTwo.')).toThrow(/one scene line/);
    expect(() => insertScene(TEXT, 5, 'Too far.')).toThrow(/no panel 6/);
  });
});

describe('deleteScene', () => {
  it('deletes a panel with its dialogue; the time skip stays in place for the next panel', () => {
    const after = panels(deleteScene(TEXT, 1));
    expect(after.map((p) => p.scene)).toEqual(['Mina runs down a rainy alley.', 'The next morning, a quiet café.', 'They sit by the window.']);
    expect(after.flatMap((p) => p.lines)).not.toContain('thought|Jun|Is that her?');
    expect(after[1].gutter).toBe('long');
    const skipped = panels(deleteScene(TEXT, 2));
    expect(skipped.map((p) => p.scene)).toEqual(['Mina runs down a rainy alley.', 'Jun turns at the corner.', 'They sit by the window.']);
    expect(skipped[2].gutter).toBe('long');
  });

  it('keeps CRLF line endings', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const out = deleteScene(crlf, 0);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(panels(out).map((p) => p.scene)[0]).toBe('Jun turns at the corner.');
  });
});

describe('rewriteDialogue', () => {
  it('rewrites one line in the format, keeping its indentation, and it parses back as the balloon', () => {
    const line = parseTreatmentScript(TEXT).panels[0].lines[0].line;
    const out = rewriteDialogue(TEXT, line, 'thought', 'Mina', 'Where did he go?');
    expect(out.split('\n')[line - 1]).toBe('  Mina: (Where did he go?)');
    expect(parseTreatmentScript(out).panels[0].lines[0]).toEqual({ kind: 'thought', speaker: 'Mina', text: 'Where did he go?', line });
    expect(out.split('\n').filter((_, i) => i !== line - 1)).toEqual(TEXT.split('\n').filter((_, i) => i !== line - 1));
  });

  it('writes every kind so it reads back the same, markup and quotes included', () => {
    const cases = [
      ['speech', 'Jun', 'She said "go" <b>now</b>'],
      ['shout', 'Jun', 'Stop'],
      ['narration', undefined, 'Meanwhile [elsewhere]'],
      ['sfx', undefined, 'BANG'],
      ['thought', '민지', '어디 갔지?'],
    ] as const;
    for (const [kind, speaker, text] of cases) {
      const out = rewriteDialogue(TEXT, 5, kind, speaker, text);
      const back = parseTreatmentScript(out).panels[1].lines[0];
      expect(back.kind).toBe(kind);
      expect(back.speaker).toBe(speaker);
      expect(back.text).toBe(kind === 'shout' ? 'Stop!!' : text);
    }
  });

  it('turns a forced line break into a space (a script line holds none)', () => {
    expect(formatDialogue('speech', 'Mina', 'one\ntwo')).toBe('Mina: "one two"');
  });

  it('refuses a line that is not dialogue, and a name the format cannot read back', () => {
    expect(() => rewriteDialogue(TEXT, 1, 'speech', 'Mina', 'x')).toThrow(/Line 1 of the treatment is not dialogue/);
    expect(() => rewriteDialogue(TEXT, 6, 'speech', 'Mina', 'x')).toThrow(/not dialogue/);
    expect(() => rewriteDialogue(TEXT, 2, 'speech', 'Mina says', 'x')).toThrow(/read back differently/);
    expect(() => rewriteDialogue(TEXT, 2, 'speech', '', 'x')).toThrow(/read back differently/);
    expect(() => rewriteDialogue(TEXT, 3, 'sfx', undefined, '*')).toThrow(/read back differently/);
  });
});
