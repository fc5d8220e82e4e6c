// A suite's app-defaults.json (public/models/<suite>/app-defaults.json): sampling, panel, styles and
// zero-shot prompts, written by training and read by the app, the CLIs, the clip report and the benches.

export interface AppDefaults {
  sampling: {
    steps: number;
    guidance: number;
    /** img2img strength for a reference the panel keeps. */
    strength: number;
    /** 'from-noise-when-gallery-style-differs': a gallery scene in another style lends only its depth. */
    strengthRule: string;
    chosenBy: string;
  };
  panel: { variants: number; topK: number; displaySize: number };
  styles: string[];
  /** One template a language, `{}` standing for the label. */
  zeroShotPrompts: { en: string; ko: string };
}

export const APP_DEFAULTS_FILE = 'app-defaults.json';

/** The strength rule the app knows besides a constant strength. */
export const FROM_NOISE_WHEN_STYLE_DIFFERS = 'from-noise-when-gallery-style-differs';

/** Checks the parsed JSON field by field; `source` names the file in the error. */
export function parseAppDefaults(json: unknown, source = APP_DEFAULTS_FILE): AppDefaults {
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}`);
  };
  const object = (value: unknown, path: string): Record<string, unknown> =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(`${path} must be an object`);
  const number = (o: Record<string, unknown>, key: string, path: string, min: number, max = Infinity): number => {
    const v = o[key];
    return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fail(`${path}.${key} must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`);
  };
  const whole = (o: Record<string, unknown>, key: string, path: string, min: number): number => {
    const v = number(o, key, path, min);
    return Number.isInteger(v) ? v : fail(`${path}.${key} must be a whole number, got ${v}`);
  };
  const text = (o: Record<string, unknown>, key: string, path: string): string => {
    const v = o[key];
    return typeof v === 'string' && v.length > 0 ? v : fail(`${path}.${key} must be a non-empty string`);
  };
  const root = object(json, 'the file');
  const sampling = object(root.sampling, 'sampling');
  const panel = object(root.panel, 'panel');
  const prompts = object(root.zeroShotPrompts, 'zeroShotPrompts');
  const styles = Array.isArray(root.styles) && root.styles.length > 0 && root.styles.every((s) => typeof s === 'string' && s)
    ? (root.styles as string[]) : fail('styles must be a non-empty list of style names');
  const template = (lang: 'en' | 'ko') => {
    const t = text(prompts, lang, 'zeroShotPrompts');
    return t.includes('{}') ? t : fail(`zeroShotPrompts.${lang} must hold {} where the label goes, got "${t}"`);
  };
  return {
    sampling: {
      steps: whole(sampling, 'steps', 'sampling', 1),
      guidance: number(sampling, 'guidance', 'sampling', 0),
      strength: number(sampling, 'strength', 'sampling', 0, 1),
      strengthRule: text(sampling, 'strengthRule', 'sampling'),
      chosenBy: text(sampling, 'chosenBy', 'sampling'),
    },
    panel: {
      variants: whole(panel, 'variants', 'panel', 1),
      topK: whole(panel, 'topK', 'panel', 1),
      displaySize: whole(panel, 'displaySize', 'panel', 1),
    },
    styles,
    zeroShotPrompts: { en: template('en'), ko: template('ko') },
  };
}

/** "the kitchen": a zero-shot template with its label filled in. */
export function zeroShotPrompt(defaults: Pick<AppDefaults, 'zeroShotPrompts'>, lang: 'en' | 'ko', label: string): string {
  return defaults.zeroShotPrompts[lang].replace('{}', label);
}
