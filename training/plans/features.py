"""Characters → the planner's input features; mirrored exactly by src/features/plans/shared/char-features.ts.

Each code point becomes five integers: its vocabulary id (0 pad, 1 unknown), the initial, medial and final jamo
of a Hangul syllable (1-based, 0 elsewhere) and a character class. The jamo let the model read a syllable it
never saw (a new name, a particle after it); the class keeps case and digits for English names and counts.
"""
from __future__ import annotations

import unicodedata
from typing import Dict, List, Sequence

PAD, UNK = 0, 1
MAX_CHARS = 256
# character classes
C_PAD, C_SPACE, C_LOWER, C_UPPER, C_DIGIT, C_HANGUL, C_PUNCT, C_OTHER = range(8)
N_CLASSES = 8
N_CHO, N_JUNG, N_JONG = 20, 22, 29  # 19 / 21 / 28 values, 1-based, 0 = not a syllable


def normalize(text: str) -> List[str]:
    """NFC code points, cut at MAX_CHARS; what both sides index spans by."""
    return list(unicodedata.normalize("NFC", text))[:MAX_CHARS]


def char_class(ch: str) -> int:
    cp = ord(ch)
    if ch.isspace():
        return C_SPACE
    if "a" <= ch <= "z":
        return C_LOWER
    if "A" <= ch <= "Z":
        return C_UPPER
    if "0" <= ch <= "9":
        return C_DIGIT
    if 0xAC00 <= cp <= 0xD7A3:
        return C_HANGUL
    if cp < 0x80 or unicodedata.category(ch).startswith("P"):
        return C_PUNCT
    return C_OTHER


def features(chars: Sequence[str], vocab: Dict[str, int]) -> List[List[int]]:
    out = []
    for ch in chars:
        cp = ord(ch)
        cho = jung = jong = 0
        if 0xAC00 <= cp <= 0xD7A3:
            s = cp - 0xAC00
            cho, jung, jong = s // 588 + 1, (s % 588) // 28 + 1, s % 28 + 1
        out.append([vocab.get(ch, UNK), cho, jung, jong, char_class(ch)])
    return out


def build_vocab(texts, min_count: int = 2) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for t in texts:
        for ch in normalize(t):
            counts[ch] = counts.get(ch, 0) + 1
    chars = sorted(ch for ch, n in counts.items() if n >= min_count and not ch.isspace())
    printable = [chr(c) for c in range(0x21, 0x7F)]
    ordered = list(dict.fromkeys(printable + chars))
    return {ch: i + 2 for i, ch in enumerate(ordered)}
