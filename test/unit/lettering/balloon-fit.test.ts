// Balloons that fit their text: sizes legible on a phone, padding kept, growing with the text, an oval's lines
// inside the ellipse (not just its box), the font shrinking toward the minimum when an author squeezes the box.
import { describe, expect, it } from 'vitest';
import { bodyOf, textPadding } from '../../../src/features/lettering/shared/balloon-body';
import { fitBalloon, layoutBalloonText, type BalloonTextLayout } from '../../../src/features/lettering/shared/balloon-fit';
import { BALLOON_KINDS, type BalloonKind, type Box } from '../../../src/features/lettering/shared/lettering-contract';
import {
  LETTERING_FONTS, MAX_FONT_SIZE, MIN_FONT_SIZE, PHONE_READING_SCALE, defaultFontSize, fontFor, fontSizeOf,
} from '../../../src/features/lettering/shared/lettering-fonts';
import { fakeMeasure } from './fake-measure';

const OVALS: BalloonKind[] = ['speech', 'whisper', 'thought', 'shout'];
const TEXTS = [
  '안녕',
  'Hi!',
  '준호야, 오늘 학교 끝나고 같이 떡볶이 먹으러 갈래?',
  'Wait for me! You always walk too fast, and I cannot keep up.',
  '옛날 옛적에 깊은 산골 마을에 마음씨 착한 나무꾼이 살았는데, 어느 날 산에서 다친 사슴 한 마리를 만났단다.',
  '첫 줄\n둘째 줄\n\n넷째 줄',
];

/** Every line's em box, corners included, lies inside the body (ellipse or rectangle), padding kept for boxes. */
function expectInsideBody(kind: BalloonKind, box: Box, layout: BalloonTextLayout): void {
  const body = bodyOf(kind, box, layout.fontSize);
  for (const line of layout.lines) {
    const half = fakeMeasure(line.text, layout.font) / 2;
    const mid = line.y - layout.fontSize * 0.36;
    for (const [x, y] of [[line.x - half, mid - layout.fontSize / 2], [line.x + half, mid + layout.fontSize / 2]]) {
      if (body.shape === 'ellipse') {
        expect(((x - body.cx) / body.rx) ** 2 + ((y - body.cy) / body.ry) ** 2).toBeLessThanOrEqual(1);
      } else {
        const pad = textPadding(kind, layout.fontSize);
        expect(x).toBeGreaterThanOrEqual(body.x + pad.x - 0.01);
        expect(x).toBeLessThanOrEqual(body.x + body.w - pad.x + 0.01);
      }
    }
  }
}

describe('lettering sizes and faces', () => {
  it('keeps every kind legible at a phone\'s reading width, sound effects much bigger', () => {
    expect(MIN_FONT_SIZE * PHONE_READING_SCALE).toBeGreaterThanOrEqual(12);
    for (const kind of BALLOON_KINDS) expect(defaultFontSize(kind)).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    expect(defaultFontSize('speech')).toBe(30);
    expect(defaultFontSize('narration')).toBe(28);
    expect(defaultFontSize('sfx')).toBeGreaterThanOrEqual(2 * defaultFontSize('speech'));
    expect(fontSizeOf('speech', 5)).toBe(MIN_FONT_SIZE);
    expect(fontSizeOf('speech', 10_000)).toBe(MAX_FONT_SIZE);
    expect(fontSizeOf('speech', Number.NaN)).toBe(30);
  });

  it('gives each kind its face as a canvas font shorthand', () => {
    expect(fontFor('speech', 30)).toBe('400 30px "Nanum Gothic", sans-serif');
    expect(fontFor('shout', 34)).toBe('800 34px "Nanum Gothic", sans-serif');
    expect(fontFor('narration', 28)).toBe('400 28px "Nanum Myeongjo", serif');
    expect(fontFor('sfx', 72)).toBe('400 72px "Black Han Sans", sans-serif');
    expect(fontFor('speech', 30, { ...LETTERING_FONTS, dialogue: 'Other' })).toBe('400 30px "Other", sans-serif');
  });
});

describe('fitBalloon', () => {
  it('grows with its text: wider up to the line cap, then more lines', () => {
    const words = '가나 다라 마바 사아 자차 카타 파하 가나 다라 마바 사아 자차 카타 파하 가나 다라'.split(' ');
    const font = fontFor('speech', 30);
    let largest = 0;
    const counts: number[] = [];
    for (let n = 1; n <= words.length; n++) {
      const fit = fitBalloon('speech', words.slice(0, n).join(' '), fakeMeasure);
      // An oval may reshape when a line is added (wide to round), but never loses more than a sliver of its area.
      expect(fit.w * fit.h).toBeGreaterThanOrEqual(0.9 * largest);
      largest = Math.max(largest, fit.w * fit.h);
      // 9 em per line at 30 px: no line holds more than 9 syllables
      expect(Math.max(...fit.lines.map((l) => fakeMeasure(l, font)))).toBeLessThanOrEqual(270);
      counts.push(fit.lines.length);
    }
    expect(counts[0]).toBe(1);
    expect(counts[counts.length - 1]).toBeGreaterThanOrEqual(4);
    expect(fitBalloon('speech', words.join(' '), fakeMeasure).w * 1).toBeGreaterThan(fitBalloon('speech', words[0], fakeMeasure).w * 3);
  });

  it('returns whole pixels, the kind\'s size, and centred lines that its layout reproduces', () => {
    for (const kind of BALLOON_KINDS) {
      for (const text of TEXTS) {
        const fit = fitBalloon(kind, text, fakeMeasure);
        expect(Number.isInteger(fit.w) && Number.isInteger(fit.h)).toBe(true);
        expect(fit.fontSize).toBe(defaultFontSize(kind));
        const box = { x: 10, y: 20, w: fit.w, h: fit.h };
        const layout = layoutBalloonText({ kind, text, box }, fakeMeasure);
        expect(layout.lines.map((l) => l.text)).toEqual(fit.lines);
        expect(layout.overflow).toBe(false);
        for (const line of layout.lines) expect(line.x).toBe(box.x + box.w / 2);
        expectInsideBody(kind, box, layout);
      }
    }
  });

  it('sets an oval\'s lines inside the ellipse, not just inside its box', () => {
    for (const kind of OVALS) {
      const fit = fitBalloon(kind, TEXTS[4], fakeMeasure);
      const box = { x: 0, y: 0, w: fit.w, h: fit.h };
      const layout = layoutBalloonText({ kind, text: TEXTS[4], box }, fakeMeasure);
      expect(layout.lines.length).toBeGreaterThanOrEqual(3);
      expectInsideBody(kind, box, layout);
      // the middle lines may be wider than the first and last: the ellipse is widest in its middle
      const widths = layout.lines.map((l) => fakeMeasure(l.text, layout.font));
      expect(Math.max(...widths)).toBeLessThan(box.w * 0.75);
    }
  });

  it('keeps a long text inside the panel it is given: wider lines, then a smaller font, never below the minimum', () => {
    const text = TEXTS[4].repeat(2);
    const free = fitBalloon('speech', text, fakeMeasure);
    const maxBox = { w: 752, h: 350 };
    expect(free.h).toBeGreaterThan(maxBox.h);
    const fit = fitBalloon('speech', text, fakeMeasure, { maxBox });
    expect(fit.w).toBeLessThanOrEqual(maxBox.w);
    expect(fit.h).toBeLessThanOrEqual(maxBox.h);
    expect(fit.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    expect(fit.overflow).toBe(false);
    const tooMuch = fitBalloon('speech', text.repeat(3), fakeMeasure, { maxBox: { w: 300, h: 200 } });
    expect(tooMuch.overflow).toBe(true);
    expect(tooMuch.fontSize).toBe(MIN_FONT_SIZE);
  });

  it('flags 10,000 characters as cut, quickly, keeping the balloon to a drawable size', () => {
    const started = performance.now();
    const fit = fitBalloon('speech', '가나다라 '.repeat(2500), fakeMeasure, { maxBox: { w: 752, h: 1019 } });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(fit.truncated).toBe(true);
    expect(fit.lines.length).toBeLessThan(60);
  });
});

describe('layoutBalloonText', () => {
  it('shrinks the font when an author squeezes the box, down to the minimum, then reports overflow', () => {
    const text = TEXTS[2];
    const fit = fitBalloon('speech', text, fakeMeasure);
    const squeezed = layoutBalloonText({ kind: 'speech', text, box: { x: 0, y: 0, w: Math.round(fit.w * 0.85), h: Math.round(fit.h * 0.85) } }, fakeMeasure);
    expect(squeezed.fontSize).toBeLessThan(30);
    expect(squeezed.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    const tiny = layoutBalloonText({ kind: 'speech', text, box: { x: 0, y: 0, w: 60, h: 40 } }, fakeMeasure);
    expect(tiny.overflow).toBe(true);
    expect(tiny.fontSize).toBe(MIN_FONT_SIZE);
    expect(tiny.lines.map((l) => l.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('uses the balloon\'s own size when it has one', () => {
    const fit = fitBalloon('speech', 'Hello', fakeMeasure, { fontSize: 44 });
    const layout = layoutBalloonText({ kind: 'speech', text: 'Hello', box: { x: 0, y: 0, w: fit.w, h: fit.h }, fontSize: 44 }, fakeMeasure);
    expect(layout.fontSize).toBe(44);
    expect(layout.font).toBe(fontFor('speech', 44));
  });

  it('keeps markup as text', () => {
    const text = '<img src=x onerror=alert(1)> <b>hi</b>';
    const fit = fitBalloon('narration', text, fakeMeasure);
    expect(fit.lines.join(' ')).toBe(text);
  });
});
