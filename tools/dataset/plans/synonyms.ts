// Extra everyday nouns for catalogue kinds (beyond language/nouns-objects.ts), and the words for people
// (dad, 아저씨, nurse, 대학생 …) mapped to the kind the planner draws.

/** Extra nouns per kind; English given as "singular/plural" when the plural is irregular. */
export const EXTRA_KIND_WORDS: Record<string, { en: string[]; ko: string[] }> = {
  dog: { en: ['pup', 'doggy', 'pooch'], ko: ['멍멍이', '개'] },
  cat: { en: ['kitten'], ko: ['고양이', '아기 고양이', '냥이'] },
  horse: { en: ['pony'], ko: ['조랑말'] },
  bird: { en: ['sparrow'], ko: ['참새', '새'] },
  rabbit: { en: ['bunny rabbit'], ko: ['토끼'] },
  duck: { en: ['duckling'], ko: ['오리'] },
  fish: { en: ['goldfish/goldfish'], ko: ['물고기'] },
  car: { en: ['sedan'], ko: ['자동차'] },
  bicycle: { en: ['push bike'], ko: ['자전거'] },
  phone: { en: ['mobile phone'], ko: ['핸드폰'] },
  television: { en: ['telly'], ko: ['텔레비전'] },
  laptop: { en: ['notebook computer'], ko: ['노트북'] },
  bus: { en: ['coach'], ko: ['버스'] },
  train: { en: ['commuter train'], ko: ['기차'] },
  coffee: { en: ['latte', 'cappuccino'], ko: ['라떼', '아메리카노'] },
  bread: { en: ['baguette'], ko: ['빵'] },
  tree: { en: ['oak tree', 'maple tree'], ko: ['나무', '느티나무'] },
  flower: { en: ['daisy/daisies'], ko: ['들꽃'] },
  rock: { en: ['stone'], ko: ['바위', '돌'] },
  wastebasket: { en: ['bin', 'garbage can'], ko: ['쓰레기통'] },
  luggage: { en: ['carry-on'], ko: ['트렁크'] },
  kick_scooter: { en: ['scooter board'], ko: ['킥보드'] },
  scooter: { en: ['vespa'], ko: ['스쿠터'] },
  ice_cream: { en: ['ice cream cone'], ko: ['아이스크림'] },
  soccer_ball: { en: ['football ball'], ko: ['축구공'] },
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
