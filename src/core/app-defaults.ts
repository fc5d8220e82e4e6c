// Zero-shot setting prompts, one template per language: training/toon/eval_clip.py PROMPTS, so the app,
// the report and the training eval rank labels the same way.
export const ZERO_SHOT_PROMPTS = {
  en: (label: string) => `the ${label}`,
  ko: (label: string) => `${label}에서`,
} as const;
