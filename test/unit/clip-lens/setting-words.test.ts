import { describe, expect, it } from 'vitest';
import { settingName, settingPrompt } from '../../../src/components/clip-lens/setting-words';
import { settingNames } from '../../../tools/dataset/language/lexicon';

describe('zero-shot label words', () => {
  it('name every dataset setting as dataset.json does', () => {
    for (const s of settingNames()) {
      expect(settingName(s.id, 'en')).toBe(s.en);
      expect(settingName(s.id, 'ko')).toBe(s.ko);
    }
  });
  it('build the eval prompts in either language, and fall back to the id in words', () => {
    expect(settingPrompt('kitchen', 'en')).toBe('the kitchen');
    expect(settingPrompt('kitchen', 'ko')).toBe('부엌에서');
    expect(settingName('moon_base', 'en')).toBe('moon base');
  });
});
