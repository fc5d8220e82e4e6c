"""Unfamiliar words in familiar places: copies of corpus lines with one or two words outside every span replaced by
made-up words, labels shifted to match. Free-form text is full of words the corpus never uses; without this the
tagger reads pieces of them as things, places or unknown nouns ("brea" of "break")."""
from __future__ import annotations

import random
import re
from typing import List, Optional

_ON = "bcdfghjklmnprstvwz"
_NUC = "aeiou"
_WORD = re.compile(r"\S+")
_PUNCT = ".,!?;:\"'”’)"


def _latin(rng: random.Random, length: int) -> str:
    out = ""
    while len(out) < length:
        out += rng.choice(_ON) + rng.choice(_NUC)
        if rng.random() < 0.4:
            out += rng.choice(_ON)
    return out[:max(2, length)]


def _hangul(rng: random.Random, syllables: int) -> str:
    return "".join(chr(0xAC00 + rng.randrange(19) * 588 + rng.randrange(21) * 28 + rng.choice([0, 0, 4, 8, 16, 21]))
                   for _ in range(syllables))


def made_up(rng: random.Random, word: str) -> str:
    """A made-up word shaped like `word`: its script, its length, a Korean word's last syllable (its ending) and any
    trailing punctuation kept, an English capital kept."""
    core = word.rstrip(_PUNCT)
    tail = word[len(core):]
    if not core:
        return word
    if any(0xAC00 <= ord(c) <= 0xD7A3 for c in core):
        return _hangul(rng, max(1, len(core) - 1)) + core[-1] + tail if len(core) > 1 else _hangul(rng, 1) + tail
    new = _latin(rng, len(core))
    return (new[0].upper() + new[1:] if core[0].isupper() else new) + tail


def augment_line(rec: dict, rng: random.Random, words: int = 2) -> Optional[dict]:
    """A copy of a line record with up to `words` words outside its spans made up; None when none can be."""
    text = rec["text"]
    if any(ord(c) > 0xFFFF for c in text):
        return None  # offsets are UTF-16 units: keep to text where they equal code points
    spans = rec["spans"]
    free = [m for m in _WORD.finditer(text)
            if not any(s["start"] < m.end() and m.start() < s["end"] for s in spans)]
    if not free:
        return None
    chosen = sorted(rng.sample(free, min(len(free), rng.randint(1, words))), key=lambda m: m.start())
    out, shift, at = [], [], 0
    for m in chosen:
        new = made_up(rng, m.group())
        out += [text[at:m.start()], new]
        shift.append((m.end(), len(new) - (m.end() - m.start())))
        at = m.end()
    out.append(text[at:])

    def moved(i: int) -> int:
        return i + sum(d for end, d in shift if end <= i)

    return {**rec, "text": "".join(out), "spans": [{**s, "start": moved(s["start"]), "end": moved(s["end"])} for s in spans]}


def augmented(lines: List[dict], share: float, seed: int) -> List[dict]:
    rng = random.Random(seed)
    extra = []
    for rec in lines:
        if rng.random() < share:
            a = augment_line(rec, rng)
            if a is not None:
                extra.append(a)
    return extra
