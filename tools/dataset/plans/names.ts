// Personal names: English given names of both genders, and Korean given names made from common syllables.
import { objectNouns } from '../language/lexicon.js';
import { PEOPLE_WORDS, EXTRA_KIND_WORDS } from './synonyms.js';

export interface PersonName { name: string; gender: 'm' | 'f' | null }

const EN_F = 'Mina Emma Olivia Ava Sophie Mia Lily Chloe Zoe Ella Hannah Nora Lucy Alice Clara Maya Isla Kate Sara Amy Leah Jenny Nina Tara Eva Megan Paige Rachel Sofia Anna Beth Dana Priya Aisha Julia Laura Erin Fiona Naomi Yuna';
const EN_M = 'Leo Jack Ben Noah Liam Ethan Owen Lucas Adam Tom Finn Ryan Jake Luke Henry Oscar Theo Eli Dan Paul Omar Raj Kevin Chris Nick Joe Harry Jamie Carlos Marco Hugo Isaac Felix Milo Sean Victor Daniel Simon Peter Kai';
// Korean given names rarely mark gender clearly; these syllables lean one way, the rest count as either.
const KO_FIRST = '서 지 민 하 수 예 도 현 준 유 시 채 은 다 윤 태 승 나 소 연 재 주 우 건 세 아 보 혜 영 규 동 성 진 희 정'.split(' ');
const KO_SECOND = '연 우 준 민 아 윤 진 호 은 서 원 희 빈 율 현 린 혁 주 나 온 결 훈 경 미 정 람 솔 하 영 수'.split(' ');
const KO_F_END = new Set(['아', '은', '희', '린', '나', '미', '연', '솔', '람']);
const KO_M_END = new Set(['준', '호', '혁', '훈', '결', '건', '우', '수']);
// Pairs that are everyday words (수영 = swimming, 가수, 나무 …) would confuse the tagger.
const KO_BLOCK = new Set(['수영', '우유', '주연', '소원', '재수', '지도', '도서', '성진', '시진', '주민', '은하', '나우', '다영',
  '정원', '동원', '세수', '수정', '영수', '성희', '시정', '하진', '진정', '하하', '나나', '주주', '소주', '우주', '현정',
  '민정', '동정', '지주', '영정', '수훈', '시민', '도민', '재정', '하주', '성결', '동경', '주정', '진지', '우승', '우정', '은혜', '정결', '진수', '태양', '현수', '유연', '은연', '정연', '도수', '시우', '하나', '성현', '아연', '규정', '시은',
  '세정', '지원', '정우', '보호', '영호', '소영', '수연']);

const en = (list: string, gender: 'm' | 'f'): PersonName[] => list.split(' ').map((name) => ({ name, gender }));

export const EN_NAMES: readonly PersonName[] = [...en(EN_F, 'f'), ...en(EN_M, 'm')];

function koreanNames(): PersonName[] {
  const words = new Set<string>();
  for (const n of objectNouns()) n.ko.forEach((w) => words.add(w));
  for (const p of Object.values(PEOPLE_WORDS)) p.ko.forEach((w) => words.add(w));
  for (const p of Object.values(EXTRA_KIND_WORDS)) p.ko.forEach((w) => words.add(w));
  const out: PersonName[] = [];
  for (const a of KO_FIRST) {
    for (const b of KO_SECOND) {
      const name = a + b;
      if (a === b || KO_BLOCK.has(name) || words.has(name)) continue;
      out.push({ name, gender: KO_F_END.has(b) ? 'f' : KO_M_END.has(b) ? 'm' : null });
    }
  }
  return out;
}

export const KO_NAMES: readonly PersonName[] = koreanNames();
