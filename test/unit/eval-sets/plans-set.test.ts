// The frozen free-form evaluation set for scene plans (test/eval-sets/plans, issue 15): it parses, meets its
// minimums, names only ids the ToonScenes catalogue has, expects only what a setting can draw (or says what the
// catalogue lacks in `unknown`), keeps story cast refs consistent, and has not changed since README.md recorded
// its sha256 — an edit of the frozen files fails here on purpose (a fix goes into a new versioned file).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_BY_ID } from '../../../src/features/composer/shared/catalog/actions';
import { OBJECT_BY_ID } from '../../../src/features/composer/shared/catalog/objects';
import { SETTINGS, SETTING_BY_ID } from '../../../src/features/composer/shared/catalog/settings';

const DIR = fileURLToPath(new URL('../../eval-sets/plans/', import.meta.url));
const FILES = ['sentences.jsonl', 'stories.jsonl'] as const;

type Lang = 'ko' | 'en';
interface CastItem { ref?: string; kind: string; name?: string; action?: string; count?: number | null }
interface ObjectItem { kind: string; count: number | null }
interface Expect { setting: string | null; time: string | null; cast: CastItem[]; objects: ObjectItem[]; unknown: string[] }
interface Sentence { id: string; lang: Lang; text: string; expect: Expect }
interface Story { id: string; lang: Lang; lines: string[]; expect: Expect[] }

const raw = (file: string) => readFileSync(DIR + file);
const readJsonl = <T>(file: string): T[] =>
  raw(file).toString('utf8').split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try { return JSON.parse(l) as T; } catch (e) { throw new Error(`${file}:${i + 1}: ${(e as Error).message}`); }
  });

const sentences = readJsonl<Sentence>('sentences.jsonl');
const stories = readJsonl<Story>('stories.jsonl');
const HANGUL = /[\uAC00-\uD7A3]/;
const ALL_TIMES = new Set(SETTINGS.flatMap((s) => s.times));
const CAST_CATEGORIES = new Set(['person', 'animal']);

/** Problems with one expected scene (a sentence, or one story line) against the catalogue. */
function problems(where: string, text: string, e: Expect, story: boolean): string[] {
  const out: string[] = [];
  const bad = (msg: string) => out.push(`${where}: ${msg}`);
  const keys = Object.keys(e).sort().join(',');
  if (keys !== 'cast,objects,setting,time,unknown') bad(`expect keys ${keys}`);
  const setting = e.setting === null ? null : SETTING_BY_ID.get(e.setting);
  if (setting === undefined) bad(`unknown setting ${e.setting}`);
  if (e.time !== null && !(setting ? setting.times.includes(e.time as never) : ALL_TIMES.has(e.time as never))) {
    bad(`time ${e.time} not a catalogue time of ${e.setting}`);
  }
  if (!Array.isArray(e.unknown) || e.unknown.some((u) => typeof u !== 'string' || u.trim() === '')) bad('unknown must be words');
  for (const u of e.unknown ?? []) {
    if (!text.toLowerCase().includes(u.toLowerCase())) bad(`unknown "${u}" is not a word of the text`);
  }
  // A kind or action the setting cannot draw is only allowed when the item says what the catalogue lacks.
  const explained = e.unknown.length > 0;
  const plausible = (what: string, ok: boolean) => { if (setting && !ok && !explained) bad(`${what} not drawable in ${setting.id}`); };
  const count = (kind: string, n: number | null | undefined, label: string) => {
    if (n === undefined || n === null) return;
    const max = OBJECT_BY_ID.get(kind)?.maxCount ?? Infinity;
    if (!Number.isInteger(n) || n < 1 || n > max) bad(`${label} count ${n} (catalogue max ${max})`);
  };
  const refs = new Set<string>();
  for (const c of e.cast) {
    const kind = OBJECT_BY_ID.get(c.kind);
    if (!kind) { bad(`unknown cast kind ${c.kind}`); continue; }
    if (!CAST_CATEGORIES.has(kind.category)) bad(`cast kind ${c.kind} is a ${kind.category}, not a person or animal`);
    plausible(`cast ${c.kind}`, !!setting?.kinds.includes(c.kind));
    count(c.kind, c.count, `cast ${c.kind}`);
    if (c.name !== undefined && !text.includes(c.name)) bad(`name ${c.name} not in the text`);
    if (c.action !== undefined) {
      if (!ACTION_BY_ID.has(c.action)) bad(`unknown action ${c.action}`);
      if (!kind.actor) bad(`${c.kind} takes no action in the catalogue (${c.action})`);
      plausible(`action ${c.action}`, !!setting?.actions.includes(c.action));
    }
    if (story) {
      if (!/^c\d+$/.test(c.ref ?? '')) bad(`cast ref ${c.ref}`);
      if (refs.has(c.ref!)) bad(`cast ref ${c.ref} twice in one line`);
      refs.add(c.ref!);
    } else if (c.ref !== undefined) bad('a single sentence has no cast refs');
  }
  for (const o of e.objects) {
    const kind = OBJECT_BY_ID.get(o.kind);
    if (!kind) { bad(`unknown object kind ${o.kind}`); continue; }
    if (o.count === undefined) bad(`object ${o.kind} without count`);
    count(o.kind, o.count, `object ${o.kind}`);
    plausible(`object ${o.kind}`, !!setting?.kinds.includes(o.kind));
  }
  return out;
}

describe('free-form scene-plan evaluation set (frozen)', () => {
  it('parses, with unique ids, a language per item and text in that language', () => {
    const ids = [...sentences.map((s) => s.id), ...stories.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sentences) {
      expect(['ko', 'en'], s.id).toContain(s.lang);
      expect(typeof s.text === 'string' && s.text.trim().length > 0, s.id).toBe(true);
      expect(HANGUL.test(s.text), `${s.id} language`).toBe(s.lang === 'ko');
    }
    for (const t of stories) {
      expect(['ko', 'en'], t.id).toContain(t.lang);
      expect(t.lines.length, t.id).toBe(4);
      expect(t.expect.length, t.id).toBe(4);
      for (const line of t.lines) expect(HANGUL.test(line), `${t.id} language`).toBe(t.lang === 'ko');
    }
  });

  it('meets the minimums: >= 160 sentences about half per language, >= 24 stories with >= 12 per language', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(160);
    const ko = sentences.filter((s) => s.lang === 'ko').length;
    expect(ko / sentences.length).toBeGreaterThanOrEqual(0.4);
    expect(ko / sentences.length).toBeLessThanOrEqual(0.6);
    expect(stories.length).toBeGreaterThanOrEqual(24);
    expect(stories.filter((t) => t.lang === 'ko').length).toBeGreaterThanOrEqual(12);
    expect(stories.filter((t) => t.lang === 'en').length).toBeGreaterThanOrEqual(12);
  });

  it('covers every catalogue setting in both languages', () => {
    for (const s of SETTINGS) {
      for (const lang of ['ko', 'en'] as const) {
        const n = sentences.filter((x) => x.lang === lang && x.expect.setting === s.id).length;
        expect(n, `${s.id} ${lang}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('names only catalogue ids, and only what each setting can draw (or lists what the catalogue lacks)', () => {
    const found: string[] = [];
    for (const s of sentences) found.push(...problems(s.id, s.text, s.expect, false));
    for (const t of stories) t.expect.forEach((e, i) => found.push(...problems(`${t.id}#${i + 1}`, t.lines[i], e, true)));
    expect(found).toEqual([]);
  });

  it('stories: a place on every line, refs introduced in order, one kind and one name per ref', () => {
    const found: string[] = [];
    let placeChanges = 0, timeChanges = 0;
    for (const t of stories) {
      const kindOf = new Map<string, string>();
      const nameOf = new Map<string, string>();
      t.expect.forEach((e, i) => {
        if (e.setting === null) found.push(`${t.id}#${i + 1}: a story line always has a place (named or carried)`);
        if (i > 0 && e.setting !== t.expect[i - 1].setting) placeChanges++;
        if (i > 0 && e.time !== t.expect[i - 1].time) timeChanges++;
        for (const c of e.cast) {
          const ref = c.ref!;
          if (!kindOf.has(ref)) {
            if (ref !== `c${kindOf.size + 1}`) found.push(`${t.id}#${i + 1}: new ref ${ref} out of order`);
            kindOf.set(ref, c.kind);
          } else if (kindOf.get(ref) !== c.kind) {
            found.push(`${t.id}#${i + 1}: ${ref} is ${kindOf.get(ref)} earlier, ${c.kind} here`);
          }
          if (c.name !== undefined) {
            if (nameOf.has(ref) && nameOf.get(ref) !== c.name) found.push(`${t.id}#${i + 1}: ${ref} renamed`);
            for (const [other, name] of nameOf) if (other !== ref && name === c.name) found.push(`${t.id}: ${c.name} on two refs`);
            nameOf.set(ref, c.name);
          }
        }
      });
      // A ref seen on a later line must be someone met before (carried), never a fresh kind under an old id.
      expect(kindOf.size, `${t.id} cast`).toBeGreaterThan(0);
    }
    expect(found).toEqual([]);
    expect(placeChanges, 'stories that change place mid-story').toBeGreaterThanOrEqual(10);
    expect(timeChanges, 'time changes within stories').toBeGreaterThanOrEqual(10);
  });

  it('is frozen: each file hashes to the sha256 recorded in README.md', () => {
    const readme = readFileSync(DIR + 'README.md', 'utf8');
    for (const file of FILES) {
      const recorded = readme.match(new RegExp(`${file.replace('.', '\\.')}\\W+sha256\\W+([0-9a-f]{64})`))?.[1];
      expect(recorded, `README.md records the sha256 of ${file}`).toMatch(/^[0-9a-f]{64}$/);
      expect(createHash('sha256').update(raw(file)).digest('hex'), `${file} changed after it was frozen`).toBe(recorded);
    }
  });
});
