import { describe, expect, it } from 'vitest';
import { backUpDraft, clearDraftBackup, newerBackup, readDraftBackup } from '../../../src/store/draft-backup';

function memoryStorage(opts: { full?: boolean } = {}) {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (opts.full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('draft backup (the text a reload would otherwise lose)', () => {
  it('round-trips the text with its time, and clears', () => {
    const s = memoryStorage();
    backUpDraft('민지가 뛴다.\nA cat.', s, 1000);
    expect(readDraftBackup(s)).toEqual({ text: '민지가 뛴다.\nA cat.', at: 1000 });
    clearDraftBackup(s);
    expect(readDraftBackup(s)).toBeUndefined();
  });

  it('keeps the scene-plan fixes with the text, and drops damaged ones', () => {
    const s = memoryStorage();
    const planEdits = { lines: { 'A cat.': { time: 'night' } }, cast: {} };
    backUpDraft('A cat.', s, 5, planEdits);
    expect(readDraftBackup(s)).toEqual({ text: 'A cat.', at: 5, planEdits });
    s.map.set('toonsmith.unsavedDraft', JSON.stringify({ text: 'x', at: 1, planEdits: 'junk' }));
    expect(readDraftBackup(s)).toEqual({ text: 'x', at: 1 });
  });

  it('keeps the page with the text, and drops a damaged one', () => {
    const s = memoryStorage();
    const page = { width: 800, background: '#000000', panels: [{ scene: 'A cat.', shape: 'square', gutterBefore: 120, balloons: [] }] };
    backUpDraft('A cat.', s, 6, undefined, page);
    expect(readDraftBackup(s)).toEqual({ text: 'A cat.', at: 6, page });
    s.map.set('toonsmith.unsavedDraft', JSON.stringify({ text: 'y', at: 2, page: { width: '800', background: '#fff', panels: [] } }));
    expect(readDraftBackup(s)).toEqual({ text: 'y', at: 2 });
    s.map.set('toonsmith.unsavedDraft', JSON.stringify({ text: 'z', at: 3, page: { width: 800, background: '#fff', panels: 'x' } }));
    expect(readDraftBackup(s)).toEqual({ text: 'z', at: 3 });
  });

  it('keeps the cast looks and edited layouts with the text, and drops damaged ones', () => {
    const s = memoryStorage();
    const composer = { looks: { c1: { variant: 1, tone: 2, accent: '#123456', size: 1 } }, layouts: { 'A cat.': { width: 800 } } };
    backUpDraft('A cat.', s, 7, undefined, undefined, composer);
    expect(readDraftBackup(s)).toEqual({ text: 'A cat.', at: 7, composer });
    s.map.set('toonsmith.unsavedDraft', JSON.stringify({ text: 'w', at: 4, composer: { looks: null, layouts: {} } }));
    expect(readDraftBackup(s)).toEqual({ text: 'w', at: 4 });
  });

  it('wins only over an older stored draft', () => {
    const backup = { text: 'new', at: 2000 };
    expect(newerBackup(undefined, backup)).toBe('new');
    expect(newerBackup({ id: 'current', text: 'old', updatedAt: 1000 }, backup)).toBe('new');
    // The IndexedDB write did land after the backup: the stored draft is as new.
    expect(newerBackup({ id: 'current', text: 'new', updatedAt: 2001 }, backup)).toBeUndefined();
    expect(newerBackup({ id: 'current', text: 'old', updatedAt: 1000 }, undefined)).toBeUndefined();
  });

  it('never throws: full, missing or damaged storage', () => {
    expect(() => backUpDraft('x', memoryStorage({ full: true }))).not.toThrow();
    expect(() => backUpDraft('x', undefined)).not.toThrow();
    const damaged = memoryStorage();
    damaged.map.set('toonsmith.unsavedDraft', '{not json');
    expect(readDraftBackup(damaged)).toBeUndefined();
    damaged.map.set('toonsmith.unsavedDraft', JSON.stringify({ text: 5, at: 'x' }));
    expect(readDraftBackup(damaged)).toBeUndefined();
  });
});
