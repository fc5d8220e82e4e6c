import { describe, expect, it } from 'vitest';
import { countedNoun, indefiniteArticle, ingForm, pluralize, sentence, thirdPerson } from './english.js';

describe('English morphology', () => {
  it('pluralises heads, irregulars and "X of Y" phrases', () => {
    expect(['dog', 'bus', 'man', 'person', 'sheep', 'knife', 'butterfly', 'snowman', 'cup of coffee', 'pair of skis', 'TV', 'fox', 'police officer'].map(pluralize))
      .toEqual(['dogs', 'buses', 'men', 'people', 'sheep', 'knives', 'butterflies', 'snowmen', 'cups of coffee', 'pairs of skis', 'TVs', 'foxes', 'police officers']);
  });
  it('chooses a/an by sound', () => {
    expect(['apple', 'umbrella', 'hour', 'unicorn', 'one', 'dog', 'elderly man', 'uniform'].map(indefiniteArticle))
      .toEqual(['an', 'an', 'an', 'a', 'a', 'a', 'an', 'a']);
  });
  it('counts nouns', () => {
    expect(countedNoun(1, 'elephant')).toBe('an elephant');
    expect(countedNoun(3, 'sheep')).toBe('three sheep');
    expect(countedNoun(2, 'slice of pizza')).toBe('two slices of pizza');
  });
  it('inflects verbs', () => {
    expect(['ride', 'sit', 'run', 'swim', 'ski', 'lie', 'cook', 'visit', 'see', 'juggle'].map(ingForm))
      .toEqual(['riding', 'sitting', 'running', 'swimming', 'skiing', 'lying', 'cooking', 'visiting', 'seeing', 'juggling']);
    expect(['ride', 'watch', 'fly', 'go', 'play', 'be'].map(thirdPerson)).toEqual(['rides', 'watches', 'flies', 'goes', 'plays', 'is']);
  });
  it('finishes sentences', () => {
    expect(sentence(' a  dog on a beach')).toBe('A dog on a beach.');
    expect(sentence('Is it?')).toBe('Is it?');
  });
});
