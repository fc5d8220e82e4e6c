// Balloons from the script: the words come from the treatment, the author's edits (box, tails, style, size) are
// kept by id, and a balloon of 10,000 characters is handled at once.
import { describe, expect, it } from 'vitest';
import { fitBalloon, layoutBalloonText } from '../../../src/features/lettering/shared/balloon-fit';
import { placeBalloons } from '../../../src/features/lettering/shared/balloon-placement';
import type { Balloon } from '../../../src/features/lettering/shared/lettering-contract';
import { MAX_BALLOON_TEXT, balloonKey, balloonsFromScript } from '../../../src/features/lettering/shared/script-balloons';
import { parseTreatmentScript } from '../../../src/features/lettering/shared/treatment-script';
import { fakeMeasure } from './fake-measure';

const panelOf = (text: string) => parseTreatmentScript(text).panels[0];
const TREATMENT = ['Mina runs down a rainy alley.', 'Mina: "Wait for me!"', 'Jun: (Is he gone?)', '[The alley was empty.]', '*splash*'].join('\n');

describe('balloonKey', () => {
  it('is stable for a scene and an ordinal, and differs between them', () => {
    expect(balloonKey('A scene.', 0)).toBe(balloonKey('  A scene.  ', 0));
    expect(balloonKey('A scene.', 0)).not.toBe(balloonKey('A scene.', 1));
    expect(balloonKey('A scene.', 0)).not.toBe(balloonKey('Another scene.', 0));
    expect(balloonKey('A scene.', 0).startsWith('a')).toBe(false);
  });
});

describe('balloonsFromScript', () => {
  it('makes one auto balloon per dialogue line, with the script\'s kind, speaker and text, sized for it', () => {
    const panel = panelOf(TREATMENT);
    const balloons = balloonsFromScript(panel, undefined, fakeMeasure);
    expect(balloons.map((b) => [b.id, b.kind, b.speaker, b.text, b.placed])).toEqual([
      [balloonKey(panel.scene, 0), 'speech', 'Mina', 'Wait for me!', 'auto'],
      [balloonKey(panel.scene, 1), 'thought', 'Jun', 'Is he gone?', 'auto'],
      [balloonKey(panel.scene, 2), 'narration', undefined, 'The alley was empty.', 'auto'],
      [balloonKey(panel.scene, 3), 'sfx', undefined, 'splash', 'auto'],
    ]);
    const fit = fitBalloon('speech', 'Wait for me!', fakeMeasure);
    expect(balloons[0].box).toEqual({ x: 0, y: 0, w: fit.w, h: fit.h });
    expect('speaker' in balloons[2]).toBe(false);
  });

  it('keeps an author\'s box, tails, style and size by id while the words follow the script', () => {
    const panel = panelOf(TREATMENT);
    const [speech, thought, ...rest] = balloonsFromScript(panel, undefined, fakeMeasure);
    const edited: Balloon[] = [
      { ...speech, kind: 'whisper', placed: 'author', box: { x: 300, y: 40, w: 200, h: 120 }, tails: [{ x: 250, y: 400 }, { x: 600, y: 420 }], fontSize: 36 },
      thought,
      ...rest,
    ];
    const again = balloonsFromScript(panelOf(TREATMENT.replace('Wait for me!', 'Wait!')), edited, fakeMeasure);
    expect(again[0]).toMatchObject({ kind: 'whisper', text: 'Wait!', placed: 'author', box: { x: 300, y: 40, w: 200, h: 120 }, fontSize: 36 });
    expect(again[0].tails).toEqual([{ x: 250, y: 400 }, { x: 600, y: 420 }]);
    expect(again[0].tails).not.toBe(edited[0].tails);
  });

  it('grows an author\'s box around its centre when the words outgrow it, never shrinking it', () => {
    const panel = panelOf(TREATMENT);
    const [speech, ...rest] = balloonsFromScript(panel, undefined, fakeMeasure);
    const mine = { ...speech, placed: 'author' as const, box: { x: 300, y: 100, w: 120, h: 80 } };
    const longer = 'Wait for me! You always walk too fast and I can never keep up with you.';
    const [grown] = balloonsFromScript(panelOf(TREATMENT.replace('Wait for me!', longer)), [mine, ...rest], fakeMeasure);
    const fit = fitBalloon('speech', longer, fakeMeasure);
    expect(grown.box.w).toBe(fit.w);
    expect(grown.box.h).toBe(fit.h);
    expect(grown.box.x + grown.box.w / 2).toBeCloseTo(360, 0);
    expect(grown.box.y + grown.box.h / 2).toBeCloseTo(140, 0);
    expect(layoutBalloonText(grown, fakeMeasure).overflow).toBe(false);
    const [same] = balloonsFromScript(panelOf(TREATMENT.replace('Wait for me!', 'Hi')), [mine, ...rest], fakeMeasure);
    expect(same.box).toEqual(mine.box);
  });

  it('takes the script\'s new kind when the writer changes it, keeps the author\'s style when not', () => {
    const panel = panelOf(TREATMENT);
    const [speech, ...rest] = balloonsFromScript(panel, undefined, fakeMeasure);
    const whispered = [{ ...speech, kind: 'whisper' as const }, ...rest];
    // still a speech in the script: the whisper stays
    expect(balloonsFromScript(panel, whispered, fakeMeasure)[0].kind).toBe('whisper');
    // the writer made it a shout ('!!') or a thought: the script wins
    expect(balloonsFromScript(panelOf(TREATMENT.replace('Wait for me!', 'Wait for me!!')), whispered, fakeMeasure)[0].kind).toBe('shout');
    expect(balloonsFromScript(panelOf(TREATMENT.replace('"Wait for me!"', '(Wait for me!)')), whispered, fakeMeasure)[0].kind).toBe('thought');
    // a line rewritten as narration loses the tails it had as speech
    const tailed = [{ ...speech, placed: 'author' as const, tails: [{ x: 1, y: 500 }] }, ...rest];
    const narrated = balloonsFromScript(panelOf(TREATMENT.replace('Mina: "Wait for me!"', '[Wait for me!]')), tailed, fakeMeasure)[0];
    expect(narrated.kind).toBe('narration');
    expect(narrated.tails).toEqual([]);
  });

  it('keeps balloons the author added and drops those whose line is gone', () => {
    const panel = panelOf(TREATMENT);
    const balloons = balloonsFromScript(panel, undefined, fakeMeasure);
    const added: Balloon = { id: 'a1', kind: 'speech', text: 'Added by hand', box: { x: 5, y: 5, w: 100, h: 60 }, tails: [], placed: 'author' };
    const shorter = panelOf(['Mina runs down a rainy alley.', 'Mina: "Wait for me!"'].join('\n'));
    const again = balloonsFromScript(shorter, [...balloons, added], fakeMeasure);
    expect(again.map((b) => b.id)).toEqual([balloonKey(panel.scene, 0), 'a1']);
    expect(again[1]).toBe(added);
  });

  it('handles 10,000 characters in one balloon at once: kept whole, laid out cut, flagged', () => {
    const huge = '가나다라마바사 '.repeat(1250);
    const started = performance.now();
    const panel = panelOf(`A scene.\nMina: "${huge}"`);
    const [b] = placeBalloons({ width: 800, height: 1067 }, balloonsFromScript(panel, undefined, fakeMeasure), [], fakeMeasure);
    const layout = layoutBalloonText(b, fakeMeasure);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(b.text).toBe(huge.trim());
    expect(layout.truncated).toBe(true);
    expect(layout.lines.map((l) => l.text).join('').replace(/\s/g, '').length).toBeLessThanOrEqual(MAX_BALLOON_TEXT + 1);
    expect(b.box.x >= 0 && b.box.y >= 0 && b.box.x + b.box.w <= 800 && b.box.y + b.box.h <= 1067).toBe(true);
  });
});
