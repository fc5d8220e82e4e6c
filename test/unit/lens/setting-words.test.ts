import { describe, expect, it } from 'vitest';
import { settingName, settingPrompt } from '../../../src/features/lens/shared/setting-words';
import { readAppDefaults } from '../../../tools/lib/app-defaults-file';

const defaults = readAppDefaults();

const names = { kitchen: { en: 'kitchen', ko: '부엌' }, city_street: { en: 'city street', ko: '거리' } };

describe('zero-shot label words', () => {
  it("use the gallery's name in the asked language", () => {
    expect(settingName('city_street', 'en', names)).toBe('city street');
    expect(settingName('city_street', 'ko', names)).toBe('거리');
  });
  it('build the eval prompts in either language, and fall back to the id in words', () => {
    expect(settingPrompt('kitchen', 'en', names, defaults)).toBe('the kitchen');
    expect(settingPrompt('kitchen', 'ko', names, defaults)).toBe('부엌에서');
    expect(settingName('moon_base', 'en', names)).toBe('moon base');
    expect(settingPrompt('moon_base', 'ko', {}, defaults)).toBe('moon base에서');
  });
});
