import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { castKinds, catalogName, parsePlanCatalog, PlanCatalogError } from '../../../src/features/plans/shared/plan-catalog';

const raw = () => JSON.parse(readFileSync('public/models/toon-mini/scene_planner/catalog.json', 'utf8'));

describe('parsePlanCatalog', () => {
  it('reads the shipped catalog.json', () => {
    const catalog = parsePlanCatalog(raw());
    expect(catalog.settings.map((s) => s.id)).toContain('park');
    expect(catalog.times.map((s) => s.id)).toEqual(['day', 'sunset', 'night']);
    expect(catalogName(catalog.settings, 'kitchen', 'ko')).toBe('부엌');
    expect(catalogName(catalog.settings, 'kitchen', 'en')).toBe('kitchen');
    expect(catalogName(catalog.kinds, 'no_such_thing', 'en')).toBe('no such thing');
    expect(castKinds(catalog).every((k) => k.category === 'person' || k.category === 'animal')).toBe(true);
    expect(castKinds(catalog).map((k) => k.id)).toContain('dog');
  });

  const cases: [string, (c: any) => unknown, RegExp][] = [
    ['a non-object', () => [], /\(root\) must be an object/],
    ['another version', (c) => ({ ...c, version: 2 }), /version must be 1/],
    ['no settings', (c) => ({ ...c, settings: undefined }), /settings must be an array/],
    ['a setting without Korean', (c) => { c.settings[3].ko = ''; return c; }, /settings\[3\]\.ko must be a non-empty string/],
    ['a bad kinds list', (c) => { c.settings[0].kinds = ['cat', 7]; return c; }, /settings\[0\]\.kinds\[1\]/],
    ['a repeated id', (c) => { c.times[2].id = 'day'; return c; }, /times\[2\]\.id repeats "day"/],
    ['a kind without category', (c) => { delete c.kinds[5].category; return c; }, /kinds\[5\]\.category/],
    ['a kind with a string actor', (c) => { c.kinds[0].actor = 'yes'; return c; }, /kinds\[0\]\.actor must be true or false/],
    ['a zero maxCount', (c) => { c.kinds[1].maxCount = 0; return c; }, /kinds\[1\]\.maxCount/],
    ['an action that is a string', (c) => { c.actions[4] = 'dancing'; return c; }, /actions\[4\] must be an object/],
  ];
  it.each(cases)('names the field for %s', (_name, spoil, message) => {
    expect(() => parsePlanCatalog(spoil(raw()))).toThrow(message);
    expect(() => parsePlanCatalog(spoil(raw()))).toThrow(PlanCatalogError);
  });
});
