// Zero-shot label names and prompts. Names come from the dataset's own vocabulary (the same default nouns
// dataset.json lists); the label ids themselves come from the gallery at run time.
import { SETTING_WORDS } from '../../../tools/dataset/language/nouns-settings';
import { ZERO_SHOT_PROMPTS } from '../../shared/zero-shot-prompts';

/** "city street" / "거리": the setting's default noun, as dataset.json names it. */
export function settingName(id: string, lang: 'ko' | 'en'): string {
  const words = SETTING_WORDS[id];
  return (lang === 'ko' ? words?.ko[0] : words?.en[0]) ?? id.replace(/_/g, ' ');
}

/** The prompt a label is scored by: training/toon/eval_clip.py's PROMPTS, so the lens ranks as the eval does. */
export function settingPrompt(id: string, lang: 'ko' | 'en'): string {
  return ZERO_SHOT_PROMPTS[lang](settingName(id, lang));
}
