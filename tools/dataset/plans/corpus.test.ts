// The planner corpus: every label exact and inside the catalogue, stories consistent, output deterministic.
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/features/composer/shared/catalog/actions.js';
import { OBJECT_BY_ID } from '../../../src/features/composer/shared/catalog/objects.js';
import { SETTING_BY_ID, SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { planCorpus } from './corpus.js';
import type { LineRecord } from './lines.js';
import type { StoryRecord } from './stories.js';
import { objectNouns } from '../language/lexicon.js';
import { unknownNouns } from './unknowns.js';

const RELS = new Set(['on', 'next_to', 'left_of', 'right_of', 'in_front_of', 'behind', 'uses', 'plays_with', 'rides', 'cuts', 'pulls']);
const TIMES = new Set(['day', 'sunset', 'night']);
const ACTION_IDS = new Set(ACTIONS.map((a) => a.id));

const records = planCorpus({ lines: 3000, stories: 200, seed: 7 });
const lines = records.filter((r): r is LineRecord => r.type === 'line');
const stories = records.filter((r): r is StoryRecord => r.type === 'story');
const allLines = [...lines, ...stories.flatMap((s) => s.lines)];

function checkLine(r: LineRecord): string[] {
  const errors: string[] = [];
  const err = (m: string) => errors.push(`${m} in "${r.text}"`);
  let last = 0;
  for (const s of [...r.spans].sort((a, b) => a.start - b.start)) {
    const text = r.text.slice(s.start, s.end);
    if (!(s.start >= 0 && s.end <= r.text.length && s.end > s.start) || text.trim() !== text || !text) err(`bad span ${s.start}-${s.end}`);
    if (s.start < last) err(`overlapping span at ${s.start}`);
    last = s.end;
    switch (s.tag) {
      case 'thing': {
        const kind = OBJECT_BY_ID.get(s.kind);
        if (!kind) err(`unknown kind ${s.kind}`);
        else if (s.count !== null && !(Number.isInteger(s.count) && s.count >= 1 && s.count <= kind.maxCount)) err(`count ${s.count} of ${s.kind}`);
        if (r.setting && !SETTING_BY_ID.get(r.setting)!.kinds.includes(s.kind)) err(`${s.kind} does not fit ${r.setting}`);
        break;
      }
      case 'name':
        if (!OBJECT_BY_ID.has(s.kind)) err(`name kind ${s.kind}`);
        if (r.setting && !SETTING_BY_ID.get(r.setting)!.kinds.includes(s.kind)) err(`name kind ${s.kind} does not fit ${r.setting}`);
        break;
      case 'action':
        if (!ACTION_IDS.has(s.action)) err(`action ${s.action}`);
        if (r.setting && !SETTING_BY_ID.get(r.setting)!.actions.includes(s.action)) err(`${s.action} does not fit ${r.setting}`);
        break;
      case 'relation': if (!RELS.has(s.rel)) err(`relation ${s.rel}`); break;
      case 'place':
        if (s.setting !== null && !SETTING_BY_ID.has(s.setting)) err(`setting ${s.setting}`);
        if (s.setting === null && !r.spans.some((u) => u.tag === 'unknown')) err('unknown place without its unknown noun');
        break;
      case 'time': if (!TIMES.has(s.time)) err(`time ${s.time}`); break;
      case 'pronoun': if (!['m', 'f', 'pl'].includes(s.gender)) err(`gender ${s.gender}`); break;
      case 'unknown': break;
      default: err(`tag ${(s as { tag: string }).tag}`);
    }
  }
  const places = r.spans.filter((s) => s.tag === 'place' && s.setting !== null);
  if (r.setting === null ? places.length > 0 : !places.some((s) => s.tag === 'place' && s.setting === r.setting)) err(`setting ${r.setting} vs place spans`);
  const times = r.spans.filter((s) => s.tag === 'time');
  if (r.time === null ? times.length > 0 : !times.some((s) => s.tag === 'time' && s.time === r.time)) err(`time ${r.time} vs time spans`);
  if (!['en', 'ko'].includes(r.lang) || !r.text) err('lang/text');
  return errors;
}

describe('planner corpus', () => {
  it('labels every line exactly, inside the catalogue', () => {
    const errors = allLines.flatMap(checkLine);
    expect(errors.slice(0, 10)).toEqual([]);
  });

  it('keeps story gold consistent: places and times carried, refs stable and in order', () => {
    for (const s of stories) {
      expect(s.lines).toHaveLength(4);
      expect(s.gold).toHaveLength(4);
      let place: string | null = null;
      let time: string | null = null;
      const seen = new Map<string, { kind: string; name: string | null }>();
      s.gold.forEach((g, i) => {
        const line = s.lines[i];
        if (line.setting) place = line.setting;
        if (line.time) time = line.time;
        expect(g.setting).toBe(place);
        expect(g.time).toBe(time);
        expect(g.cast.length).toBeGreaterThan(0);
        g.cast.forEach((m, k) => {
          // c1, c2 … numbered by first appearance: a ref is at most one past those seen, and listed in order.
          expect(Number(m.ref.slice(1))).toBeLessThanOrEqual(seen.size + (seen.has(m.ref) ? 0 : 1));
          if (k > 0) expect(Number(m.ref.slice(1))).toBeGreaterThan(Number(g.cast[k - 1].ref.slice(1)));
          expect(OBJECT_BY_ID.has(m.kind)).toBe(true);
          const before = seen.get(m.ref);
          if (before?.name) expect(m.name).toBe(before.name);
          seen.set(m.ref, m);
        });
      });
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = JSON.stringify(planCorpus({ lines: 300, stories: 20, seed: 3 }));
    expect(JSON.stringify(planCorpus({ lines: 300, stories: 20, seed: 3 }))).toBe(a);
    expect(JSON.stringify(planCorpus({ lines: 300, stories: 20, seed: 4 }))).not.toBe(a);
  });

  it('covers both languages, all settings, all actions and every tag', () => {
    const langs = new Set(allLines.map((r) => r.lang));
    expect([...langs].sort()).toEqual(['en', 'ko']);
    const settings = new Set(allLines.map((r) => r.setting).filter(Boolean));
    expect([...settings].sort()).toEqual(SETTINGS.map((s) => s.id).sort());
    const actions = new Set(allLines.flatMap((r) => r.spans.flatMap((s) => (s.tag === 'action' ? [s.action] : []))));
    expect([...actions].sort()).toEqual([...ACTION_IDS].sort());
    const kinds = new Set(allLines.flatMap((r) => r.spans.flatMap((s) => (s.tag === 'thing' ? [s.kind] : []))));
    expect(kinds.size).toBeGreaterThan(125);
    const tags = new Set(allLines.flatMap((r) => r.spans.map((s) => s.tag)));
    expect([...tags].sort()).toEqual(['action', 'name', 'place', 'pronoun', 'relation', 'thing', 'time', 'unknown']);
  });

  it('takes unknown nouns only where the catalogue has no word', () => {
    const known = new Set(objectNouns().flatMap((n) => [...n.en, ...n.enPlural, ...n.ko].map((w) => w.toLowerCase())));
    const unknown = unknownNouns();
    expect(unknown.length).toBeGreaterThan(100);
    expect(unknown.filter((u) => known.has(u.en) || known.has(u.ko))).toEqual([]);
    for (const role of ['creature', 'thing', 'place', 'job']) expect(unknown.some((u) => u.role === role)).toBe(true);
  });

  it('speaks many Korean endings and counts in words and digits in both languages', () => {
    const ko = lines.filter((r) => r.lang === 'ko').map((r) => r.text);
    for (const ending of [/[ㄴ는]다\.$|[가-힣]다\.$/, /[았었였했]다\.$/, /고 있다\.$/, /는 중이다\.$/, /[아어해]요\.$/, /네\.$/, /지\.$/, /더라\.$/, /구나\.$/]) {
      expect(ko.some((t) => ending.test(t)), String(ending)).toBe(true);
    }
    const countTexts = lines.flatMap((r) => r.spans.flatMap((s) => (s.tag === 'thing' && s.count && s.count > 1 ? [r.text.slice(s.start, s.end)] : [])));
    for (const form of [/^(two|three|four) /, /^[234] /, / [두세네] (마리|명|대|개)/, / [234](마리|명|대|개)/, /^[두세네] (마리|명|대|개)의 /]) {
      expect(countTexts.some((t) => form.test(t)), String(form)).toBe(true);
    }
    const bare = lines.flatMap((r) => r.spans.flatMap((s) => (s.tag === 'thing' && s.count === null ? [r.text.slice(s.start, s.end)] : [])));
    expect(bare.some((t) => / 떼$/.test(t))).toBe(true);
    expect(bare.some((t) => /^(?!(some|a|lots|several|two)\b)[a-z ]+s$/i.test(t))).toBe(true); // "pigeons"
  });

  it('keeps the requested mix', () => {
    const share = (f: (r: LineRecord) => boolean) => lines.filter(f).length / lines.length;
    const has = (tag: string) => (r: LineRecord) => r.spans.some((s) => s.tag === tag);
    expect(share((r) => r.lang === 'ko')).toBeGreaterThan(0.45);
    expect(share((r) => r.lang === 'ko')).toBeLessThan(0.55);
    expect(share((r) => !has('place')(r))).toBeGreaterThan(0.14);
    expect(share((r) => !has('place')(r))).toBeLessThan(0.3);
    expect(share(has('unknown'))).toBeGreaterThan(0.1);
    expect(share(has('unknown'))).toBeLessThan(0.25);
    expect(share(has('name'))).toBeGreaterThan(0.22);
    expect(share(has('time'))).toBeGreaterThan(0.18);
    expect(share(has('time'))).toBeLessThan(0.35);
    const digits = lines.filter((r) => r.spans.some((s) => s.tag === 'thing' && /[0-9]/.test(r.text.slice(s.start, s.end)))).length;
    expect(digits).toBeGreaterThan(50);
  });
});
