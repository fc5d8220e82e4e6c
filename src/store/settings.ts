// Small key/value settings (active suite, preferred backend, …).
import type { StudioDb } from './open-db';
import type { SettingValue } from './schema';
import { guardWrite } from './storage-errors';
import { t } from '../core/i18n';

export async function getSetting<T extends SettingValue>(db: StudioDb, key: string, fallback: T): Promise<T> {
  const value = await db.get('settings', key);
  return value === undefined ? fallback : (value as T);
}

export async function setSetting(db: StudioDb, key: string, value: SettingValue): Promise<void> {
  await guardWrite(t('storage.whatSetting', { key }), () => db.put('settings', value, key));
}
