// A treatment read as a story: each line's reading becomes a ScenePlan, with the place and time carried
// until a line changes them and one cast id per character across the whole treatment.
import type { LineReading, SpanReading } from './line-reading';
import { impliedSetting } from './implied-setting';
import type {
  CastEntry, CastMember, PlanObject, PlanRelation, PlanRelationKind, PlanTime, ScenePlan, TreatmentPlan,
} from './plan-contract';

export interface KindInfo {
  category: string;
  /** Takes a person action (person, man, woman, boy, girl). */
  actor: boolean;
  /** Settings whose scenes can hold this kind (catalog settings[].kinds); absent: unknown, no place implied. */
  settings?: readonly string[];
}

const MALE = new Set(['man', 'boy', 'old_man']);
const FEMALE = new Set(['woman', 'girl', 'old_woman']);
const ANIMATE = new Set(['person', 'animal']);
// Korean particles a name or a noun may carry when the model's span takes them in (서연이가 → 서연).
const KO_TAILS = ['이에게', '이한테', '에게서', '에게', '한테', '이랑', '하고', '이가', '이는', '이를', '이와', '이의', '이도',
  '가', '는', '를', '을', '은', '와', '과', '의', '도', '랑', '이'];

export function stripParticle(word: string, hangul: boolean): string {
  let w = word.replace(/['’]s$/u, '').trim();
  if (!hangul) return w;
  for (const tail of KO_TAILS) {
    // keep at least one syllable, and "이" only after a name ending in a final consonant (서연이 → 서연)
    if (w.length > tail.length && w.endsWith(tail)) {
      const rest = w.slice(0, -tail.length);
      if (tail.startsWith('이') && !hasFinal(rest)) continue;
      w = rest;
      break;
    }
  }
  return w;
}

function hasFinal(word: string): boolean {
  const cp = word.codePointAt(word.length - 1) ?? 0;
  return cp >= 0xac00 && cp <= 0xd7a3 && (cp - 0xac00) % 28 !== 0;
}

/** When a later line may move the story: it names a place (a place span), or its reading is this sure. */
export interface CarryRule { placeSpan: boolean; confident: number }
// chosen on the dev stories (test/eval-sets/plans-dev), with SPAN_RULE
export const CARRY_RULE: CarryRule = { placeSpan: true, confident: 0.95 };

interface Mention { member: CastMember; start: number; end: number }
interface ObjectMention { object: PlanObject; start: number; end: number }

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);

export class StoryReader {
  private readonly cast: CastEntry[] = [];
  private readonly lastSeen = new Map<string, number>();
  /** Cast ids that stand for a group, with the group's count (null: a plural with no number). */
  private readonly groups = new Map<string, number | null>();
  /** implied: guessed from the things a line names, not read from a place; any place a line reads replaces it. */
  private setting: { id: string | null; confidence: number; implied?: boolean } | null = null;
  /** Lines (0-based) whose place is a guess from their things, so a place named later may still open the story. */
  readonly impliedLines = new Set<number>();
  private readonly settingCount: number;
  private time: { id: PlanTime | null; confidence: number } = { id: null, confidence: 1 };
  private previousCast: CastMember[] = [];
  private line = 0;

  constructor(private readonly kinds: ReadonlyMap<string, KindInfo>, private readonly rule: CarryRule = CARRY_RULE) {
    this.settingCount = new Set([...kinds.values()].flatMap((k) => k.settings ?? [])).size;
  }

  /** A story's first place is whatever the line reads; a later line moves the story only on the rule's evidence. */
  private changesPlace(reading: LineReading): boolean {
    if (this.setting === null || this.setting.implied || reading.setting === this.setting.id) return true;
    return (this.rule.placeSpan && reading.namesPlace) || reading.settingConfidence >= this.rule.confident;
  }

  private isAnimate(kind: string): boolean {
    return ANIMATE.has(this.kinds.get(kind)?.category ?? '');
  }

  private newCast(kind: string, name?: string): CastEntry {
    const entry: CastEntry = { id: `c${this.cast.length + 1}`, kind, ...(name ? { name } : {}) };
    this.cast.push(entry);
    return entry;
  }

  private recent(filter: (c: CastEntry) => boolean): CastEntry | undefined {
    return [...this.cast].filter(filter).sort((a, b) => (this.lastSeen.get(b.id) ?? -1) - (this.lastSeen.get(a.id) ?? -1))[0];
  }

  /** A name: the same name keeps its id; a more specific kind refines a plain "person". */
  private byName(name: string, kind: string): CastEntry {
    const key = name.toLowerCase();
    const found = this.cast.find((c) => c.name?.toLowerCase() === key);
    if (!found) return this.newCast(kind, name);
    if (found.kind === 'person' && kind !== 'person') found.kind = kind;
    return found;
  }

  /** An unnamed kind: the story's recent character of that kind, else a new one. A plural with no number
   *  ("the boys", "고양이들") or the same number again ("both cats" after "two cats") is the recent group of that kind,
   *  and keeps the group's count. Returns the entry and the count the line shows. */
  private byKind(kind: string, count: number | null | undefined): [CastEntry, number | null | undefined] {
    if (count === 1 || count === undefined) {
      const found = this.recent((c) => c.kind === kind);
      if (found) return [found, count];
    } else {
      const group = this.recent((c) => c.kind === kind && this.groups.has(c.id) && (count === null || this.groups.get(c.id) === count));
      if (group) return [group, this.groups.get(group.id)];
    }
    const entry = this.newCast(kind);
    if (count !== 1 && count !== undefined) this.groups.set(entry.id, count);
    return [entry, count];
  }

  /** "they", "그들", "둘은": the people of the previous line when they are more than one; else the story's most recent
   *  group (people or animals: "Three ducks… A boy throws them bread. They paddle over."); else the previous people. */
  private plural(): CastEntry[] {
    const entry = (m: CastMember) => this.cast.find((c) => c.id === m.id)!;
    const people = this.previousCast.filter((m) => this.kinds.get(m.kind)?.category === 'person').map(entry).filter(Boolean);
    const many = people.length > 1 || people.some((p) => this.groups.has(p.id));
    if (many) return people;
    const group = this.recent((c) => this.groups.has(c.id));
    return group ? [group] : people;
  }

  private byPronoun(gender: string): CastEntry[] {
    if (gender === 'pl') return this.plural();
    const same = gender === 'm' ? MALE : FEMALE;
    const found = this.recent((c) => same.has(c.kind)) ?? this.recent((c) => c.kind === 'person');
    if (found) {
      if (found.kind === 'person') found.kind = gender === 'm' ? 'man' : 'woman';
      return [found];
    }
    return [this.newCast(gender === 'm' ? 'man' : 'woman')];
  }

  read(text: string, reading: LineReading, id: string): ScenePlan {
    this.line++;
    const spans = reading.spans;
    const mentions: Mention[] = [];
    const objects: ObjectMention[] = [];
    const unknown: string[] = [];
    const used = new Set<SpanReading>();
    const member = (entry: CastEntry, s: SpanReading, count?: number | null): Mention => {
      const m: CastMember = { id: entry.id, kind: entry.kind, ...(entry.name ? { name: entry.name } : {}), confidence: s.confidence };
      if (count !== undefined && count !== 1) m.count = count;
      return { member: m, start: s.start, end: s.end };
    };
    // a name next to an animate kind ("her dog Coco", "강아지 코코") is that character's name
    for (const s of spans) {
      if (s.type !== 'name' || !s.value) continue;
      const name = stripParticle(s.text, reading.hangul);
      if (!name) continue;
      const partner = spans.find((o) => o.type === 'thing' && o.value && this.isAnimate(o.value) && !used.has(o)
        && (Math.abs(o.end - s.start) <= 2 || Math.abs(s.end - o.start) <= 2));
      let kind = s.value;
      if (partner) { used.add(partner); kind = partner.value!; }
      if (!this.isAnimate(kind)) kind = 'person';
      mentions.push(member(this.byName(name, kind), s));
      used.add(s);
    }
    for (const s of spans) {
      if (used.has(s) || !s.value) continue;
      if (s.type === 'thing') {
        if (this.isAnimate(s.value)) {
          const [entry, count] = this.byKind(s.value, s.count);
          mentions.push(member(entry, s, count));
        }
        else objects.push({ object: { kind: s.value, count: s.count ?? null, confidence: s.confidence }, start: s.start, end: s.end });
      } else if (s.type === 'pronoun') {
        for (const entry of this.byPronoun(s.value)) mentions.push(member(entry, s, this.groups.get(entry.id)));
      }
    }
    for (const s of spans) {
      if (s.type === 'unknown') {
        const w = stripParticle(s.text, reading.hangul);
        if (w && !unknown.includes(w)) unknown.push(w);
      }
    }
    // one member per id, in order of first mention
    const cast: CastMember[] = [];
    for (const m of mentions.sort((a, b) => a.start - b.start)) {
      if (!cast.some((c) => c.id === m.member.id)) cast.push(m.member);
    }
    const carriedCast: string[] = [];
    const actions = spans.filter((s) => s.type === 'action' && s.value);
    // a line naming no one (a dropped Korean subject, "The wind whipped through the rider's hair") keeps the cast
    if (cast.length === 0 && this.previousCast.length > 0) {
      for (const m of this.previousCast) {
        const entry = this.cast.find((c) => c.id === m.id)!;
        cast.push({ id: entry.id, kind: entry.kind, ...(entry.name ? { name: entry.name } : {}), ...(m.count !== undefined ? { count: m.count } : {}), confidence: m.confidence });
        carriedCast.push(entry.id);
      }
    }
    // each action goes to the nearest actor that can take it
    for (const a of actions) {
      const actors = cast.filter((c) => this.kinds.get(c.kind)?.actor);
      if (actors.length === 0) continue;
      const pos = (c: CastMember) => mentions.find((m) => m.member.id === c.id);
      const dist = (c: CastMember) => { const m = pos(c); return m ? Math.min(Math.abs(m.start - a.end), Math.abs(a.start - m.end)) : 1e6; };
      const target = actors.filter((c) => !c.action).sort((x, y) => dist(x) - dist(y))[0];
      if (target) target.action = a.value!;
    }
    const relations = this.relations(spans, mentions, objects, reading.hangul);
    for (const c of cast) this.lastSeen.set(c.id, this.line);
    // keep every member's current kind and name (a pronoun may have refined a kind after its first mention)
    for (const c of cast) {
      const entry = this.cast.find((e) => e.id === c.id)!;
      c.kind = entry.kind;
      if (entry.name) c.name = entry.name;
    }
    this.previousCast = cast;
    const merged = new Map<string, PlanObject>();
    for (const { object } of objects) {
      const prev = merged.get(object.kind);
      if (!prev) merged.set(object.kind, { ...object });
      else if (prev.count !== null && object.count !== null) prev.count = Math.max(prev.count, object.count);
    }
    // place: a line naming one sets it (a place the catalogue lacks sets it to null); otherwise it carries
    let carriedSetting = false;
    if (reading.setting !== null && this.changesPlace(reading)) this.setting = { id: reading.setting, confidence: reading.settingConfidence };
    else if (reading.unknownPlace) this.setting = { id: null, confidence: reading.settingConfidence };
    else {
      // no place read: until the story names one, the line's own things may point to one
      const guess = this.setting === null || this.setting.implied
        ? impliedSetting([...cast.filter((c) => !carriedCast.includes(c.id)).map((c) => c.kind), ...merged.keys()], this.kinds, this.settingCount) : null;
      if (guess) this.setting = { id: guess.setting, confidence: guess.confidence, implied: true };
      else carriedSetting = this.setting !== null;
    }
    if (this.setting?.implied) this.impliedLines.add(this.line - 1);
    let carriedTime = false;
    if (reading.time !== null) this.time = { id: reading.time as PlanTime, confidence: reading.timeConfidence };
    else carriedTime = this.time.id !== null;
    return {
      id, text,
      setting: this.setting?.id ?? null,
      time: this.time.id,
      cast,
      objects: [...merged.values()],
      relations,
      unknown,
      confidence: {
        setting: this.setting?.confidence ?? reading.settingConfidence,
        time: this.time.id === null ? reading.timeConfidence : this.time.confidence,
        cast: mean(cast.map((c) => c.confidence)),
        objects: mean([...merged.values()].map((o) => o.confidence)),
      },
      carried: { setting: carriedSetting, time: carriedTime, cast: carriedCast },
    };
  }

  /** English puts the relation between its two ends ("a cat next to the sofa"); Korean after both ("고양이가 소파 옆에"). */
  private relations(spans: readonly SpanReading[], cast: Mention[], objects: ObjectMention[], hangul: boolean): PlanRelation[] {
    const ends = [
      ...cast.map((m) => ({ ref: m.member.id, start: m.start, end: m.end })),
      ...objects.map((o) => ({ ref: o.object.kind, start: o.start, end: o.end })),
    ].sort((a, b) => a.start - b.start);
    const out: PlanRelation[] = [];
    for (const s of spans) {
      if (s.type !== 'relation' || !s.value) continue;
      const before = ends.filter((e) => e.end <= s.start);
      const after = ends.filter((e) => e.start >= s.end);
      let a: string | undefined, b: string | undefined;
      if (!hangul) { a = before[before.length - 1]?.ref; b = after[0]?.ref; }
      else { b = before[before.length - 1]?.ref; a = before.length > 1 ? before[0].ref : undefined; }
      if (a && b && a !== b) out.push({ a, rel: s.value as PlanRelationKind, b, confidence: s.confidence });
    }
    return out;
  }

  /** Lines before the first one that names a place take that place (a story opens where it is first placed). */
  static backfill(plans: ScenePlan[], implied: ReadonlySet<number> = new Set()): void {
    const first = plans.find((p, i) => p.setting !== null && !p.carried.setting && !implied.has(i));
    if (!first) return;
    for (const [i, p] of plans.entries()) {
      if (p === first) break;
      // a guess from the things yields to the place the story names
      if ((p.setting === null && !p.unknown.length) || implied.has(i)) {
        p.setting = first.setting; p.confidence.setting = first.confidence.setting; p.carried.setting = true;
      }
    }
  }

  treatmentCast(): CastEntry[] {
    return this.cast.map((c) => ({ ...c }));
  }
}

/** Reads the lines of one treatment in order as one story. */
export function readStory(lines: readonly string[], readings: readonly LineReading[], kinds: ReadonlyMap<string, KindInfo>,
  ids?: readonly string[], rule: CarryRule = CARRY_RULE): TreatmentPlan {
  const reader = new StoryReader(kinds, rule);
  const plans = lines.map((text, i) => reader.read(text, readings[i], ids?.[i] ?? String(i + 1)));
  StoryReader.backfill(plans, reader.impliedLines);
  const cast = reader.treatmentCast();
  // what a later line tells of a character ("she" → a woman) holds for every line: one kind and name per id
  const byId = new Map(cast.map((c) => [c.id, c]));
  for (const member of plans.flatMap((p) => p.cast)) {
    const entry = byId.get(member.id)!;
    member.kind = entry.kind;
    if (entry.name) member.name = entry.name;
  }
  return { plans, cast };
}
