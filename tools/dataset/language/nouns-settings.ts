// Caption words for settings, the surfaces drawn in them, and times of day.
// `places` are ready prepositional phrases (EN) / location nouns that take 에 or 에서 (KO).
import type { SurfaceId, TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';

export interface SettingWords {
  /** Nouns a caption may use for this setting (for the noun index); first = dataset name. */
  en: string[];
  ko: string[];
  /** "in a kitchen", "on a beach" … */
  enPlaces: string[];
  /** Noun phrases for "A kitchen with …" captions, with their article. */
  enScenes: string[];
  /** Location nouns before 에/에서: "부엌", "해변" … */
  koPlaces: string[];
  /** Noun phrases for "…이 있는 부엌" captions. */
  koScenes: string[];
}

const w = (en: string, ko: string, enPlaces: string, enScenes: string, koPlaces: string, koScenes: string): SettingWords =>
  ({ en: en.split('|'), ko: ko.split('|'), enPlaces: enPlaces.split('|'), enScenes: enScenes.split('|'),
    koPlaces: koPlaces.split('|'), koScenes: koScenes.split('|') });

export const SETTING_WORDS: Record<string, SettingWords> = {
  bathroom: w('bathroom|restroom', '욕실|화장실', 'in a bathroom|in the bathroom', 'a bathroom|a small bathroom',
    '욕실|화장실', '욕실|작은 화장실'),
  bedroom: w('bedroom|room', '침실|방', 'in a bedroom|in the bedroom', 'a bedroom|a cozy bedroom',
    '침실|방 안', '침실|아늑한 침실'),
  office: w('office', '사무실', 'in an office|at the office', 'an office|a small office', '사무실', '사무실|작은 사무실'),
  kitchen: w('kitchen', '부엌|주방', 'in a kitchen|in the kitchen', 'a kitchen|a home kitchen', '부엌|주방', '부엌|주방'),
  living_room: w('living room', '거실', 'in a living room|in the living room', 'a living room|a cozy living room',
    '거실', '거실|아늑한 거실'),
  restaurant: w('restaurant|diner', '식당|레스토랑', 'in a restaurant|at a restaurant|in a small diner',
    'a restaurant|a small restaurant', '식당|레스토랑', '식당|작은 레스토랑'),
  beach: w('beach|shore|ocean|sea', '해변|바닷가|바다', 'on a beach|at the beach|on the shore', 'a beach|a sandy beach',
    '해변|바닷가', '해변|모래사장'),
  mountain: w('mountain|mountains|mountain trail', '산|산길', 'on a mountain|in the mountains|on a mountain trail',
    'a mountain trail|a rocky mountainside', '산|산길', '산길|바위산'),
  stadium: w('stadium|sports field|field', '경기장|운동장', 'in a stadium|on a sports field|at the stadium',
    'a stadium|a sports field', '경기장|운동장', '경기장|운동장'),
  forest: w('forest|woods', '숲|숲속', 'in a forest|in the woods', 'a forest|a quiet forest', '숲|숲속', '숲|조용한 숲'),
  city_street: w('city street|street|road', '거리|길거리|도시 거리|도로',
    'on a city street|on a busy street|on the street|along the curb|by the curb',
    'a city street|a busy street', '거리|도시 거리|길거리|길가', '도시 거리|번화한 거리'),
  skatepark: w('skate park|skatepark', '스케이트 공원|스케이트장', 'at a skate park|in a skatepark', 'a skate park',
    '스케이트 공원|스케이트장', '스케이트 공원'),
  swimming_pool: w('swimming pool|pool', '수영장', 'at a swimming pool|by the pool', 'a swimming pool|an outdoor pool',
    '수영장', '수영장|야외 수영장'),
  train_station: w('train station|station|platform|train platform', '기차역|역|승강장',
    'at a train station|on a train platform', 'a train station|a train platform', '기차역|역 승강장', '기차역|기차역 승강장'),
  park: w('park|field|grass|grassy field|field of grass|lawn', '공원|풀밭|잔디밭',
    'in a park|in a grassy field|in a field of grass|on the grass', 'a park|a grassy field|a green park',
    '공원|풀밭|잔디밭', '공원|잔디밭|푸른 공원'),
  countryside_road: w('dirt road|country road|countryside|road', '시골길|흙길|시골|도로',
    'on a dirt road|on a country road|on a dirt road in the countryside', 'a dirt road|a country road',
    '시골길|흙길|시골 흙길', '시골길|한적한 시골길'),
  zoo: w('zoo', '동물원', 'at a zoo|at the zoo', 'a zoo|a zoo enclosure', '동물원',
    '동물원|동물원 우리'),
  ski_slope: w('ski slope|slope|slopes|snowy slope|snow', '스키장|슬로프|눈밭|설원',
    'on a ski slope|on the slopes|on a snowy slope', 'a ski slope|a snowy slope', '스키장|스키장 슬로프|눈 덮인 슬로프',
    '스키장|눈 덮인 슬로프'),
};

export interface SurfaceWords { en: string[]; ko: string[] }

/** Surfaces drawn by the background; the bathroom counter is a vanity (세면대). */
export function surfaceWords(surface: SurfaceId, settingId: string): SurfaceWords {
  if (surface === 'counter' && settingId === 'bathroom') return { en: ['counter', 'sink counter'], ko: ['세면대'] };
  return SURFACE_WORDS[surface];
}

export const SURFACE_WORDS: Record<SurfaceId, SurfaceWords> = {
  table: { en: ['table', 'dining table', 'wooden table'], ko: ['식탁', '테이블'] },
  counter: { en: ['counter', 'kitchen counter', 'countertop'], ko: ['조리대'] },
  desk: { en: ['desk', 'work desk'], ko: ['책상'] },
  bed: { en: ['bed'], ko: ['침대'] },
  couch: { en: ['couch', 'sofa'], ko: ['소파'] },
};

export interface TimeWords {
  /** Adverbials: "at night". */
  en: string[];
  /** Adverbials placed before the place: "밤에". */
  ko: string[];
  /** Story adverbials for continuity. */
  enStory: string[];
  koStory: string[];
  /** How often a caption mentions it (daytime is usually unsaid). */
  mention: number;
}

export const TIME_WORDS: Record<TimeOfDay, TimeWords> = {
  day: { en: ['during the day', 'in the daytime', 'on a sunny day'], ko: ['낮에', '화창한 날에', '한낮에'],
    enStory: ['in the morning', 'that afternoon', 'in the afternoon'], koStory: ['아침에', '그날 오후', '오후에'], mention: 0.25 },
  sunset: { en: ['at sunset', 'at dusk', 'in the evening'], ko: ['해 질 녘에', '노을이 질 무렵', '저녁에'],
    enStory: ['at sunset', 'as the sun goes down', 'in the evening'], koStory: ['해 질 녘에', '해가 질 무렵', '저녁에'], mention: 0.6 },
  night: { en: ['at night', 'late at night', 'at nighttime'], ko: ['밤에', '늦은 밤에', '한밤중에'],
    enStory: ['that night', 'late at night', 'at night'], koStory: ['그날 밤', '늦은 밤', '밤이 되자'], mention: 0.6 },
};

export interface WaterWords { enIn: string[]; enOn: string[]; ko: string[] }

/** The water of a setting, for swimmers ("in the ocean") and floaters ("on the sea"). */
export const WATER_WORDS: Record<string, WaterWords> = {
  beach: { enIn: ['in the ocean', 'in the sea'], enOn: ['on the sea', 'on the ocean'], ko: ['바다'] },
  swimming_pool: { enIn: ['in the pool', 'in a swimming pool'], enOn: ['in the pool', 'in a swimming pool'],
    ko: ['수영장', '수영장 물'] },
};
