// Written numbers by rule: digits, English words, native Korean numerals alone or glued to a counter.
import { describe, expect, it } from 'vitest';
import { counterWord, firstCount, firstNumber, isNumberWord, onlyQuantity, wordNumber } from '../../../src/features/plans/shared/written-number';

describe('wordNumber', () => {
  it('reads digits, with a counter glued on too', () => {
    expect(wordNumber('12')).toBe(12);
    expect(wordNumber('2마리가')).toBe(2);
    expect(wordNumber('3잔')).toBe(3);
    expect(wordNumber('3층')).toBeNull(); // a floor, not a count
  });
  it('reads English and Korean number words', () => {
    expect(wordNumber('Seven')).toBe(7);
    expect(wordNumber('dozen')).toBe(12);
    expect(wordNumber('열두')).toBe(12);
    expect(wordNumber('열')).toBe(10);
    expect(wordNumber('두마리')).toBe(2);
  });
  it('does not read words that only start like a numeral', () => {
    expect(wordNumber('세상')).toBeNull();
    expect(wordNumber('두부')).toBeNull();
    expect(wordNumber('a')).toBeNull();
    expect(wordNumber('')).toBeNull();
  });
  it('firstNumber takes the first number in order', () => {
    expect(firstNumber(['열', '마리가'])).toBe(10);
    expect(firstNumber(['feeds', 'four'])).toBe(4);
    expect(firstNumber([])).toBeNull();
  });
});

describe('counts beyond one word', () => {
  const words = (s: string) => s.split(' ');
  it('reads English numbers to 99 and quantity words', () => {
    expect(wordNumber('Thirty')).toBe(30);
    expect(wordNumber('twenty-five')).toBe(25);
    expect(wordNumber('sixteen')).toBe(16);
    expect(wordNumber('both')).toBe(2);
    expect(wordNumber('hundred')).toBe(100);
  });
  it('reads English phrases: half a dozen, a couple of, a pair of; a range or a vague amount is null', () => {
    expect(firstCount(words('Half a dozen ducks'))).toBe(6);
    expect(firstCount(words('a couple of pigeons'))).toBe(2);
    expect(firstCount(words('A pair of cats'))).toBe(2);
    expect(firstCount(words('two or three dogs'))).toBeNull();
    expect(firstCount(words('several ducks'))).toBeNull();
    expect(firstCount(words('a few birds'))).toBeNull();
    expect(firstCount(words('the dog'))).toBeUndefined();
  });
  it('reads Korean native compounds, standalone numerals with particles, Sino tens before a counter and 쌍', () => {
    expect(wordNumber('스물다섯')).toBe(25);
    expect(wordNumber('서른')).toBe(30);
    expect(wordNumber('셋이')).toBe(3);
    expect(wordNumber('둘이서')).toBe(2);
    expect(wordNumber('넷은')).toBe(4);
    expect(wordNumber('세상')).toBeNull();
    expect(wordNumber('열심히')).toBeNull();
    expect(firstCount(['이십', '개가'])).toBe(20);
    expect(firstCount(['이', '개가'])).toBeUndefined(); // "this dog", not two
    expect(firstCount(['한', '쌍이'])).toBe(2);
    expect(wordNumber('2쌍')).toBe(4);
    expect(firstCount(['두세', '명이'])).toBeNull();
    expect(firstCount(['여러', '마리의'])).toBeNull();
  });
  it('tells a quantity-only span from a thing, and a counter word from a noun', () => {
    expect(onlyQuantity(['Ten'])).toBe(true);
    expect(onlyQuantity(['a', 'pair', 'of'])).toBe(true);
    expect(onlyQuantity(['이십'])).toBe(true);
    expect(onlyQuantity(['Two', 'old', 'trucks'])).toBe(false);
    expect(onlyQuantity(['the'])).toBe(false);
    // nouns, not counts: a couple (two people) walking, the twins
    expect(onlyQuantity(['A', 'couple'])).toBe(false);
    expect(onlyQuantity(['The', 'twins'])).toBe(false);
    expect(firstCount(['a', 'couple', 'walks'])).toBeUndefined();
    expect(counterWord('마리가')).toBe(true);
    expect(counterWord('대와')).toBe(true);
    expect(counterWord('대학')).toBe(false);
    expect(isNumberWord('이십')).toBe(true);
    expect(isNumberWord('이')).toBe(false);
  });
});
