// catalog.json of the scene planner: the ids the plan model predicts, with Korean and English names,
// so the studio can show and edit plan slots without importing the dataset tools.
import { ACTIONS } from '../../../src/features/composer/shared/catalog/actions.js';
import { OBJECTS } from '../../../src/features/composer/shared/catalog/objects.js';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { objectNames, settingNames } from '../language/index.js';

/** Short labels for chips; the captions' verb phrases are too long for a chip. */
const ACTION_LABELS: Record<string, [string, string]> = {
  standing: ['standing', '서 있기'], walking: ['walking', '걷기'], running: ['running', '달리기'],
  biking: ['cycling', '자전거 타기'], mountain_biking: ['mountain biking', '산악자전거 타기'], skiing: ['skiing', '스키 타기'],
  snowboarding: ['snowboarding', '스노보드 타기'], surfing: ['surfing', '서핑'], swimming: ['swimming', '수영'],
  rowing: ['rowing', '노 젓기'], playing_basketball: ['playing basketball', '농구하기'],
  lifting_weights: ['lifting weights', '역기 들기'], cartwheeling: ['cartwheeling', '옆돌기'], meditating: ['meditating', '명상'],
  dancing: ['dancing', '춤추기'], juggling: ['juggling', '저글링'], golfing: ['golfing', '골프 치기'],
  climbing: ['climbing', '등반'], kneeling: ['kneeling', '무릎 꿇기'], using_computer: ['using a computer', '컴퓨터 하기'],
  cooking: ['cooking', '요리하기'], riding_horse: ['riding a horse', '말 타기'], walking_dog: ['walking a dog', '개 산책'],
  playing_frisbee: ['playing frisbee', '원반 던지기'], cutting_cake: ['cutting a cake', '케이크 자르기'],
  riding_motorcycle: ['riding a motorcycle', '오토바이 타기'],
};

export interface PlanCatalogFile {
  version: 1;
  settings: { id: string; en: string; ko: string; kinds: string[]; actions: string[] }[];
  times: { id: string; en: string; ko: string }[];
  kinds: { id: string; en: string; ko: string; category: string; actor: boolean; maxCount: number }[];
  actions: { id: string; en: string; ko: string }[];
}

export function planCatalogFile(): PlanCatalogFile {
  const settingName = new Map(settingNames().map((s) => [s.id, s]));
  const kindName = new Map(objectNames().map((o) => [o.id, o]));
  return {
    version: 1,
    settings: SETTINGS.map((s) => ({
      id: s.id, en: settingName.get(s.id)!.en, ko: settingName.get(s.id)!.ko, kinds: [...s.kinds], actions: [...s.actions],
    })),
    times: [
      { id: 'day', en: 'day', ko: '낮' }, { id: 'sunset', en: 'sunset', ko: '해 질 녘' }, { id: 'night', en: 'night', ko: '밤' },
    ],
    kinds: OBJECTS.map((o) => ({
      id: o.id, en: kindName.get(o.id)!.en, ko: kindName.get(o.id)!.ko, category: o.category, actor: o.actor === true,
      maxCount: o.maxCount,
    })),
    actions: ACTIONS.map((a) => {
      const label = ACTION_LABELS[a.id];
      if (!label) throw new Error(`catalog-file: no label for action "${a.id}"`);
      return { id: a.id, en: label[0], ko: label[1] };
    }),
  };
}
