// Time words: morning/noon/lunchtime → day, dusk/evening/sundown → sunset, night/midnight/2 a.m. → night.
// Adverbials carry their preposition or particle ("at dusk", "해 질 녘에"); nouns stand alone ("Dusk.").
import type { TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';

export interface TimePhrases { en: string[]; enNouns: string[]; ko: string[]; koNouns: string[]; enClock: string[]; koClock: string[] }

const t = (en: string, enNouns: string, ko: string, koNouns: string, enClock: string, koClock: string): TimePhrases =>
  ({ en: en.split('|'), enNouns: enNouns.split('|'), ko: ko.split('|'), koNouns: koNouns.split('|'),
    enClock: enClock.split('|'), koClock: koClock.split('|') });

export const TIME_PHRASES: Record<TimeOfDay, TimePhrases> = {
  day: t('in the morning|this morning|at noon|in the afternoon|at lunchtime|during the day|in broad daylight|one sunny afternoon|early in the morning|around midday|by day|on a bright morning|after breakfast|during the lunch break|the next morning|at daybreak|on a sunny day',
    'morning|noon|afternoon|midday|a sunny afternoon|lunchtime|a bright morning',
    '아침에|낮에|오후에|점심때|점심시간에|한낮에|정오에|오전에|대낮에|아침 일찍|화창한 오후에|출근길 아침에|점심을 먹고 나서|다음 날 아침|햇살 좋은 낮에',
    '아침|한낮|오후|정오|점심시간|화창한 오후',
    'at {n} a.m.|at {n} in the morning|at {m} p.m.', '오전 {n}시에|아침 {n}시에|오후 {m}시에|오전 {k}시에'),
  sunset: t('at dusk|in the evening|at sundown|at sunset|as the sun goes down|at twilight|this evening|as the sun sets|in the early evening|at golden hour|toward evening|as the sky turns orange|as the sun went down|once the sun had set|before dinner',
    'dusk|evening|sunset|twilight|sundown|early evening',
    '해 질 녘에|저녁 무렵|저녁에|해가 지자|노을이 질 때|해 질 무렵에|초저녁에|해가 저물 무렵|노을 아래에서|땅거미가 질 무렵|해가 지고 나서|퇴근길 저녁에',
    '해 질 녘|저녁 무렵|노을|초저녁|해 질 무렵',
    'at {s} p.m.|at {s} in the evening', '저녁 {s}시에|오후 {s}시에'),
  night: t('at night|at midnight|late at night|in the middle of the night|tonight|after dark|deep into the night|that night|long after midnight|on a moonlit night|after midnight|while the city slept|on the night shift',
    'night|midnight|late night|a moonless night|the dead of night',
    '밤에|밤늦게|한밤중에|자정에|늦은 밤에|깊은 밤에|밤이 되자|야근 중에|야근을 마치고|달밤에|새벽녘에|모두가 잠든 밤에|야근하던 밤',
    '밤|한밤중|자정|늦은 밤|깊은 밤',
    'at {x} a.m.|at {y} p.m.|at {y} at night', '새벽 {x}시에|밤 {y}시에|새벽 {kx}시에'),
};

/** Fills a clock pattern: day n=8..11 a.m., m=1..4 p.m.; sunset s=6..7; night x=1..4 a.m., y=10..11 p.m. */
export const CLOCK_RANGES: Record<string, number[]> = {
  n: [8, 9, 10, 11], m: [1, 2, 3, 4], k: [9, 10, 11], s: [6, 7], x: [1, 2, 3, 4], y: [10, 11], kx: [1, 2, 3],
};
