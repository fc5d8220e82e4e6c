// Extra everyday nouns for catalogue kinds (beyond language/nouns-objects.ts), and the words for people
// (dad, 아저씨, nurse, 대학생 …) mapped to the kind the planner draws.

/** Extra nouns per kind; English given as "singular/plural" when the plural is irregular. */
export const EXTRA_KIND_WORDS: Record<string, { en: string[]; ko: string[] }> = {
  dog: { en: ['pup', 'doggy', 'pooch', 'retriever'], ko: ['멍멍이', '개', '진돗개'] },
  cat: { en: ['kitten', 'tabby'], ko: ['고양이', '아기 고양이', '냥이'] },
  horse: { en: ['pony', 'stallion'], ko: ['조랑말', '망아지'] },
  cow: { en: ['calf/calves'], ko: ['송아지', '황소'] },
  pig: { en: ['piglet'], ko: ['아기 돼지'] },
  sheep: { en: ['lamb'], ko: ['새끼 양', '어린 양'] },
  chicken: { en: ['rooster'], ko: ['닭'] },
  bird: { en: ['sparrow', 'songbird'], ko: ['참새', '새', '작은 새'] },
  pigeon: { en: ['dove'], ko: ['집비둘기'] },
  rabbit: { en: ['bunny rabbit'], ko: ['토끼', '산토끼'] },
  bear: { en: ['grizzly/grizzlies'], ko: ['불곰', '반달곰'] },
  deer: { en: ['fawn'], ko: ['꽃사슴', '아기 사슴'] },
  duck: { en: ['duckling'], ko: ['오리', '청둥오리'] },
  fish: { en: ['goldfish/goldfish'], ko: ['물고기', '금붕어'] },
  turtle: { en: ['tortoise'], ko: ['자라'] },
  butterfly: { en: ['monarch butterfly'], ko: ['호랑나비'] },
  car: { en: ['sedan', 'hatchback'], ko: ['자동차', '승합차'] },
  taxi: { en: ['yellow cab'], ko: ['택시'] },
  police_car: { en: ['squad car', 'patrol car'], ko: ['순찰차'] },
  truck: { en: ['lorry/lorries'], ko: ['화물차'] },
  bus: { en: ['coach', 'school bus'], ko: ['버스', '시내버스', '마을버스'] },
  ambulance: { en: ['emergency van'], ko: ['응급차'] },
  motorcycle: { en: ['dirt bike'], ko: ['바이크'] },
  bicycle: { en: ['push bike'], ko: ['자전거', '두발자전거'] },
  kick_scooter: { en: ['scooter board'], ko: ['킥보드'] },
  scooter: { en: ['vespa'], ko: ['스쿠터'] },
  train: { en: ['commuter train', 'express train'], ko: ['기차', 'KTX'] },
  canoe: { en: ['kayak', 'rowboat'], ko: ['카약', '나룻배'] },
  speedboat: { en: ['motor launch'], ko: ['보트'] },
  airplane: { en: ['airliner'], ko: ['여객기'] },
  helicopter: { en: ['chopper'], ko: ['헬리콥터'] },
  pizza: { en: ['pizza'], ko: ['피자 조각'] },
  hamburger: { en: ['cheeseburger'], ko: ['치즈버거'] },
  donut: { en: ['glazed donut'], ko: ['도너츠'] },
  orange: { en: ['mandarin'], ko: ['귤'] },
  coffee: { en: ['latte', 'cappuccino', 'espresso'], ko: ['라떼', '아메리카노', '커피 한 잔'] },
  tea: { en: ['mug of tea'], ko: ['홍차'] },
  beer: { en: ['pint of beer'], ko: ['생맥주'] },
  wine_glass: { en: ['glass of red wine'], ko: ['포도주', '와인 잔'] },
  bread: { en: ['baguette'], ko: ['빵', '바게트'] },
  ice_cream: { en: ['ice cream cone'], ko: ['아이스크림', '아이스크림콘'] },
  teapot: { en: ['kettle'], ko: ['찻주전자', '주전자'] },
  pot: { en: ['saucepan'], ko: ['국 냄비'] },
  frying_pan: { en: ['skillet'], ko: ['후라이팬'] },
  plate: { en: ['dish/dishes'], ko: ['앞접시'] },
  bottle: { en: ['water bottle'], ko: ['물병'] },
  phone: { en: ['mobile phone'], ko: ['핸드폰'] },
  television: { en: ['telly', 'TV set'], ko: ['텔레비전'] },
  laptop: { en: ['notebook computer'], ko: ['노트북'] },
  computer: { en: ['PC', 'desktop'], ko: ['데스크톱'] },
  camera: { en: ['digital camera'], ko: ['사진기'] },
  clock: { en: ['wall clock'], ko: ['벽시계'] },
  armchair: { en: ['recliner'], ko: ['흔들의자'] },
  picture: { en: ['photo frame'], ko: ['사진 액자'] },
  wastebasket: { en: ['bin', 'garbage can'], ko: ['쓰레기통'] },
  luggage: { en: ['carry-on'], ko: ['트렁크'] },
  toilet_paper: { en: ['tissue roll'], ko: ['휴지'] },
  soccer_ball: { en: ['football ball'], ko: ['축구공'] },
  trophy: { en: ['gold cup'], ko: ['우승컵'] },
  sled: { en: ['toboggan'], ko: ['눈썰매'] },
  tree: { en: ['oak tree', 'maple tree'], ko: ['나무', '느티나무', '단풍나무'] },
  pine_tree: { en: ['fir tree'], ko: ['소나무'] },
  flower: { en: ['daisy/daisies'], ko: ['들꽃', '튤립'] },
  rock: { en: ['stone'], ko: ['바위', '돌'] },
  house: { en: ['cottage'], ko: ['오두막집'] },
  balloon: { en: ['party balloon'], ko: ['풍선'] },
};

export interface PersonWord { en: string; enPlural: string; /** said without an article ("Dad"). */ bare?: boolean }
export interface PeopleWords { en: PersonWord[]; ko: string[] }

const pw = (spec: string): PersonWord => {
  const bare = spec.startsWith('!');
  const [en, enPlural] = (bare ? spec.slice(1) : spec).split('/');
  return { en, enPlural: enPlural ?? `${en}s`, bare };
};
const people = (en: string, ko: string): PeopleWords => ({ en: en.split('|').map(pw), ko: ko.split('|') });

/** Words for each person kind; kid/friend/아이/친구 are "person" (the text does not say more). */
export const PEOPLE_WORDS: Record<string, PeopleWords> = {
  person: people('person/people|kid|child/children|friend|stranger|passerby/passersby', '사람|아이|친구|행인'),
  man: people('man/men|guy|young man/young men|!dad/dads|gentleman/gentlemen', '남자|아저씨|청년|아빠|남성'),
  woman: people('woman/women|lady/ladies|young woman/young women|!mom/moms', '여자|아주머니|아가씨|엄마|여성'),
  boy: people('boy|little boy|schoolboy', '소년|남자아이|사내아이'),
  girl: people('girl|little girl|schoolgirl', '소녀|여자아이|여자애'),
  old_man: people('old man/old men|!grandpa/grandpas|elderly man/elderly men', '할아버지|노인'),
  old_woman: people('old woman/old women|!grandma/grandmas|elderly lady/elderly ladies', '할머니|노부인'),
  baby: people('baby/babies|toddler', '아기|갓난아기'),
  doctor: people('doctor|nurse', '의사|간호사'),
  student: people('student|college student', '학생|대학생'),
  artist: people('painter|artist', '화가'),
  singer: people('singer', '가수'),
  police_officer: people('police officer|cop', '경찰관|경찰'),
  barista: people('barista', '바리스타'),
};

/** Gender a kind word tells (for his/her); null when it does not say. */
export const KIND_GENDER: Record<string, 'm' | 'f' | null> = {
  man: 'm', boy: 'm', old_man: 'm', woman: 'f', girl: 'f', old_woman: 'f',
};
