// The character library: named characters' looks, kept across treatments. A name is the key the studio matches a
// cast member by, so names are unique regardless of case and spacing; saving a name again updates that character.
import type { StudioDb } from './open-db';
import type { CharacterRecord } from './schema';
import { StorageUnavailableError, guardWrite } from './storage-errors';
import { t } from '../core/i18n';

/** The form a name is compared in: trimmed, inner spaces collapsed, lower case ("Minji", " minji " are one). */
export function characterKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** A name fit to keep: trimmed, not empty, at most 40 characters; otherwise a message saying why. */
export function checkCharacterName(name: string): string {
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!clean) throw new Error(t('library.nameEmpty'));
  if ([...clean].length > 40) throw new Error(t('library.nameTooLong', { max: 40 }));
  return clean;
}

/** Every saved character, by name. */
export async function listCharacters(db: StudioDb): Promise<CharacterRecord[]> {
  try {
    return await db.getAllFromIndex('characters', 'by-name');
  } catch (error) {
    throw new StorageUnavailableError(t('library.what'), error);
  }
}

export async function findCharacter(db: StudioDb, name: string): Promise<CharacterRecord | undefined> {
  const key = characterKey(name);
  return (await listCharacters(db)).find((c) => characterKey(c.name) === key);
}

/** Saves `name`'s look: a new character, or the one of that name with its look replaced. */
export async function saveCharacter(
  db: StudioDb, entry: { name: string; kind: string; look: unknown }, now: () => number = Date.now,
): Promise<CharacterRecord> {
  const name = checkCharacterName(entry.name);
  const existing = await findCharacter(db, name);
  const at = now();
  const record: CharacterRecord = existing
    ? { ...existing, name, kind: entry.kind, look: entry.look, updatedAt: at }
    : { id: newCharacterId(at), name, kind: entry.kind, look: entry.look, createdAt: at, updatedAt: at };
  await guardWrite(t('library.whatCharacter', { name }), () => db.put('characters', record));
  return record;
}

/** Renames a character; refused (with a message, nothing changed) when another already has the name. */
export async function renameCharacter(db: StudioDb, id: string, name: string, now: () => number = Date.now): Promise<CharacterRecord> {
  const clean = checkCharacterName(name);
  const all = await listCharacters(db);
  const record = all.find((c) => c.id === id);
  if (!record) throw new Error(t('library.missing'));
  if (all.some((c) => c.id !== id && characterKey(c.name) === characterKey(clean))) throw new Error(t('library.nameTaken', { name: clean }));
  const renamed = { ...record, name: clean, updatedAt: now() };
  await guardWrite(t('library.whatCharacter', { name: clean }), () => db.put('characters', renamed));
  return renamed;
}

/** Gives a character another look. */
export async function setCharacterLook(db: StudioDb, id: string, look: unknown, now: () => number = Date.now): Promise<CharacterRecord> {
  const record = await db.get('characters', id).catch((error) => {
    throw new StorageUnavailableError(t('library.what'), error);
  });
  if (!record) throw new Error(t('library.missing'));
  const changed = { ...record, look, updatedAt: now() };
  await guardWrite(t('library.whatCharacter', { name: record.name }), () => db.put('characters', changed));
  return changed;
}

export async function deleteCharacter(db: StudioDb, id: string): Promise<void> {
  await guardWrite(t('library.whatDeletion'), () => db.delete('characters', id));
}

function newCharacterId(at: number): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Math.random()}`.slice(2);
  return `ch-${at.toString(36)}-${random}`;
}
