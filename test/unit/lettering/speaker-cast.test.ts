// A speaker's name finds its cast member whatever its case, width or spacing; none or two of that name find nobody.
import { describe, expect, it } from 'vitest';
import { speakerCast } from '../../../src/features/lettering/shared/speaker-cast';

const CAST = [
  { id: 'c1', kind: 'woman', name: '민지' },
  { id: 'c2', kind: 'dog', name: 'Coco' },
  { id: 'c3', kind: 'man' },
  { id: 'c4', kind: 'boy', name: 'Leo' },
  { id: 'c5', kind: 'man', name: 'Leo' },
];

describe('speakerCast', () => {
  it('links a speaker to the cast member of that name', () => {
    expect(speakerCast('민지', CAST)?.id).toBe('c1');
    expect(speakerCast(' COCO ', CAST)?.id).toBe('c2');
    expect(speakerCast('Ｃｏｃｏ', CAST)?.id).toBe('c2');
  });

  it('links nobody for an unknown, empty, missing or ambiguous name', () => {
    expect(speakerCast('Mina', CAST)).toBeUndefined();
    expect(speakerCast('', CAST)).toBeUndefined();
    expect(speakerCast(undefined, CAST)).toBeUndefined();
    expect(speakerCast('Leo', CAST)).toBeUndefined();
    expect(speakerCast('민지', [])).toBeUndefined();
  });
});
