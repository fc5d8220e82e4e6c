import { describe, expect, it } from 'vitest';
import {
  countOfNoun, endsInRieul, finalConsonantIndex, hasFinalConsonant, nativeNumeral, nativeNumeralAttributive, nounCount,
  particleFor, withParticle,
} from './korean.js';
import { infinitive, pastModifier, plainPresent, presentModifier, progressive, resultative } from './korean-verbs.js';

describe('final consonants (받침)', () => {
  it('reads Hangul syllables by U+AC00 arithmetic', () => {
    expect(hasFinalConsonant('사과')).toBe(false);
    expect(hasFinalConsonant('책')).toBe(true);
    expect(endsInRieul('물')).toBe(true);
    expect(endsInRieul('집')).toBe(false);
    expect(finalConsonantIndex('가')).toBe(0);
    expect(finalConsonantIndex('각')).toBe(1);
  });
  it('reads digits and Latin letters as they are pronounced, ignoring trailing punctuation', () => {
    expect(hasFinalConsonant('3')).toBe(true); // 삼
    expect(hasFinalConsonant('2')).toBe(false); // 이
    expect(endsInRieul('1')).toBe(true); // 일
    expect(hasFinalConsonant('TV')).toBe(false); // 티비
    expect(endsInRieul('URL')).toBe(true); // 엘
    expect(hasFinalConsonant('PC.')).toBe(false);
    expect(() => finalConsonantIndex('...')).toThrow(/no pronounceable/);
  });
});

describe('particles', () => {
  const table: [string, Parameters<typeof particleFor>[1], string][] = [
    ['사과', '를', '를'], ['책', '를', '을'], ['물', '로', '로'], ['집', '로', '으로'], ['개', '가', '가'],
    ['곰', '가', '이'], ['자동차', '는', '는'], ['말', '는', '은'], ['고양이', '와', '와'], ['책상', '와', '과'],
    ['연필', '로', '로'], ['학교', '로', '로'], ['산', '랑', '이랑'], ['나무', '랑', '랑'], ['민수', '야', '야'],
    ['지민', '야', '아'], ['버스', '가', '가'], ['기차역', '는', '은'], ['TV', '가', '가'], ['3', '를', '을'],
    ['7', '로', '로'], ['6', '로', '으로'], ['커피', '나', '나'], ['물', '나', '이나'],
  ];
  it.each(table)('%s + %s → %s', (word, particle, expected) => {
    expect(particleFor(word, particle)).toBe(expected);
  });
  it('attaches to the last word of a phrase', () => {
    expect(withParticle('개 두 마리', '가')).toBe('개 두 마리가');
    expect(withParticle('나무 세 그루', '와')).toBe('나무 세 그루와');
    expect(withParticle('자동차 한 대', '를')).toBe('자동차 한 대를');
  });
});

describe('native numerals and counters', () => {
  it('uses attributive forms before counters', () => {
    expect([1, 2, 3, 4, 5, 10, 11, 20, 21, 34].map(nativeNumeralAttributive))
      .toEqual(['한', '두', '세', '네', '다섯', '열', '열한', '스무', '스물한', '서른네']);
    expect([1, 2, 20].map(nativeNumeral)).toEqual(['하나', '둘', '스물']);
    expect(() => nativeNumeralAttributive(0)).toThrow(RangeError);
    expect(() => nativeNumeralAttributive(2.5)).toThrow(RangeError);
  });
  it('builds counted noun phrases', () => {
    expect(nounCount('개', 2, '마리')).toBe('개 두 마리');
    expect(nounCount('자동차', 1, '대')).toBe('자동차 한 대');
    expect(nounCount('남자', 3, '명')).toBe('남자 세 명');
    expect(nounCount('사과', 4, '개')).toBe('사과 네 개');
    expect(countOfNoun('고양이', 2, '마리')).toBe('두 마리의 고양이');
  });
});

describe('verb conjugation', () => {
  it('forms the present modifier (-는), with ㄹ dropping', () => {
    expect(presentModifier('스키를 타다')).toBe('스키를 타는');
    expect(presentModifier('케이크를 먹다')).toBe('케이크를 먹는');
    expect(presentModifier('날다')).toBe('나는');
    expect(presentModifier('역기를 들다')).toBe('역기를 드는');
  });
  it('forms plain present and progressive', () => {
    expect(plainPresent('자전거를 타다')).toBe('자전거를 탄다');
    expect(plainPresent('걷다')).toBe('걷는다');
    expect(plainPresent('놀다')).toBe('논다');
    expect(plainPresent('요리하다')).toBe('요리한다');
    expect(progressive('컴퓨터를 사용하다')).toBe('컴퓨터를 사용하고 있다');
  });
  it('forms -아/어 and resultative states', () => {
    expect(infinitive('앉다')).toBe('앉아');
    expect(infinitive('먹다')).toBe('먹어');
    expect(infinitive('보다')).toBe('봐');
    expect(infinitive('주다')).toBe('줘');
    expect(infinitive('하다')).toBe('해');
    expect(infinitive('피다')).toBe('피어');
    expect(resultative('서다')).toBe('서 있다');
    expect(resultative('놓이다')).toBe('놓여 있다');
    expect(resultative('벽에 걸리다')).toBe('벽에 걸려 있다');
    expect(resultative('주차되다')).toBe('주차되어 있다');
    expect(resultative('뜨다')).toBe('떠 있다');
    expect(pastModifier('놓이다')).toBe('놓인');
    expect(pastModifier('놓다')).toBe('놓은');
  });
  it('rejects what is not a dictionary-form verb', () => {
    expect(() => progressive('사과')).toThrow(/dictionary-form/);
  });
});
