// A cast member's look (sprite variant, skin tone, clothing accent, size): chosen once from the name (or the id and a
// per-treatment salt), kept in every panel, and the sprites each look can draw.
import { createRng, deriveSeed, hashString } from '../../../core/rng.js';
import type { CastEntry } from '../../plans/shared/plan-contract.js';
import { OBJECT_BY_ID, type ObjectKind } from './catalog/objects.js';
import type { CastLook } from './composer-contract.js';

/** Head-and-shoulders alternatives per gender (hair: default, blond, red, curly, white/beard); index 0 is the usual bust. */
export const BUST_VARIANTS = {
  female: ['1F469', '1F471-200D-2640-FE0F', '1F469-200D-1F9B0', '1F469-200D-1F9B1', '1F469-200D-1F9B3'],
  male: ['1F468', '1F471-200D-2642-FE0F', '1F468-200D-1F9B0', '1F468-200D-1F9B1', '1F9D4-200D-2642-FE0F'],
  neutral: ['1F9D1', '1F471', '1F9D1-200D-1F9B0', '1F9D1-200D-1F9B1', '1F9D1-200D-1F9B3'],
} as const;

/** Other idle sprites of kinds drawn with one sprite in the catalogue (index 0 is the catalogue's own). */
export const KIND_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  dog: ['1F415', '1F429'],
  cat: ['1F408', '1F408-200D-2B1B'],
};

/** Clothing colours the renderer recolours a sprite's clothes with: distinct at a glance, none near skin tones. */
export const ACCENTS = ['#d64545', '#2f6fd6', '#2e9e57', '#e0a526', '#8a4fd1', '#e06aa5', '#1aa3a3', '#4a4f5a'] as const;

/** How many look variants to draw from (each sprite list is indexed modulo its length). */
const VARIANTS = 5;
const TONES = 6;

/** Gender of a kind for its bust and standing sprites (old_man, old_woman have none in the catalogue). */
export function genderOf(kind: ObjectKind): 'neutral' | 'male' | 'female' {
  if (kind.gender) return kind.gender;
  if (kind.id === 'old_man') return 'male';
  if (kind.id === 'old_woman') return 'female';
  return 'neutral';
}

/** The head-and-shoulders sprite a look gives an adult drawn behind a fixture or on a seat. */
export function bustSprite(kind: ObjectKind, look: CastLook | undefined): string {
  if (kind.bust) return kind.hexcode; // children, old people, roles: their own bust
  const list = BUST_VARIANTS[genderOf(kind)];
  return list[(look?.variant ?? 0) % list.length];
}

/** The idle sprite of a kind under a look (dogs and cats have breeds; people keep their standing sprite). */
export function idleSprite(kind: ObjectKind, look: CastLook | undefined): string {
  const list = KIND_VARIANTS[kind.id];
  return list ? list[(look?.variant ?? 0) % list.length] : kind.hexcode;
}

function seedOf(entry: Pick<CastEntry, 'id' | 'name' | 'kind'>, salt: number): number {
  const name = entry.name?.trim().toLowerCase();
  // A named character looks the same in every treatment; an unnamed one differs between treatments (the salt).
  return name ? hashString(`${entry.kind}:${name}`) : deriveSeed(hashString(entry.id), salt);
}

/** The look of one cast member: deterministic from its name when named, else from its id and `salt`. */
export function lookFor(entry: Pick<CastEntry, 'id' | 'name' | 'kind'>, salt: number): CastLook {
  const rng = createRng(seedOf(entry, salt));
  const kind = OBJECT_BY_ID.get(entry.kind);
  const variant = rng.int(VARIANTS);
  const tone = kind?.skinTones ? rng.int(TONES) : 0;
  const accent = rng.pick(ACCENTS);
  const size = Math.round(rng.range(0.9, 1.1) * 100) / 100;
  return { variant, tone, accent, size };
}

/** A named character's look kept from an earlier treatment (the studio's character library), if any. */
export type LookLibrary = (entry: CastEntry) => CastLook | undefined;

/**
 * The treatment's looks: the stored ones kept as they are, a library look for a named character, a new look for the
 * rest; new looks of the same kind avoid an accent another member already wears, so two women read as two people.
 */
export function looksForTreatment(cast: readonly CastEntry[], stored: Readonly<Record<string, CastLook>>,
  library?: LookLibrary, salt = 0): Record<string, CastLook> {
  const out: Record<string, CastLook> = {};
  const fresh: CastEntry[] = [];
  for (const entry of cast) {
    const kept = stored[entry.id] ?? library?.(entry);
    if (kept) out[entry.id] = { ...kept };
    else fresh.push(entry);
  }
  for (const entry of fresh) {
    const look = lookFor(entry, salt);
    const taken = new Set(cast.filter((c) => c.kind === entry.kind && out[c.id]).map((c) => out[c.id].accent));
    if (taken.has(look.accent) && taken.size < ACCENTS.length) {
      const start = ACCENTS.indexOf(look.accent as (typeof ACCENTS)[number]);
      for (let k = 1; k < ACCENTS.length; k++) {
        const next = ACCENTS[(start + k) % ACCENTS.length];
        if (!taken.has(next)) { look.accent = next; break; }
      }
    }
    out[entry.id] = look;
  }
  return out;
}

/** Every sprite a look can draw beyond the catalogue's own (the shipped sprite pack must cover them). */
export function lookHexcodes(): string[] {
  const all = new Set<string>([...Object.values(BUST_VARIANTS).flat(), ...Object.values(KIND_VARIANTS).flat()]);
  return [...all].sort();
}
