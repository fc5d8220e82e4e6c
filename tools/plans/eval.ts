// Measures the scene planner: per-slot accuracy per language on the planner corpus's test split (lines and
// stories of a seed no training run uses), on the gallery's ToonScenes captions, and on the frozen free-form set
// test/eval-sets/plans (reported, never trained or tuned on).
import { readFileSync } from 'node:fs';
import type { ScenePlan } from '../../src/features/plans/shared/plan-contract';
import type { TreatmentPlanner } from '../../src/features/plans/shared/treatment-planner';
import { planCorpus } from '../dataset/plans/corpus';
import type { LineRecord as CorpusLine } from '../dataset/plans/lines';
import type { StoryRecord as CorpusStory } from '../dataset/plans/stories';
import {
  kindMatches, rate, scorePlan, scoreStory, slotTallies, storyTallies, summary, tally, type Expected, type ExpectedItem,
  type SlotTallies, type StoryTallies, type Tally,
} from './score';

/** The planner corpus seed of the test split; training uses other seeds (training/plans/README.md). */
export const TEST_SEED = 777;
type Lang = 'en' | 'ko';
const LANGS: Lang[] = ['en', 'ko'];

/** A corpus line's expectation; `animate`: the person and animal kinds (they are cast, the rest objects). */
export function expectedOfLine(line: CorpusLine, animate: ReadonlySet<string>): Expected {
  const cast: ExpectedItem[] = [], objects: ExpectedItem[] = [], unknown: string[] = [];
  for (const s of line.spans) {
    const words = line.text.slice(s.start, s.end);
    if (s.tag === 'thing') (animate.has(s.kind!) ? cast : objects).push({ kind: s.kind!, count: s.count ?? null });
    else if (s.tag === 'name') cast.push({ kind: s.kind!, name: words });
    else if (s.tag === 'unknown') unknown.push(words);
  }
  for (const s of line.spans) {
    if (s.tag !== 'action') continue;
    // the action's actor: the nearest human cast mention (the corpus writes one actor per action)
    const human = cast.find((c) => kindMatches('person', c.kind) && !c.action);
    if (human) human.action = s.action!;
  }
  return { setting: line.setting, time: line.time, cast, objects, unknown };
}

async function planLines(planner: TreatmentPlanner, texts: string[]): Promise<ScenePlan[]> {
  const out: ScenePlan[] = [];
  for (let i = 0; i < texts.length; i += 256) {
    const chunk = texts.slice(i, i + 256);
    out.push(...(await planner.planEach(chunk, chunk.map((_, k) => String(i + k + 1)))));
  }
  return out;
}

export interface FreeFormSentence { id: string; lang: Lang; text: string; expect: Expected }
export interface FreeFormStory { id: string; lang: Lang; lines: string[]; expect: Expected[] }

export const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

export async function evaluate(planner: TreatmentPlanner, opts: { lines: number; stories: number; animate: Set<string>;
  evalSet?: string; galleryJson?: string }) {
  const report: Record<string, unknown> = {};
  // 1. planner corpus, test split
  const records = planCorpus({ lines: opts.lines, stories: opts.stories, seed: TEST_SEED });
  const lines = records.filter((r): r is CorpusLine => r.type === 'line');
  const stories = records.filter((r): r is CorpusStory => r.type === 'story');
  const corpus: Record<string, unknown> = {};
  for (const lang of LANGS) {
    const mine = lines.filter((l) => l.lang === lang);
    const plans = await planLines(planner, mine.map((l) => l.text));
    const t = slotTallies();
    plans.forEach((p, i) => scorePlan(p, expectedOfLine(mine[i], opts.animate), `line${i}`, t));
    const st = storyTallies();
    for (const [k, s] of stories.entries()) {
      if (s.lang !== lang) continue;
      const tp = await planner.planTreatment(s.lines.map((l) => l.text));
      const exp = s.lines.map((l, i) => ({ ...expectedOfLine(l, opts.animate), setting: s.gold[i].setting, time: s.gold[i].time,
        cast: s.gold[i].cast.map((c) => ({ ref: c.ref, kind: c.kind, ...(c.name ? { name: c.name } : {}) })) }));
      scoreStory(tp.plans, exp, `story${k}`, st);
    }
    corpus[lang] = { lines: { n: mine.length, ...summary(t) }, stories: { n: stories.filter((x) => x.lang === lang).length, ...summary(st) } };
  }
  report.corpusTest = { seed: TEST_SEED, ...corpus };
  // 2. the gallery's ToonScenes captions: the CLIP dataset's own templates, which the planner corpus does not use
  if (opts.galleryJson) {
    const g = JSON.parse(readFileSync(opts.galleryJson, 'utf8')) as { scenes: { setting: string; objects: { kind: string }[]; captions: Record<Lang, string[]> }[] };
    const gallery: Record<string, unknown> = {};
    for (const lang of LANGS) {
      const items = g.scenes.flatMap((s) => s.captions[lang].map((text) => ({ text, scene: s })));
      const plans = await planLines(planner, items.map((x) => x.text));
      let setting = 0, named = 0, right = 0;
      plans.forEach((p, i) => {
        if (p.setting === items[i].scene.setting) setting++;
        for (const k of [...p.cast.map((c) => c.kind), ...p.objects.map((o) => o.kind)]) {
          named++;
          if (items[i].scene.objects.some((o) => kindMatches(k, o.kind) || kindMatches(o.kind, k))) right++;
        }
      });
      gallery[lang] = { captions: items.length, setting: Number((setting / items.length).toFixed(4)),
        kindsInScene: named ? Number((right / named).toFixed(4)) : null };
    }
    report.galleryCaptions = gallery;
  }
  // 3. the frozen free-form set
  if (opts.evalSet) {
    const sentences = readJsonl<FreeFormSentence>(`${opts.evalSet}/sentences.jsonl`);
    const freeStories = readJsonl<FreeFormStory>(`${opts.evalSet}/stories.jsonl`);
    const free: Record<string, unknown> = {};
    const misses: Record<string, string[]> = {};
    for (const lang of LANGS) {
      const mine = sentences.filter((s) => s.lang === lang);
      const plans = await planLines(planner, mine.map((s) => s.text));
      const t: SlotTallies = slotTallies();
      plans.forEach((p, i) => scorePlan(p, mine[i].expect, mine[i].id, t));
      const st: StoryTallies = storyTallies();
      for (const s of freeStories.filter((x) => x.lang === lang)) {
        scoreStory((await planner.planTreatment(s.lines)).plans, s.expect, s.id, st);
      }
      free[lang] = { sentences: { n: mine.length, ...summary(t) }, stories: { n: freeStories.filter((x) => x.lang === lang).length, ...summary(st) } };
      misses[lang] = [...Object.values(t).flatMap((x) => x.misses), ...Object.values(st).flatMap((x) => x.misses)];
    }
    report.freeForm = free;
    report.freeFormMisses = misses;
  }
  return report;
}

interface DevStory { id: string; lang: Lang; lines: string[]; settings: string[] }

/** The dev stories the story reader's rules were chosen on (test/eval-sets/plans-dev): setting and places kept. */
export async function devFigures(planner: TreatmentPlanner, path: string) {
  const stories = readJsonl<DevStory>(path);
  const out: Record<string, { stories: number; setting: number | null; placesKept: number | null }> = {};
  for (const lang of LANGS) {
    let all = 0, ok = 0, kept = 0, keptOk = 0;
    for (const s of stories.filter((x) => x.lang === lang)) {
      const { plans } = await planner.planTreatment(s.lines);
      plans.forEach((p, i) => {
        all++;
        if (p.setting === s.settings[i]) ok++;
        if (i > 0 && s.settings[i] === s.settings[i - 1]) { kept++; if (p.setting === s.settings[i]) keptOk++; }
      });
    }
    const r = (a: number, n: number) => (n ? Number((a / n).toFixed(4)) : null);
    out[lang] = { stories: stories.filter((x) => x.lang === lang).length, setting: r(ok, all), placesKept: r(keptOk, kept) };
  }
  return out;
}

interface DevSetting { id: string; lang: Lang; text: string; setting: string }

/** Setting accuracy per language on the dev lines (each its own one-line treatment). */
export async function devSettingFigures(planner: TreatmentPlanner, path: string) {
  const lines = readJsonl<DevSetting>(path);
  const plans = await planner.planEach(lines.map((l) => l.text), lines.map((l) => l.id));
  const out: Record<string, { lines: number; setting: number }> = {};
  for (const lang of LANGS) {
    const mine = lines.map((l, i) => ({ l, p: plans[i] })).filter(({ l }) => l.lang === lang);
    out[lang] = { lines: mine.length, setting: Number((mine.filter(({ l, p }) => p.setting === l.setting).length / Math.max(1, mine.length)).toFixed(4)) };
  }
  return out;
}

interface DevCount { id: string; lang: Lang; text: string; counts: Record<string, number | null> }
interface DevCountStory { id: string; lang: Lang; lines: string[]; counts: Record<string, number | null>[] }

/** One line's counts against what it should give: `numbered` the kinds with a number, `plural` those with none
 *  (the plan must say "several", not 1). A missing kind is a miss. */
function tallyCounts(plan: ScenePlan, want: Record<string, number | null>, numbered: Tally, plural: Tally, id: string): void {
  const items = [...plan.cast.map((c) => ({ kind: c.kind, count: c.count === undefined ? 1 : c.count })), ...plan.objects];
  for (const [kind, count] of Object.entries(want)) {
    const match = items.find((i) => kindMatches(kind, i.kind));
    const t = count === null ? plural : numbered;
    t.total++;
    if (match && match.count === count) t.hits++;
    else t.misses.push(`${id}:${kind}`);
  }
}

/** Counts on the dev lines (each its own one-line treatment) and the dev count stories (read as stories). */
export async function devCountFigures(planner: TreatmentPlanner, linesPath: string, storiesPath: string) {
  const lines = readJsonl<DevCount>(linesPath);
  const stories = readJsonl<DevCountStory>(storiesPath);
  const plans = await planner.planEach(lines.map((l) => l.text), lines.map((l) => l.id));
  const out: Record<string, unknown> = {};
  for (const lang of LANGS) {
    const [n, p, sn, sp] = [tally(), tally(), tally(), tally()];
    lines.forEach((l, i) => { if (l.lang === lang) tallyCounts(plans[i], l.counts, n, p, l.id); });
    for (const s of stories.filter((x) => x.lang === lang)) {
      const tp = await planner.planTreatment(s.lines);
      tp.plans.forEach((plan, i) => tallyCounts(plan, s.counts[i], sn, sp, `${s.id}#${i + 1}`));
    }
    out[lang] = { lines: lines.filter((l) => l.lang === lang).length, counts: rate(n), plurals: rate(p),
      stories: stories.filter((x) => x.lang === lang).length, storyCounts: rate(sn), storyPlurals: rate(sp),
      misses: [...n.misses, ...p.misses, ...sn.misses, ...sp.misses] };
  }
  return out;
}
