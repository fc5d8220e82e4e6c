// Auto placement: reading order, inside the panel, never over a known face, tails aimed at the speaker, author
// balloons left where the author put them.
import { describe, expect, it } from 'vitest';
import { fitBalloon } from '../../../src/features/lettering/shared/balloon-fit';
import { placeBalloons } from '../../../src/features/lettering/shared/balloon-placement';
import { speakersOf, spotsFor } from '../../../src/features/lettering/shared/balloon-tails';
import { crosses, orderDebt, shapeOverlap } from '../../../src/features/lettering/shared/placement-geometry';
import type { Balloon, BalloonKind, Box, Point, SpeakerSpot } from '../../../src/features/lettering/shared/lettering-contract';
import { fakeMeasure } from './fake-measure';

const auto = (id: string, kind: BalloonKind, text: string, speaker?: string): Balloon => ({
  id, kind, text, box: { x: 0, y: 0, w: 10, h: 10 }, tails: [], placed: 'auto', ...(speaker ? { speaker } : {}),
});
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** Whether two balloons' shapes meet: an oval is its box's inscribed ellipse, a narration its box. */
function shapesMeet(a: Balloon, b: Balloon): boolean {
  const inShape = (p: Point, x: Balloon) =>
    x.kind === 'narration'
      ? p.x > x.box.x && p.x < x.box.x + x.box.w && p.y > x.box.y && p.y < x.box.y + x.box.h
      : ((p.x - centre(x.box).x) / (x.box.w / 2)) ** 2 + ((p.y - centre(x.box).y) / (x.box.h / 2)) ** 2 < 1;
  const outline = (x: Balloon): Point[] =>
    Array.from({ length: 96 }, (_, i) => {
      const t = (i / 96) * 2 * Math.PI;
      if (x.kind !== 'narration') return { x: centre(x.box).x + (x.box.w / 2) * Math.cos(t), y: centre(x.box).y + (x.box.h / 2) * Math.sin(t) };
      const k = i % 4;
      return { x: x.box.x + (k === 1 || k === 2 ? x.box.w : 0), y: x.box.y + (k >= 2 ? x.box.h : 0) };
    });
  return outline(a).some((p) => inShape(p, b)) || outline(b).some((p) => inShape(p, a));
}
const within = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.w <= w && b.y + b.h <= h;
const centre = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
const angle = (from: Point, to: Point) => Math.atan2(to.y - from.y, to.x - from.x);
const angleGap = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
const spot = (name: string, cx: number, cy: number, r: number): SpeakerSpot => ({
  name, face: { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r }, anchor: { x: cx, y: cy + r * 0.5 },
});

const PANEL = { width: 800, height: 800 };
const SCRIPT = [
  auto('n', 'narration', '다음 날 아침'),
  auto('s1', 'speech', '민지야, 오늘 학교 끝나고 같이 갈래?', '준호'),
  auto('s2', 'speech', '좋아! 어디로 갈까?', '민지'),
  auto('t', 'thought', '또 떡볶이겠지…', '준호'),
  auto('s3', 'shout', '늦으면 안 돼!!', '민지'),
];
// two speakers in the lower part of a square panel, as a composed layout puts them
const SPOTS = [spot('민지', 220, 640, 80), spot('준호', 590, 630, 80)];

/** The reader's order: each balloon's top clearly lower than the one before, or level-or-lower and to its right. */
function expectReadingOrder(balloons: Balloon[]): void {
  for (let i = 1; i < balloons.length; i++) {
    const a = balloons[i - 1].box;
    const b = balloons[i].box;
    const below = b.y >= a.y + Math.min(a.h * 0.3, 40);
    const right = b.x >= a.x + a.w / 2 && b.y >= a.y;
    expect(below || right, `${balloons[i].id} reads after ${balloons[i - 1].id}`).toBe(true);
  }
}

describe('placeBalloons', () => {
  it('places balloons in reading order, inside the panel, off every face and off each other', () => {
    const placed = placeBalloons(PANEL, SCRIPT, SPOTS, fakeMeasure);
    expect(placed.map((b) => b.id)).toEqual(SCRIPT.map((b) => b.id));
    expectReadingOrder(placed);
    for (const b of placed) {
      expect(within(b.box, PANEL.width, PANEL.height)).toBe(true);
      for (const s of SPOTS) expect(overlaps(b.box, s.face!)).toBe(false);
      for (const tip of b.tails) {
        expect(tip.x >= 0 && tip.x <= PANEL.width && tip.y >= 0 && tip.y <= PANEL.height).toBe(true);
        for (const s of SPOTS) expect(overlaps({ ...tip, w: 0.1, h: 0.1 }, s.face!)).toBe(false);
      }
    }
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(shapesMeet(placed[i], placed[j])).toBe(false);
  });

  it('sizes each auto balloon for its text', () => {
    const placed = placeBalloons(PANEL, SCRIPT, SPOTS, fakeMeasure);
    const fit = fitBalloon('speech', SCRIPT[1].text, fakeMeasure);
    expect([placed[1].box.w, placed[1].box.h]).toEqual([fit.w, fit.h]);
    for (const b of placed) expect(Object.values(b.box).every(Number.isInteger)).toBe(true);
  });

  it('aims every tail at its speaker, and gives narration and sfx none', () => {
    const balloons = [...SCRIPT, auto('fx', 'sfx', '쾅')];
    const placed = placeBalloons(PANEL, balloons, SPOTS, fakeMeasure);
    for (const b of placed) {
      if (b.kind === 'narration' || b.kind === 'sfx') {
        expect(b.tails).toEqual([]);
        continue;
      }
      const who = SPOTS.find((s) => s.name === b.speaker)!;
      expect(b.tails).toHaveLength(1);
      const c = centre(b.box);
      expect(angleGap(angle(c, b.tails[0]), angle(c, who.anchor))).toBeLessThan(0.05);
      // the tail leaves the balloon: its tip is outside the oval
      expect(((b.tails[0].x - c.x) / (b.box.w / 2)) ** 2 + ((b.tails[0].y - c.y) / (b.box.h / 2)) ** 2).toBeGreaterThan(1);
    }
  });

  it('gives a balloon spoken by several one tail per speaker', () => {
    const placed = placeBalloons(PANEL, [auto('both', 'shout', '같이 가자!!', '민지 & 준호')], SPOTS, fakeMeasure);
    const [b] = placed;
    expect(b.tails).toHaveLength(2);
    const c = centre(b.box);
    SPOTS.forEach((s, i) => expect(angleGap(angle(c, b.tails[i]), angle(c, s.anchor))).toBeLessThan(0.05));
  });

  it('keeps clear of a face right where the balloon would go, and keeps the tail off it', () => {
    // one speaker at the top middle, the place a lone balloon likes best
    const top = spot('Mina', 400, 150, 110);
    const [b] = placeBalloons(PANEL, [auto('x', 'speech', 'I have a very long thing to say about all of this.', 'Mina')], [top], fakeMeasure);
    expect(overlaps(b.box, top.face!)).toBe(false);
    expect(overlaps({ ...b.tails[0], w: 0.1, h: 0.1 }, top.face!)).toBe(false);
  });

  it('never moves an author\'s balloon, and places the others around it', () => {
    const mine: Balloon = { ...auto('s1', 'speech', '민지야, 오늘 학교 끝나고 같이 갈래?', '준호'), placed: 'author', box: { x: 300, y: 20, w: 360, h: 200 }, tails: [{ x: 700, y: 300 }] };
    const balloons = [SCRIPT[0], mine, ...SCRIPT.slice(2)];
    const placed = placeBalloons(PANEL, balloons, SPOTS, fakeMeasure);
    expect(placed[1]).toBe(mine);
    for (const b of placed) if (b !== mine) expect(shapesMeet(b, mine)).toBe(false);
    // and placing again changes nothing
    expect(placeBalloons(PANEL, placed, SPOTS, fakeMeasure)).toEqual(placed);
  });

  it('without layouts: speakers take sides in order of appearance, tails point down, all inside', () => {
    const placed = placeBalloons(PANEL, [auto('a', 'speech', 'Hi there!', 'Mina'), auto('b', 'speech', 'Hello!', 'Jun')], [], fakeMeasure);
    expect(centre(placed[0].box).x).toBeLessThan(PANEL.width / 2);
    expect(centre(placed[1].box).x).toBeGreaterThan(PANEL.width / 2);
    expectReadingOrder(placed);
    for (const b of placed) {
      expect(b.tails).toHaveLength(1);
      expect(b.tails[0].y).toBeGreaterThan(b.box.y + b.box.h / 2);
    }
  });

  it('is deterministic', () => {
    expect(placeBalloons(PANEL, SCRIPT, SPOTS, fakeMeasure)).toEqual(placeBalloons(PANEL, SCRIPT, SPOTS, fakeMeasure));
  });

  it('copes with a panel too small for its balloon: centred, never thrown', () => {
    const [b] = placeBalloons({ width: 120, height: 90 }, [auto('x', 'narration', '아주 긴 내레이션 '.repeat(20))], [], fakeMeasure);
    expect(b.box.x).toBeGreaterThanOrEqual(0);
    expect(b.box.y).toBeGreaterThanOrEqual(0);
    expect(b.box.w).toBeLessThanOrEqual(120);
  });
});

describe('speakers', () => {
  it('splits a balloon spoken by several', () => {
    expect(speakersOf('Mina & Jun')).toEqual(['Mina', 'Jun']);
    expect(speakersOf('민지, 준호')).toEqual(['민지', '준호']);
    expect(speakersOf('Mina and Jun')).toEqual(['Mina', 'Jun']);
    expect(speakersOf(' ')).toEqual([]);
  });

  it('matches spots by name or cast id, ignoring case, the whole name first', () => {
    const spots: SpeakerSpot[] = [{ name: 'Mr. Kim and Son', anchor: { x: 0, y: 0 } }, { name: 'mina', castId: 'p1', anchor: { x: 1, y: 1 } }];
    expect(spotsFor('Mr. Kim and Son', spots).spots).toEqual([spots[0]]);
    expect(spotsFor('MINA', spots).spots).toEqual([spots[1]]);
    expect(spotsFor('p1', spots).spots).toEqual([spots[1]]);
    expect(spotsFor('Jun', spots).spots).toEqual([]);
  });
});

describe('placement geometry', () => {
  it('tells a tail crossing a box from one passing by', () => {
    const box = { x: 10, y: 10, w: 20, h: 20 };
    expect(crosses({ x: 0, y: 0 }, { x: 40, y: 40 }, box)).toBe(true);
    expect(crosses({ x: 0, y: 40 }, { x: 5, y: 0 }, box)).toBe(false);
    expect(crosses({ x: 15, y: 0 }, { x: 15, y: 5 }, box)).toBe(false);
  });

  it('lets ovals share their boxes\' corners but not their middles', () => {
    const a = { box: { x: 0, y: 0, w: 100, h: 100 }, oval: true };
    expect(shapeOverlap(a, { box: { x: 90, y: 90, w: 100, h: 100 }, oval: true }, 0)).toBe(0);
    expect(shapeOverlap(a, { box: { x: 90, y: 0, w: 100, h: 100 }, oval: true }, 0)).toBeGreaterThan(0);
    expect(shapeOverlap(a, { box: { x: 90, y: 90, w: 100, h: 100 }, oval: false }, 0)).toBeGreaterThan(0);
  });

  it('counts a balloon above the one before it, or level and to its left, as out of order', () => {
    const prev = { x: 400, y: 100, w: 200, h: 100 };
    expect(orderDebt({ x: 0, y: 200, w: 100, h: 50 }, prev)).toBe(0);
    expect(orderDebt({ x: 550, y: 100, w: 100, h: 50 }, prev)).toBe(0);
    expect(orderDebt({ x: 0, y: 100, w: 100, h: 50 }, prev)).toBeGreaterThan(0);
    expect(orderDebt({ x: 550, y: 40, w: 100, h: 50 }, prev)).toBeGreaterThan(0);
  });
});
