// Per-character probabilities → spans: B/I tags, a span's value from the mean of its head over its characters,
// trimming, counts, and the line's own setting and time (the extra last class is "none").
import { describe, expect, it } from 'vitest';
import { readLine } from '../../../src/features/plans/shared/line-reading';
import type { PlannerLabels } from '../../../src/features/plans/shared/planner-config';
import { TOKEN_HEADS, type LineProbabilities } from '../../../src/features/plans/shared/planner-model';

const LABELS: PlannerLabels = {
  spanTypes: ['thing', 'name', 'action', 'relation', 'place', 'time', 'unknown', 'pronoun'],
  settings: ['beach', 'park'], times: ['day', 'sunset', 'night'], kinds: ['person', 'dog', 'kite'], actions: ['walking'],
  relations: ['next_to'], genders: ['m', 'f', 'pl'], counts: [1, 2, 3, 4, 'many'],
};
const CLASSES: Record<string, number> = { bio: 17, kind: 3, count: 5, action: 1, rel: 1, place: 3, time_tok: 3, pron: 3 };

/** One-hot probabilities: `tags[i]` is the bio class of char i; `values[head][i]` its class in that head. */
function probs(text: string, tags: number[], values: Record<string, number[]> = {}, setting = 2, time = 3): LineProbabilities {
  const chars = Array.from(text);
  const heads = {} as LineProbabilities['heads'];
  for (const h of TOKEN_HEADS) {
    const n = CLASSES[h];
    const data = new Float32Array(chars.length * n).fill(0.01);
    chars.forEach((_, i) => { data[i * n + (h === 'bio' ? tags[i] : values[h]?.[i] ?? 0)] = 0.9; });
    heads[h] = { data, classes: n };
  }
  const oneHot = (n: number, k: number) => { const a = new Float32Array(n).fill(0.02); a[k] = 0.9; return a; };
  return { chars, heads, setting: oneHot(3, setting), time: oneHot(4, time) };
}

// B-type = 1 + 2·t, I-type = 2 + 2·t (t: index in spanTypes)
const B = (t: number) => 1 + 2 * t, I = (t: number) => 2 + 2 * t;

describe('readLine', () => {
  it('reads spans, their values and counts, and trims spaces at their ends', () => {
    const text = 'Two dogs.';
    //            T  w  o  _  d  o  g  s  .
    const tags = [B(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0), 0];
    const r = readLine(probs(text, tags, { kind: [1, 1, 1, 1, 1, 1, 1, 1, 0], count: [1, 1, 1, 1, 1, 1, 1, 1, 0] }, 0, 1), LABELS);
    expect(r.spans).toHaveLength(1);
    expect(r.spans[0]).toMatchObject({ type: 'thing', text: 'Two dogs', value: 'dog', count: 2, start: 0, end: 8 });
    expect(r.spans[0].confidence).toBeCloseTo(0.81, 2);
    expect(r).toMatchObject({ setting: 'beach', time: 'sunset', unknownPlace: false, hangul: false });
  });

  it('a new B starts a new span; I after another type starts one too; "none" classes give null', () => {
    const text = 'ab cd';
    const tags = [B(1), I(1), I(0), B(0), I(0)];
    const r = readLine(probs(text, tags), LABELS);
    expect(r.spans.map((s) => [s.type, s.text])).toEqual([['name', 'ab'], ['thing', 'cd']]);
    expect(r.setting).toBeNull();
    expect(r.time).toBeNull();
  });

  it('a place span with the extra class is a place the catalogue lacks', () => {
    const text = '도서관에서';
    const tags = [B(6), I(6), I(6), B(4), I(4)];
    const r = readLine(probs(text, tags, { place: [0, 0, 0, 2, 2] }), LABELS);
    expect(r.unknownPlace).toBe(true);
    expect(r.hangul).toBe(true);
    expect(r.spans.map((s) => [s.type, s.text, s.value])).toEqual([['unknown', '도서관', null], ['place', '에서', null]]);
  });

  it('a plural with no number reads count null', () => {
    const r = readLine(probs('dogs', [B(0), I(0), I(0), I(0)], { kind: [1, 1, 1, 1], count: [4, 4, 4, 4] }), LABELS);
    expect(r.spans[0].count).toBeNull();
  });

  /** Tags spans by [start, end, type, kind] over a text: every other char O. */
  function tagged(text: string, spans: [string, number, number][]) {
    const n = Array.from(text).length;
    const tags = new Array(n).fill(0), kind = new Array(n).fill(0), count = new Array(n).fill(0);
    for (const [k, a, b] of spans) for (let i = a; i < b; i++) { tags[i] = i === a ? B(0) : I(0); kind[i] = LABELS.kinds.indexOf(k); }
    return probs(text, tags, { kind, count });
  }

  it('a quantity the tagger read as a thing of its own gives its count to the thing beside it', () => {
    // "Ten" tagged as a person, "dogs" as dogs: Ten is the dogs' count
    const r = readLine(tagged('Ten dogs run.', [['person', 0, 3], ['dog', 4, 8]]), LABELS);
    expect(r.spans.filter((s) => s.type === 'thing')).toMatchObject([{ value: 'dog', count: 10 }]);
    const half = readLine(tagged('Half a dozen dogs run.', [['dog', 5, 17]]), LABELS);
    expect(half.spans[0]).toMatchObject({ value: 'dog', count: 6 });
  });

  it('a line\'s only thing keeps its kind even when the tagger put it on the count ("열 마리" for the sheep)', () => {
    const r = readLine(tagged('양 열 마리가 간다.', [['dog', 2, 6]]), LABELS);
    expect(r.spans[0]).toMatchObject({ value: 'dog', count: 10 });
  });

  it('Korean: a counter after a number is not a thing, and the count after the noun is read from the whole word', () => {
    // 풍 of 풍선 tagged as a kite, 개 (a counter, also "dog") tagged as a dog
    const r = readLine(tagged('풍선 이십 개가 떠 있다.', [['kite', 0, 1], ['dog', 6, 7]]), LABELS);
    expect(r.spans.filter((s) => s.type === 'thing')).toMatchObject([{ value: 'kite', count: 20 }]);
  });

  it('a time is not a count ("At 11 at night", "세 시에"), and a number does not reach past another mention', () => {
    expect(readLine(tagged('At 11 at night, a dog runs.', [['dog', 17, 22]]), LABELS).spans[0].count).toBe(1);
    expect(readLine(tagged('새벽 세 시에 개가 잔다.', [['dog', 8, 9]]), LABELS).spans[0].count).toBe(1);
    // 소년 then an unknown creature with the count: the boy stays one
    const lizard = tagged('소년이 도마뱀 세 마리와 논다.', [['person', 0, 2]]);
    lizard.heads.bio.data[4 * 17 + 0] = 0.01; // 도마뱀 tagged as an unknown word (B-unknown, I-unknown)
    for (let i = 4; i < 7; i++) lizard.heads.bio.data[i * 17 + (i === 4 ? B(6) : I(6))] = 0.95;
    expect(readLine(lizard, LABELS).spans.find((x) => x.type === 'thing')!.count).toBe(1);
  });

  it('a plural noun with no number is several, whatever the count head says; "a pair of" skis is one', () => {
    expect(readLine(tagged('The dogs bark.', [['dog', 0, 8]]), LABELS).spans[0].count).toBeNull();
    expect(readLine(tagged('개들이 짖는다.', [['dog', 0, 2]]), LABELS).spans[0].count).toBeNull();
    expect(readLine(tagged('The kite flies.', [['kite', 0, 8]]), LABELS).spans[0].count).toBe(1);
  });

  /** Tags [text, type index, place class] runs over a line; O elsewhere. */
  function placed(text: string, runs: [string, number, number][], setting: number, settingP = 0.9) {
    const n = Array.from(text).length;
    const tags = new Array(n).fill(0), place = new Array(n).fill(0);
    for (const [words, t, cls] of runs) {
      const a = text.indexOf(words);
      for (let i = a; i < a + words.length; i++) { tags[i] = i === a ? B(t) : I(t); place[i] = cls; }
    }
    const p = probs(text, tags, { place }, setting);
    p.setting.fill((1 - settingP) / 2);
    p.setting[setting] = settingP;
    return p;
  }

  it('a place span names the place only when the line as a whole reads it surely too', () => {
    // "crash" tagged as a beach place, the line unsure of the beach: a stray tag, not a place named
    expect(readLine(placed('He filmed every crash.', [['crash', 4, 0]], 0, 0.58), LABELS).namesPlace).toBe(false);
    expect(readLine(placed('He went to the beach.', [['to the beach', 4, 0]], 0, 0.99), LABELS).namesPlace).toBe(true);
    // the span and the line disagree
    expect(readLine(placed('He went to the beach.', [['to the beach', 4, 0]], 1, 0.99), LABELS).namesPlace).toBe(false);
  });

  it('"at" + an unknown word is a place the catalogue lacks; "came in", "in the dark" are not', () => {
    expect(readLine(placed('She read at the library.', [['at', 4, 2], ['the library', 6, 0]], 2, 0.9), LABELS).unknownPlace).toBe(true);
    expect(readLine(placed('They came in for tea.', [['came', 6, 0], ['in', 4, 2]], 2, 0.9), LABELS).unknownPlace).toBe(false);
    expect(readLine(placed('An owl hoots in the dark.', [['in', 4, 2], ['the dark', 6, 0]], 2, 0.9), LABELS).unknownPlace).toBe(false);
  });
});

