// The author's page actions: balloon edits land on the draft's page, words and panel order in the treatment, drawn
// panels move with their scene, and a change that cannot be made is a message that changes nothing.
import { describe, expect, it } from 'vitest';
import { PageActions } from '../../../src/app/page-actions';
import { PageSync } from '../../../src/features/lettering/client/page-sync';
import type { Balloon, EpisodePage } from '../../../src/features/lettering/shared/lettering-contract';
import { emptyPage } from '../../../src/features/lettering/shared/page-model';
import { moveBalloon } from '../../../src/features/lettering/shared/balloon-edits';
import { fakeMeasure } from '../lettering/fake-measure';

const TREATMENT = ['Mina runs.', 'Mina: "Wait!"', '[Later]', 'A cat sleeps.', 'Kim: (Quiet.)', '*쾅*'].join('\n');

function studio(text = TREATMENT) {
  const sync = new PageSync(fakeMeasure);
  const calls: string[] = [];
  const messages: { kind: string; text: string }[] = [];
  const drafts = {
    text,
    page: emptyPage() as EpisodePage,
    edit(next: string) {
      this.text = next;
      this.page = sync.pageFor(next, this.page);
    },
    editPage(page: EpisodePage) {
      this.page = page;
    },
  };
  drafts.page = sync.pageFor(text, drafts.page);
  const strip = {
    running: null as null | 'strip',
    insertPanel: (at: number, scene: string) => void calls.push(`insert ${at} ${scene}`),
    deletePanel: (i: number) => void calls.push(`delete ${i}`),
    movePanel: (from: number, to: number) => void calls.push(`move ${from} ${to}`),
  };
  const read = (t: string | (() => string)) => (typeof t === 'function' ? t() : t);
  const log = {
    add: (kind: string, t: string | (() => string)) => (messages.push({ kind, text: read(t) }), 'm'),
    error: (e: unknown, t?: string | (() => string)) => (messages.push({ kind: 'error', text: `${t ? read(t) : ''}: ${(e as Error).message}` }), 'm'),
  };
  const actions = new PageActions({ drafts, strip, log, page: () => drafts.page });
  return { actions, drafts, strip, calls, messages, sync };
}

describe('page actions', () => {
  it('stores a moved balloon by id, placed by the author, and keeps it through later typing', () => {
    const s = studio();
    const b = s.drafts.page.panels[0].balloons[0];
    const moved = moveBalloon(b, 40, 30, { width: 800, height: 800 });
    s.actions.changeBalloon(0, moved);
    expect(s.drafts.page.panels[0].balloons[0]).toEqual(moved);
    s.drafts.edit(`${TREATMENT}\n`);
    expect(s.drafts.page.panels[0].balloons[0].box).toEqual(moved.box);
    expect(s.drafts.page.panels[0].balloons[0].placed).toBe('author');
  });

  it('rewrites a balloon’s line in the treatment, and the balloon keeps its place', () => {
    const s = studio();
    const b = s.drafts.page.panels[1].balloons[0];
    s.actions.changeBalloon(1, moveBalloon(b, 100, 100, { width: 800, height: 800 }));
    const box = s.drafts.page.panels[1].balloons[0].box;
    s.actions.rewriteBalloon(1, b.id, 'Let it <b>sleep</b>.');
    expect(s.drafts.text.split('\n')[4]).toBe('Kim: (Let it <b>sleep</b>.)');
    const after = s.drafts.page.panels[1].balloons[0];
    expect(after.text).toBe('Let it <b>sleep</b>.');
    expect(after.id).toBe(b.id);
    expect(after.box.x).toBe(box.x);
    expect(s.messages).toEqual([]);
  });

  it('refuses words the line cannot take, with a message, and changes nothing', () => {
    const s = studio();
    const before = s.drafts.text;
    const b: Balloon = s.drafts.page.panels[1].balloons[1];
    // a sound effect of one star would read back as a time-skip mark
    s.actions.rewriteBalloon(1, b.id, '*');
    expect(s.drafts.text).toBe(before);
    expect(s.messages[0].kind).toBe('error');
    s.actions.rewriteBalloon(0, 'no-such-balloon', 'x');
    expect(s.messages[1]).toMatchObject({ kind: 'warning', text: expect.stringContaining('no longer in the treatment') });
  });

  it('inserts, moves and deletes panels in the treatment and the strip together', () => {
    const s = studio();
    s.actions.insertPanel(0);
    expect(s.drafts.text.split('\n')).toContain('A new scene: describe what this panel shows.');
    expect(s.drafts.page.panels.map((p) => p.scene)).toEqual(['Mina runs.', 'A new scene: describe what this panel shows.', 'A cat sleeps.']);
    s.actions.movePanel(2, 0);
    expect(s.drafts.page.panels.map((p) => p.scene)).toEqual(['A cat sleeps.', 'Mina runs.', 'A new scene: describe what this panel shows.']);
    // the dialogue travels with its scene
    expect(s.drafts.page.panels[0].balloons.map((b) => b.text)).toEqual(['Quiet.', '쾅']);
    s.actions.deletePanel(1);
    expect(s.drafts.page.panels.map((p) => p.scene)).toEqual(['A cat sleeps.', 'A new scene: describe what this panel shows.']);
    expect(s.calls).toEqual(['insert 1 A new scene: describe what this panel shows.', 'move 2 0', 'delete 1']);
    // the deleted words are kept in the message
    expect(s.messages.at(-1)!.text).toContain('Mina runs. / Mina: "Wait!" / [Later]');
  });

  it('keeps shapes, gutters and the background, refusing bad values', () => {
    const s = studio();
    s.actions.setShape(1, 'wide');
    s.actions.setGutter(1, 480);
    s.actions.setBackground('#102030');
    expect(s.drafts.page.panels[1]).toMatchObject({ shape: 'wide', gutterBefore: 480 });
    expect(s.drafts.page.background).toBe('#102030');
    s.actions.setBackground('red; background: url(x)');
    s.actions.setGutter(0, -4);
    expect(s.drafts.page.background).toBe('#102030');
    expect(s.messages.filter((m) => m.kind === 'error')).toHaveLength(2);
  });

  it('writes the treatment’s own gutters into the treatment, other sizes into the page', () => {
    const s = studio();
    s.actions.setGutter(1, 480);
    expect(s.drafts.text).toContain('[Later]\n\nA cat sleeps.');
    expect(s.drafts.page.panels[1].gutterBefore).toBe(480);
    s.actions.setGutter(1, 120);
    expect(s.drafts.text).toBe(TREATMENT);
    expect(s.drafts.page.panels[1].gutterBefore).toBe(120);
    s.actions.setGutter(1, 240);
    expect(s.drafts.text).toBe(TREATMENT);
    expect(s.drafts.page.panels[1].gutterBefore).toBe(240);
  });

  it('changes no panel order while a run draws', () => {
    const s = studio();
    s.strip.running = 'strip';
    const before = s.drafts.text;
    s.actions.movePanel(0, 1);
    s.actions.insertPanel(0);
    s.actions.deletePanel(0);
    expect(s.drafts.text).toBe(before);
    expect(s.calls).toEqual([]);
  });

  it('lays the page out again only when the text or the page changed', () => {
    const s = studio();
    const page = s.drafts.page;
    expect(s.sync.pageFor(s.drafts.text, page)).toBe(page);
    expect(s.sync.pageFor(`${s.drafts.text}\nA dog.`, page)).not.toBe(page);
  });
});

describe('rewording a scene line', () => {
  it('keeps its panel’s shape and moved balloons while the author types in it', () => {
    const s = studio();
    s.actions.setShape(1, 'tall');
    const b = s.drafts.page.panels[1].balloons[0];
    s.actions.changeBalloon(1, moveBalloon(b, 60, 200, { width: 800, height: 1067 }));
    const box = s.drafts.page.panels[1].balloons[0].box;
    for (const typed of ['A cat sleeps', 'A cat sleeps o', 'A cat sleeps on the desk.']) {
      s.drafts.edit(TREATMENT.replace('A cat sleeps.', typed));
    }
    const panel = s.drafts.page.panels[1];
    expect(panel.scene).toBe('A cat sleeps on the desk.');
    expect(panel.shape).toBe('tall');
    expect(panel.balloons[0]).toMatchObject({ box, placed: 'author', text: 'Quiet.' });
  });

  it('still matches by text when panels move, so a swap is not read as two rewordings', () => {
    const s = studio();
    s.actions.setShape(0, 'wide');
    s.drafts.edit(['A cat sleeps.', 'Kim: (Quiet.)', '*쾅*', 'Mina runs.', 'Mina: "Wait!"', '[Later]'].join('\n'));
    expect(s.drafts.page.panels.map((p) => [p.scene, p.shape])).toEqual([['A cat sleeps.', 'square'], ['Mina runs.', 'wide']]);
  });
});
