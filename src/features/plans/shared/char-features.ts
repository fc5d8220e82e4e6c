// Characters → the planner's five input features; mirrors training/plans/features.py exactly (a parity
// fixture from PyTorch checks both sides agree).

export const MAX_CHARS = 256;
export const FEATURES_PER_CHAR = 5;
const UNK = 1;
const C_SPACE = 1, C_LOWER = 2, C_UPPER = 3, C_DIGIT = 4, C_HANGUL = 5, C_PUNCT = 6, C_OTHER = 7;

// Python's str.isspace() over the characters a browser can hand us (Unicode White_Space plus the ASCII separators).
const SPACE = /^[\s\x1c-\x1f\x85]$/u;
const PUNCT = /^\p{P}$/u;

export function charClass(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (SPACE.test(ch)) return C_SPACE;
  if (ch >= 'a' && ch <= 'z') return C_LOWER;
  if (ch >= 'A' && ch <= 'Z') return C_UPPER;
  if (ch >= '0' && ch <= '9') return C_DIGIT;
  if (cp >= 0xac00 && cp <= 0xd7a3) return C_HANGUL;
  if (cp < 0x80 || PUNCT.test(ch)) return C_PUNCT;
  return C_OTHER;
}

/** The code points the planner reads: NFC, cut at MAX_CHARS. Spans index into this array. */
export function planChars(text: string): string[] {
  return Array.from(text.normalize('NFC')).slice(0, MAX_CHARS);
}

/** [chars × 5] int features: vocabulary id, Hangul initial/medial/final jamo (1-based), character class. */
export function charFeatures(chars: readonly string[], vocab: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(chars.length * FEATURES_PER_CHAR);
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    const o = i * FEATURES_PER_CHAR;
    out[o] = vocab.get(ch) ?? UNK;
    if (cp >= 0xac00 && cp <= 0xd7a3) {
      const s = cp - 0xac00;
      out[o + 1] = Math.floor(s / 588) + 1;
      out[o + 2] = Math.floor((s % 588) / 28) + 1;
      out[o + 3] = (s % 28) + 1;
    }
    out[o + 4] = charClass(ch);
  });
  return out;
}
