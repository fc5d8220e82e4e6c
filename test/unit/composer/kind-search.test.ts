import { describe, expect, it } from 'vitest';
import { searchKinds } from '../../../src/features/composer/elements/kind-search';
import { depthPreview } from '../../../src/features/composer/shared/depth-preview';

const kinds = [
  { id: 'hot_dog', en: 'hot dog', ko: '핫도그' },
  { id: 'dog', en: 'dog', ko: '개' },
  { id: 'police_car', en: 'police car', ko: '경찰차' },
  { id: 'car', en: 'car', ko: '자동차' },
];

describe('catalogue search', () => {
  it('matches English and Korean names, whole names first', () => {
    expect(searchKinds(kinds, 'dog').map((k) => k.id)).toEqual(['dog', 'hot_dog']);
    expect(searchKinds(kinds, ' DOG ').map((k) => k.id)).toEqual(['dog', 'hot_dog']);
    expect(searchKinds(kinds, '개').map((k) => k.id)).toEqual(['dog']);
    expect(searchKinds(kinds, '차').map((k) => k.id)).toEqual(['police_car', 'car']);
    expect(searchKinds(kinds, 'policecar').map((k) => k.id)).toEqual(['police_car']);
    expect(searchKinds(kinds, '')).toEqual([]);
    expect(searchKinds(kinds, 'unicorn')).toEqual([]);
    expect(searchKinds(kinds, 'c', 1)).toHaveLength(1);
  });

  it('draws depth as grey', () => {
    const img = depthPreview({ width: 2, height: 1, data: new Uint8ClampedArray([0, 200]) });
    expect([...img.data]).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
  });
});
