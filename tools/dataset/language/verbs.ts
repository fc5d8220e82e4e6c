// What people and things are doing, in both languages. English verb phrases are split into
// the verb (inflected: riding / rides) and the rest; "{poss}" becomes his/her/their.
// Korean phrases are in dictionary form and conjugated by korean-verbs.ts.
import type { KoAspect } from './korean-verbs.js';

export interface EnVerb { verb: string; rest: string; restPlural: string }
export interface KoVerb { phrase: string; aspect: KoAspect }
export interface VerbWords {
  /** en[i] and ko[i % ko.length] mean the same, so a caption pair picks one index for both. */
  en: EnVerb[];
  ko: KoVerb[];
  /** Object kinds drawn as part of the sprite (a cyclist's bike), so captions may name them. */
  implies: string[];
}

/** "ride|a bike|bikes" → verb, rest (one actor), rest (several actors). */
function enVerb(spec: string): EnVerb {
  const [verb, rest = '', restPlural] = spec.split('|');
  return { verb, rest, restPlural: restPlural ?? rest };
}

/** "자전거를 타다" progressive; a leading "~" marks a resultative state verb (서다 → 서 있다). */
function koVerb(spec: string): KoVerb {
  return spec.startsWith('~') ? { phrase: spec.slice(1), aspect: 'resultative' } : { phrase: spec, aspect: 'progressive' };
}

const v = (en: string[], ko: string[], implies: string[] = []): VerbWords =>
  ({ en: en.map(enVerb), ko: ko.map(koVerb), implies });

/** Person actions, keyed by catalog/actions.ts ids. */
export const ACTION_VERBS: Record<string, VerbWords> = {
  standing: v(['stand', 'wait'], ['~서다', '기다리다']),
  walking: v(['walk', 'take|a walk|a walk', 'stroll'], ['걷다', '산책하다', '걸어가다']),
  running: v(['run', 'jog'], ['달리다', '조깅하다', '뛰어가다']),
  biking: v(['ride|a bike|bikes', 'ride|a bicycle|bicycles'], ['자전거를 타다'], ['bicycle']),
  mountain_biking: v(['ride|a mountain bike|mountain bikes', 'ride|a bike|bikes'], ['산악자전거를 타다', '자전거를 타다'],
    ['bicycle']),
  skiing: v(['ski', 'ski|downhill|downhill'], ['스키를 타다', '스키를 타고 내려오다'], ['skis']),
  snowboarding: v(['snowboard', 'ride|a snowboard|snowboards'], ['스노보드를 타다']),
  surfing: v(['surf', 'ride|a wave|the waves', 'ride|a surfboard|surfboards'], ['서핑을 하다', '파도를 타다']),
  swimming: v(['swim', 'swim|in the water|in the water'], ['수영하다', '헤엄치다', '수영을 하다']),
  rowing: v(['row|a boat|boats', 'paddle|a small boat|small boats'], ['노를 젓다', '보트의 노를 젓다'], ['canoe']),
  playing_basketball: v(['play|basketball', 'dribble|a basketball|basketballs', 'shoot|hoops'],
    ['농구를 하다', '농구공을 드리블하다', '농구공을 던지다'], ['basketball']),
  lifting_weights: v(['lift|weights', 'work|out'], ['역기를 들다', '운동하다']),
  cartwheeling: v(['do|a cartwheel|cartwheels', 'turn|a cartwheel|cartwheels'], ['옆돌기를 하다', '재주를 넘다']),
  meditating: v(['meditate', 'do|yoga'], ['명상하다', '요가를 하다']),
  dancing: v(['dance'], ['춤을 추다']),
  juggling: v(['juggle'], ['저글링을 하다', '저글링하다']),
  golfing: v(['play|golf', 'swing|a golf club|golf clubs'], ['골프를 치다', '골프채를 휘두르다']),
  climbing: v(['climb', 'go|climbing'], ['등반하다', '암벽 등반을 하다']),
  kneeling: v(['kneel', 'kneel|down|down'], ['무릎을 꿇다']),
  using_computer: v(['use|a computer|computers', 'work|on a laptop|on laptops', 'type|on a computer|on computers'],
    ['컴퓨터를 사용하다', '노트북으로 일하다', '컴퓨터를 하다'], ['computer', 'laptop']),
  cooking: v(['cook', 'cook|a meal|meals', 'fry|an egg|eggs'], ['요리하다', '요리를 하다', '달걀을 부치다'], ['frying_pan']),
  riding_horse: v(['ride|a horse|horses', 'ride|on horseback|on horseback'], ['말을 타다', '승마를 하다'], ['horse']),
  walking_dog: v(['walk|{poss} dog|{poss} dogs', 'take|{poss} dog for a walk|{poss} dogs for a walk'],
    ['개를 산책시키다', '강아지와 산책하다'], ['dog']),
  // Actions that come with their prop (scene/interactions.ts); captions say them with the prop's own
  // noun (interaction-verbs.ts), these are the words when no prop is linked.
  playing_frisbee: v(['play|frisbee', 'throw|a frisbee|frisbees'], ['원반던지기를 하다', '프리스비를 던지다'], ['frisbee']),
  cutting_cake: v(['cut|a cake|cakes', 'slice|a cake|cakes'], ['케이크를 자르다', '케이크를 썰다'], ['cake']),
  riding_motorcycle: v(['ride|a motorcycle|motorcycles', 'ride|a motorbike|motorbikes'], ['오토바이를 타다'], ['motorcycle']),
};

/** States of things that do not act; the location words come from where they were placed. */
export const STATE_VERBS = {
  standing: v(['stand'], ['~서다']),
  grazing: v(['graze'], ['풀을 뜯다']),
  flying: v(['fly'], ['날다']),
  drifting: v(['float', 'drift'], ['떠다니다']),
  swimming: v(['swim'], ['헤엄치다']),
  floating: v(['float'], ['~뜨다']),
  parked: v(['be|parked'], ['~주차되다', '~세워지다']),
  driving: v(['drive'], ['달리다']),
  stopped: v(['wait', 'be|stopped'], ['~정차하다', '~멈춰 서다']),
  sailing: v(['sail'], ['항해하다']),
  placed: v(['sit'], ['~놓이다']),
  resting: v(['sit', 'rest'], ['~앉다', '쉬다']),
  lying: v(['lie'], ['~놓이다']),
  hanging: v(['hang'], ['~걸리다']),
} as const;

export type StateVerb = keyof typeof STATE_VERBS;
