// Korean CLDR labels from emojibase-data, keyed by hexcode without the FE0F variation selector
// (the form OpenMoji file names and our catalog use).
import { createRequire } from 'node:module';

interface EmojibaseEntry {
  label: string;
  hexcode: string;
  tags?: string[];
  skins?: EmojibaseEntry[];
}

let labels: Map<string, EmojibaseEntry> | null = null;

export function normaliseHexcode(hexcode: string): string {
  return hexcode.toUpperCase().split('-').filter((part) => part !== 'FE0F').join('-');
}

function load(): Map<string, EmojibaseEntry> {
  if (labels) return labels;
  const require = createRequire(import.meta.url);
  const data = require('emojibase-data/ko/data.json') as EmojibaseEntry[];
  labels = new Map();
  const add = (entry: EmojibaseEntry) => {
    labels!.set(normaliseHexcode(entry.hexcode), entry);
    for (const skin of entry.skins ?? []) add(skin);
  };
  data.forEach(add);
  return labels;
}

/** The Korean emoji label for an OpenMoji hexcode, or null for OpenMoji-only extras (E000…). */
export function koreanEmojiLabel(hexcode: string): string | null {
  return load().get(normaliseHexcode(hexcode))?.label ?? null;
}
