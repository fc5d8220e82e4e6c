// Four-line stories: a cast of one or two followed through 1–3 places, with names, pronouns, dropped
// Korean subjects and time changes. Each line is labelled only with what it states; `gold` carries the
// story's truth (place and time carried forward; the cast of each beat, refs stable in order of first appearance).
import type { Rng } from '../../../src/core/rng.js';
import { setting as settingById, SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { sampleScene } from '../../../src/features/composer/shared/scene/sampler.js';
import { TIMES, type TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';
import { ACTOR_KINDS, pickName, type Actor, type Lang, type LineContent } from './content.js';
import { EN_SHAPES } from './lines-en.js';
import { KO_SHAPES } from './lines-ko.js';
import { renderLine, type LineRecord } from './lines.js';
import type { PersonName } from './names.js';
import { PLACE_WORDS } from './places.js';
import { KIND_GENDER } from './synonyms.js';
import { unknownsOf } from './unknowns.js';
import type { Template } from './template.js';

export interface CastGold { ref: string; kind: string; name: string | null }
export interface StoryGold { setting: string | null; time: TimeOfDay | null; cast: CastGold[] }
export interface StoryRecord { type: 'story'; lang: Lang; lines: LineRecord[]; gold: StoryGold[] }

// "The rider", "the surfer": a later line may name someone by what they were just doing.
const DOERS: Record<string, string[]> = {
  biking: ['the cyclist', 'the rider'], mountain_biking: ['the cyclist', 'the rider'], riding_horse: ['the rider'],
  riding_motorcycle: ['the rider', 'the biker'], running: ['the runner', 'the jogger'], surfing: ['the surfer'],
  swimming: ['the swimmer'], skiing: ['the skier'], snowboarding: ['the snowboarder'], dancing: ['the dancer'],
  climbing: ['the climber'], juggling: ['the juggler'], golfing: ['the golfer'], rowing: ['the rower'],
};

interface Member { lastAction?: string | null; ref: string; kind: string; name: PersonName | null; gender: 'm' | 'f'; kindStated: boolean; nameStated: boolean; introduced: boolean }

const hasSubject = (t: Template) => t.all.has('S') || t.all.has('Sn');
const mentions = (t: Template) => t.required.has('S') || t.required.has('Sn');
// Story lines follow people: shapes that can name the subject, or (Korean) drop it before a verb.
const EN_STORY = EN_SHAPES.filter(mentions);
const KO_STORY = KO_SHAPES.filter((t) => mentions(t) || (!hasSubject(t) && (t.required.has('V') || t.required.has('I'))));
// Korean often drops a subject the story already has: "해변에서 서핑을 한다."
const KO_DROPPED = KO_SHAPES.filter((t) => !hasSubject(t) && (t.required.has('V') || t.required.has('I')));
const EN_INTRO = EN_STORY.filter((t) => t.required.has('S'));
const KO_INTRO = KO_SHAPES.filter((t) => t.required.has('S'));

function member(rng: Rng, lang: Lang, ref: string, named: boolean): Member {
  const kind = rng.weighted(ACTOR_KINDS, [10, 22, 22, 18, 18]);
  const g = KIND_GENDER[kind] ?? (rng.chance(0.5) ? 'm' : 'f');
  return { ref, kind, name: named ? pickName(rng, lang, g) : null, gender: g as 'm' | 'f', kindStated: false, nameStated: false, introduced: false };
}

function laterTime(rng: Rng, t: TimeOfDay): TimeOfDay {
  const i = TIMES.indexOf(t);
  return i < TIMES.length - 1 && rng.chance(0.8) ? TIMES[i + 1] : rng.pick(TIMES.filter((x) => x !== t));
}

export function makeStory(rng: Rng, lang: Lang, id: string): StoryRecord {
  const cast: Member[] = [member(rng, lang, 'c1', rng.chance(0.85))];
  const pair = rng.chance(0.4);
  if (pair) {
    // A pair is said together by names or "they", so both need names to be introduced.
    if (!cast[0].name) cast[0].name = pickName(rng, lang, cast[0].gender);
    cast.push(member(rng, lang, 'c2', true));
    if (cast[1].name && cast[0].name && cast[1].name.name === cast[0].name.name) cast[1].name = pickName(rng, lang, cast[1].gender);
  }
  const c2At = pair ? (rng.chance(0.6) ? 0 : 1 + rng.int(2)) : 99;
  const nPlaces = rng.weighted([1, 2, 3], [35, 45, 20]);
  const changes = new Set(rng.shuffle([1, 2, 3]).slice(0, nPlaces - 1));
  const places = rng.shuffle(SETTINGS.map((s) => s.id)).slice(0, nPlaces);
  let time = rng.pick(TIMES);
  const timeChangeAt = rng.chance(0.45) ? 1 + rng.int(3) : 99;
  const lines: LineRecord[] = [];
  const gold: StoryGold[] = [];
  let placeIdx = 0;
  let goldPlace: string | null = null;
  let goldTime: TimeOfDay | null = null;
  for (let i = 0; i < 4; i++) {
    if (changes.has(i)) placeIdx++;
    const place = places[placeIdx];
    if (i === timeChangeAt) time = laterTime(rng, time);
    const statePlace = i === 0 ? rng.chance(0.85) : changes.has(i) ? true : rng.chance(0.1);
    const stateTime = i === timeChangeAt || (i === 0 && rng.chance(0.45)) || rng.chance(0.08);
    const both = pair && i >= c2At && (i === c2At || rng.chance(0.45));
    const who = both ? cast : [cast[0]];
    const actor = storyActor(rng, who, i, place, both, lang);
    let implied: string | null = null;
    if (statePlace && rng.chance(0.15)) {
      const list = lang === 'en' ? PLACE_WORDS[place].enImplied : PLACE_WORDS[place].koImplied;
      if (list.length) {
        implied = rng.pick(list);
        actor.action = implied.includes('>') ? implied.split('>')[0] : null;
      }
    }
    const scene = sampleScene(rng, `${id}-${i}`, { setting: place, style: 'ink' });
    const things = scene.objects.filter((o) => !ACTOR_KINDS.includes(o.kind) && !o.kind.startsWith('carriage'))
      .slice(0, rng.int(3)).map((o) => ({ kind: o.kind, count: o.count }));
    const content: LineContent = {
      lang, scene: place, placeMode: statePlace ? (implied ? 'implied' : 'named') : 'none', time: stateTime ? time : null,
      actor, actor2: null, things, unknown: rng.chance(0.1) ? rng.pick(unknownsOf(rng.chance(0.5) ? 'creature' : 'thing')) : null,
      unknownPlace: null, implied, spatial: null, interaction: null,
    };
    const intro = i === 0 || (both && i === c2At);
    const shapes = intro ? (lang === 'en' ? EN_INTRO : KO_INTRO)
      : lang === 'en' ? EN_STORY : rng.chance(0.3) ? KO_DROPPED : KO_STORY;
    const { record } = renderLine(rng, content, shapes);
    lines.push(record);
    if (record.setting) goldPlace = record.setting;
    if (record.time) goldTime = record.time;
    for (const m of who) m.lastAction = record.spans.find((s) => s.tag === 'action')?.tag === 'action' ? actor.action : null;
    // Who the text has now introduced, named or described (a line may drop a subject it meant to say).
    for (const m of who) {
      const named = m.name && record.spans.some((s) => s.tag === 'name' && record.text.slice(s.start, s.end) === m.name!.name);
      if (named) {
        m.nameStated = true;
        if (record.spans.some((s) => s.tag === 'name' && s.kind === m.kind && s.kind !== 'person')) m.kindStated = true;
      }
      if (record.spans.some((s) => s.tag === 'thing' && s.kind === m.kind)) m.kindStated = true;
      if (named || i === 0 || m.kindStated || record.spans.some((s) => s.tag === 'pronoun')) m.introduced = true;
      if (m === cast[0]) m.introduced = true;
    }
    gold.push({
      setting: goldPlace, time: goldTime,
      // Who is in this beat (named, described, a pronoun or a dropped subject); refs keep first-appearance order.
      cast: cast.filter((m) => m.introduced && who.includes(m)).map((m) => ({ ref: m.ref, kind: m.kindStated ? m.kind : 'person', name: m.nameStated ? m.name!.name : null })),
    });
  }
  return { type: 'story', lang, lines, gold };
}

/** The line's subject: names, a pronoun, a description, or (left to the shape) a dropped subject. */
function storyActor(rng: Rng, who: Member[], i: number, place: string, both: boolean, lang: Lang): Actor {
  const s = settingById(place);
  const action = rng.chance(0.82) ? rng.pick(s.actions) : null;
  const first = who.some((m) => !m.introduced);
  if (both) {
    const named = who.every((m) => m.name);
    const useNames = named && (first || rng.chance(0.5));
    return { kind: 'person', count: 2, names: useNames ? who.map((m) => m.name!) : [], pronoun: !useNames, gender: 'pl', action };
  }
  const m = who[0];
  const r = rng.next();
  const doer = lang === 'en' && m.lastAction ? DOERS[m.lastAction] : undefined;
  if (!first && doer && r < 0.4) {
    return { kind: 'person', count: 1, names: [], pronoun: false, gender: m.gender, action, roleNoun: rng.pick(doer) };
  }
  if (m.name && (first || r < 0.5)) {
    return { kind: m.kind, count: 1, names: [m.name], pronoun: false, gender: m.gender, action, described: first && rng.chance(0.4) };
  }
  // "The girl" only once the text has said she is a girl; otherwise "she".
  if (!first && (r < 0.85 || !m.kindStated)) return { kind: m.kind, count: 1, names: [], pronoun: true, gender: m.gender, action };
  return { kind: m.kind, count: 1, names: [], pronoun: false, gender: m.gender, action, definite: !first || i > 0 };
}
