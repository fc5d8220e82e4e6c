import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  StorageFullError, characterKey, deleteCharacter, findCharacter, listCharacters, openStudioDb, renameCharacter, saveCharacter,
  setCharacterLook,
} from '../../../src/store';

let counter = 0;
const freshDb = () => openStudioDb({ name: `toonsmith-characters-${++counter}` });
const look = (variant: number) => ({ variant, tone: 3, accent: '#225588', size: 1.05 });

afterEach(() => vi.restoreAllMocks());

describe('character library', () => {
  it('saves, lists by name, finds a name regardless of case and spacing, and updates a saved name', async () => {
    const db = await freshDb();
    await saveCharacter(db, { name: '  Minji ', kind: 'woman', look: look(1) }, () => 10);
    await saveCharacter(db, { name: '도윤', kind: 'boy', look: look(0) }, () => 11);
    expect((await listCharacters(db)).map((c) => c.name)).toEqual(['Minji', '도윤']);
    expect((await findCharacter(db, 'MINJI'))?.look).toEqual(look(1));
    const again = await saveCharacter(db, { name: 'minji', kind: 'woman', look: look(2) }, () => 12);
    expect(await listCharacters(db)).toHaveLength(2);
    expect(again).toMatchObject({ name: 'minji', look: look(2), createdAt: 10, updatedAt: 12 });
    expect(characterKey(' Kim  Minji ')).toBe('kim minji');
    db.close();
  });

  it('renames, refuses a taken or empty name without changing anything, changes a look and deletes', async () => {
    const db = await freshDb();
    const a = await saveCharacter(db, { name: 'Minji', kind: 'woman', look: look(1) });
    await saveCharacter(db, { name: 'Jun', kind: 'man', look: look(0) });
    await expect(renameCharacter(db, a.id, 'jun')).rejects.toThrow(/already has a character named "jun"/);
    await expect(renameCharacter(db, a.id, '   ')).rejects.toThrow(/needs a name/);
    await expect(saveCharacter(db, { name: 'x'.repeat(41), kind: 'man', look: look(0) })).rejects.toThrow(/at most 40/);
    expect((await listCharacters(db)).map((c) => c.name)).toEqual(['Jun', 'Minji']);
    await renameCharacter(db, a.id, '민지');
    expect((await findCharacter(db, '민지'))?.id).toBe(a.id);
    await setCharacterLook(db, a.id, look(3));
    expect((await findCharacter(db, '민지'))?.look).toEqual(look(3));
    await deleteCharacter(db, a.id);
    expect((await listCharacters(db)).map((c) => c.name)).toEqual(['Jun']);
    await expect(setCharacterLook(db, a.id, look(0))).rejects.toThrow(/no longer in the library/);
    db.close();
  });

  it('reports a full disk clearly and keeps what was saved', async () => {
    const db = await freshDb();
    await saveCharacter(db, { name: 'Minji', kind: 'woman', look: look(1) });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = saveCharacter(db, { name: 'Minji', kind: 'woman', look: look(4) });
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(/character "Minji"/);
    vi.restoreAllMocks();
    expect((await findCharacter(db, 'Minji'))?.look).toEqual(look(1));
    db.close();
  });
});
