// The choices the strip controls offer, with their labels and swatches; plain data so Node tests can read it.
import type { ArtStyle, PanelMode, ReferenceSource } from './strip-contract';
import { t } from '../../../core/i18n';

export interface StripChoices {
  mode: PanelMode;
  style: ArtStyle;
  seed: number;
  /** Where references come from (saved choices from before sources read as composed). */
  source: ReferenceSource;
}

// Getters: each read gives the text in the UI language of the moment.
const mode = (value: PanelMode) => ({
  value,
  get label() { return t(`mode.${value}`); },
  get hint() { return t(`mode.${value}.hint`); },
});

export const MODES: readonly { value: PanelMode; label: string; hint: string }[] = [mode('diffusion'), mode('gan'), mode('retrieval')];

const source = (value: ReferenceSource) => ({
  value,
  get label() { return t(`source.${value}`); },
  get hint() { return t(`source.${value}.hint`); },
});

export const SOURCES: readonly { value: ReferenceSource; label: string; hint: string }[] = [source('composed'), source('gallery'), source('own')];

/** Swatch backgrounds hint at each look; they are CSS, not images, so they cost nothing to ship. */
const style = (value: ArtStyle, swatch: string) => ({ value, swatch, get label() { return t(`style.${value}`); } });

export const STYLES: readonly { value: ArtStyle; label: string; swatch: string }[] = [
  style('ink', 'linear-gradient(135deg, #111 0 45%, #fff 45% 55%, #111 55%)'),
  style('pastel', 'linear-gradient(135deg, #ffd6e0, #cde7ff 55%, #e4f7d2)'),
  style('screentone', 'radial-gradient(circle, #333 32%, transparent 36%) 0 0 / 5px 5px, #f4f4f4'),
  style('manga', 'repeating-linear-gradient(100deg, #fff 0 3px, #222 3px 4px), #fff'),
];

export const MAX_SEED = 0xffff_ffff;

export const DEFAULT_CHOICES: StripChoices = { mode: 'diffusion', style: 'ink', seed: 1234, source: 'composed' };

/** Whole number in [0, 2^32); anything else (blank, negative, fractional, NaN) is null. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const seed = Number(trimmed);
  return seed <= MAX_SEED ? seed : null;
}

/** Restores saved choices, falling back field by field so an old or damaged setting never blocks the studio. */
export function readChoices(saved: unknown): StripChoices {
  const s = (saved && typeof saved === 'object' ? saved : {}) as Partial<Record<keyof StripChoices, unknown>>;
  const mode = MODES.find((m) => m.value === s.mode)?.value ?? DEFAULT_CHOICES.mode;
  const style = STYLES.find((m) => m.value === s.style)?.value ?? DEFAULT_CHOICES.style;
  const seed = typeof s.seed === 'number' && parseSeed(String(s.seed)) !== null ? s.seed : DEFAULT_CHOICES.seed;
  const source = SOURCES.find((m) => m.value === s.source)?.value ?? DEFAULT_CHOICES.source;
  return { mode, style, seed, source };
}
