// Zero-shot label names and prompts. Names come from the gallery (dataset.json's default nouns, copied by
// npm run gallery), as do the label ids, so a gallery of other settings labels itself.
import { zeroShotPrompt, type AppDefaults } from '../../../core/app-defaults';

export type SettingNames = Readonly<Record<string, { en: string; ko: string }>>;

/** "city street" / "거리": the gallery's name for the setting, else its id in words. */
export function settingName(id: string, lang: 'ko' | 'en', names: SettingNames): string {
  return names[id]?.[lang] ?? id.replace(/_/g, ' ');
}

/** The prompt a label is scored by: the suite's zero-shot template, so the lens ranks as the eval and the report do. */
export function settingPrompt(id: string, lang: 'ko' | 'en', names: SettingNames, defaults: Pick<AppDefaults, 'zeroShotPrompts'>): string {
  return zeroShotPrompt(defaults, lang, settingName(id, lang, names));
}
