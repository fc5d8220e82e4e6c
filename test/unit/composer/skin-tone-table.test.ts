// The generated skin-tone table matches openmoji.json for every sprite base the scene code draws (regenerate with
// npm run composer:sprites when the catalogue or the looks change), and tones resolve through it.
import { describe, expect, it } from 'vitest';
import { SKIN_TONE_VARIANTS } from '../../../src/features/composer/shared/scene/skin-tone-table';
import { withSkinTone } from '../../../src/features/composer/shared/scene/tones';
import { toneTable } from '../../../tools/composer/skin-tone-table';

describe('skin tone table', () => {
  it('is up to date with openmoji.json and the catalogue', () => {
    expect(SKIN_TONE_VARIANTS).toEqual(toneTable());
  });

  it('resolves tones and keeps sprites without variants', () => {
    expect(withSkinTone('1F3C3', 1)).toBe('1F3C3-1F3FB');
    expect(withSkinTone('1F3C3', 0)).toBe('1F3C3');
    expect(withSkinTone('1F415', 3)).toBe('1F415'); // a dog has no skin tones
  });
});
