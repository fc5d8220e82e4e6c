// Written numbers by rule: digits, English words, native Korean numerals alone or glued to a counter.
import { describe, expect, it } from 'vitest';
import { firstNumber, wordNumber } from '../../../src/features/plans/shared/written-number';

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
