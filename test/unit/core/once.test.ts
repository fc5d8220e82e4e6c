import { describe, expect, it } from 'vitest';
import { Once, OncePerKey } from '../../../src/core/once';

describe('Once', () => {
  it('makes one promise for every caller, and tries again after a failure', async () => {
    let calls = 0;
    const once = new Once(async () => {
      calls += 1;
      if (calls === 1) throw new Error('first fails');
      return calls;
    });
    await expect(once.get()).rejects.toThrow('first fails');
    const [a, b] = await Promise.all([once.get(), once.get()]);
    expect([a, b, calls]).toEqual([2, 2, 2]);
    expect(await once.take()).toBe(2);
    expect(await once.get()).toBe(3);
  });

  it('keeps one per key', async () => {
    const made: string[] = [];
    const perKey = new OncePerKey(async (key: string) => (made.push(key), key.length));
    expect(await Promise.all([perKey.get('ab'), perKey.get('ab'), perKey.get('abc')])).toEqual([2, 2, 3]);
    expect(made).toEqual(['ab', 'abc']);
  });
});
