import { describe, expect, it } from 'vitest';
import {
  MAX_TAILS,
  MIN_BALLOON_SIZE,
  addTail,
  moveBalloon,
  moveTail,
  oneLine,
  removeTail,
  resizeBalloon,
  setBalloonKind,
} from '../../../src/features/lettering/shared/balloon-edits';
import type { Balloon } from '../../../src/features/lettering/shared/lettering-contract';

const panel = { width: 800, height: 450 };
const speech = (): Balloon => ({
  id: 'Mina runs.#0',
  kind: 'speech',
  speaker: 'Mina',
  text: 'Wait!',
  box: { x: 100, y: 50, w: 200, h: 100 },
  tails: [{ x: 200, y: 300 }],
  placed: 'auto',
});

describe('balloon edits', () => {
  it('moves a balloon, marks it placed by the author and leaves the original alone', () => {
    const b = speech();
    const moved = moveBalloon(b, 30.4, -20, panel);
    expect(moved.box).toEqual({ x: 130, y: 30, w: 200, h: 100 });
    expect(moved.placed).toBe('author');
    expect(moved.tails).toEqual([{ x: 200, y: 300 }]);
    expect(b.box.x).toBe(100);
    expect(b.placed).toBe('auto');
  });

  it('stops a dragged balloon at every edge of the panel', () => {
    expect(moveBalloon(speech(), -1000, -1000, panel).box).toEqual({ x: 0, y: 0, w: 200, h: 100 });
    expect(moveBalloon(speech(), 5000, 5000, panel).box).toEqual({ x: 600, y: 350, w: 200, h: 100 });
  });

  it('resizes from the corner, no smaller than the minimum and no further than the panel', () => {
    expect(resizeBalloon(speech(), 50, 20, panel).box).toEqual({ x: 100, y: 50, w: 250, h: 120 });
    expect(resizeBalloon(speech(), -1000, -1000, panel).box).toEqual({ x: 100, y: 50, w: MIN_BALLOON_SIZE.w, h: MIN_BALLOON_SIZE.h });
    expect(resizeBalloon(speech(), 5000, 5000, panel).box).toEqual({ x: 100, y: 50, w: 700, h: 400 });
    expect(resizeBalloon(speech(), 1, 1, panel).placed).toBe('author');
  });

  it('drags one tail tip, kept inside the panel', () => {
    const b = { ...speech(), tails: [{ x: 200, y: 300 }, { x: 50, y: 300 }] };
    expect(moveTail(b, 1, { x: -40, y: 999 }, panel).tails).toEqual([{ x: 200, y: 300 }, { x: 0, y: 450 }]);
    expect(moveTail(b, 5, { x: 1, y: 1 }, panel)).toBe(b);
  });

  it('adds tails up to the limit, each at a new spot, and removes them', () => {
    let b = speech();
    for (let i = 0; i < 10; i++) b = addTail(b, panel);
    expect(b.tails).toHaveLength(MAX_TAILS);
    expect(new Set(b.tails.map((t) => t.x)).size).toBe(MAX_TAILS);
    for (const t of b.tails) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.y).toBeLessThanOrEqual(panel.height);
    }
    b = removeTail(b);
    expect(b.tails).toHaveLength(MAX_TAILS - 1);
    b = removeTail(b, 0);
    expect(b.tails[0]).toEqual(addTail(speech(), panel).tails[1]);
    expect(removeTail({ ...speech(), tails: [] }).tails).toEqual([]);
  });

  it('puts a new tail above a balloon at the bottom of the panel', () => {
    const low = { ...speech(), box: { x: 100, y: 380, w: 200, h: 70 }, tails: [] };
    const tip = addTail(low, panel).tails[0];
    expect(tip.y).toBeLessThan(380);
  });

  it('switches style: a caption or sound effect has no tail, speech gets one back', () => {
    const narration = setBalloonKind(speech(), 'narration', panel);
    expect(narration.kind).toBe('narration');
    expect(narration.tails).toEqual([]);
    expect(addTail(narration, panel)).toBe(narration);
    const back = setBalloonKind(narration, 'shout', panel);
    expect(back.kind).toBe('shout');
    expect(back.tails).toHaveLength(1);
    expect(setBalloonKind(speech(), 'whisper', panel).tails).toEqual(speech().tails);
    expect(setBalloonKind(speech(), 'bogus' as never, panel).kind).toBe('speech');
  });

  it('turns typed newlines into spaces: a dialogue line is one treatment line', () => {
    expect(oneLine('  같이\n가!!\r\n  Mina ')).toBe('같이 가!! Mina');
  });
});
