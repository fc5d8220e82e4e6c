// What the thesis (ch. IV, Tables 3–12) reports, to print beside our figures, and the treatments it uses.
import { zeroShotPrompt } from '../../src/core/app-defaults';
import { readAppDefaults } from '../lib/app-defaults-file';

/** Table 5: one image vs ten treatments, cosine as a percentage (the right pair first). */
export const THESIS_TABLE5: readonly { text: string; lang: 'ko' | 'en'; right: boolean; percent: number }[] = [
  { text: '싱크대가 있는 화장실의 전체적인 전망', lang: 'ko', right: true, percent: 52 },
  { text: 'A full perspective of a washroom with a sink.', lang: 'en', right: true, percent: 53 },
  { text: '일몰에서의 커플', lang: 'ko', right: false, percent: 2 },
  { text: 'a couple at sunset', lang: 'en', right: false, percent: -3 },
  { text: '고속도로에서 달리는 말', lang: 'ko', right: false, percent: -15 },
  { text: 'a horse on the highway', lang: 'en', right: false, percent: -18 },
  { text: '양배추, 여섯 명의 친구, 그리고 한 잔의 물', lang: 'ko', right: false, percent: -10 },
  { text: 'a cabbage, six friends, and a glass of water', lang: 'en', right: false, percent: -2 },
  { text: '주차된 차들이 있는 집', lang: 'ko', right: false, percent: -4 },
  { text: 'a house with parked cars', lang: 'en', right: false, percent: -2 },
];

/** Table 12 (MSCOCO-based test set; one language mix, no R@K printed). */
export const THESIS_MRR = { 'mrr@1': 0.23, 'mrr@5': 0.47, 'mrr@10': 0.51 } as const;

/** Tables 10–11: the scene labels the thesis classified with (all are ToonScenes setting ids too). */
export const THESIS_LABELS: Readonly<Record<string, string>> = {
  bathroom: 'Bathroom', bedroom: 'Bedroom', office: 'Office', kitchen: 'Kitchen', living_room: 'Living room',
  beach: 'Beach', mountain: 'Mountain', stadium: 'Stadium', restaurant: 'Restaurant', forest: 'Forest',
  city_street: 'City street', skatepark: 'Skatepark', swimming_pool: 'Swimming pool', train_station: 'Train station',
};

const defaults = readAppDefaults();
/** Zero-shot prompts: the shipped suite's app-defaults.json templates, as the lens and the training eval use. */
export const PROMPTS = {
  en: (label: string) => zeroShotPrompt(defaults, 'en', label),
  ko: (label: string) => zeroShotPrompt(defaults, 'ko', label),
} as const;

export interface ThesisQuery {
  lang: 'en' | 'ko';
  text: string;
  /** Where the thesis uses it. */
  source: string;
}

// Korean versions of the English-only examples are ours (the same as training/common/data.py EXAMPLES).
export const THESIS_QUERIES: readonly ThesisQuery[] = [
  { lang: 'en', text: 'Six teens playing frisbee in a field of grass', source: 'Table 13' },
  { lang: 'en', text: 'A person in a ski suit is skiing.', source: 'Table 14' },
  { lang: 'en', text: 'A horse drawn carriage is parked along the curb.', source: 'Tables 6, 15' },
  { lang: 'en', text: 'Electric appliances crammed on a counter in a kitchen.', source: 'Table 16' },
  { lang: 'en', text: 'A woman cutting a large white sheet cake.', source: 'Table 17' },
  { lang: 'en', text: 'Man riding a motor bike on a dirt road on the countryside.', source: 'story, Tables 19–21' },
  { lang: 'en', text: 'A black bear sitting on rock with mossy patches.', source: 'Table 7' },
  { lang: 'ko', text: '잔디밭에서 프리스비를 하는 십대 여섯 명', source: 'Table 13 (our KO)' },
  { lang: 'ko', text: '스키복을 입은 사람이 스키를 타고 있다.', source: 'Table 14 (our KO)' },
  { lang: 'ko', text: '말이 끄는 마차가 길가에 세워져 있다.', source: 'Table 15 (our KO)' },
  { lang: 'ko', text: '부엌 조리대 위에 가전제품이 빼곡히 놓여 있다.', source: 'Table 16 (our KO)' },
  { lang: 'ko', text: '여자가 커다란 흰색 시트 케이크를 자르고 있다.', source: 'Table 17 (our KO)' },
  { lang: 'ko', text: '시골의 흙길에서 오토바이를 타는 남자.', source: 'story (our KO)' },
  { lang: 'ko', text: '많은 사람들이 멋진 날을 즐기고 있어요, 큰 잔디밭에서 연을 날리면서 말이죠.', source: 'Table 8' },
  { lang: 'ko', text: '주차장의 오토바이를 타고 옆에 서 있는 사람이 있다.', source: 'Table 9' },
];
