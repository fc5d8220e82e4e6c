"""Planner corpus (tools/dataset/plans/corpus-cli.ts JSON Lines) → per-character training labels."""
from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import torch

from .features import MAX_CHARS, UNK, features, normalize
from .labels import COUNTS, GENDERS, RELATIONS, SPAN_TYPES, TIMES, LabelSpace

IGNORE = -100
TOKEN_HEADS = ("bio", "kind", "count", "action", "rel", "place", "time_tok", "pron")


@dataclass
class Example:
    feats: List[List[int]]
    tok: Dict[str, List[int]]
    setting: int
    time: int


def read_records(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def lines_of(records) -> Iterator[dict]:
    """Every line record, story lines included (each labelled with what that line states)."""
    for r in records:
        if r["type"] == "line":
            yield r
        elif r["type"] == "story":
            yield from r["lines"]


def utf16_to_cp(text: str) -> List[int]:
    """Map from UTF-16 offset to code-point index (length len16+1), since the corpus writes JS offsets."""
    out = []
    for i, ch in enumerate(text):
        out.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
    out.append(len(text))
    return out


def encode_line(rec: dict, labels: LabelSpace, vocab: Dict[str, str]) -> Optional[Example]:
    text = rec["text"]
    if unicodedata.normalize("NFC", text) != text:
        return None
    chars = normalize(text)
    n = len(chars)
    tok = {h: [IGNORE] * n for h in TOKEN_HEADS}
    tok["bio"] = [0] * n
    cp = utf16_to_cp(text)
    for s in rec["spans"]:
        a, b = cp[s["start"]], cp[s["end"]]
        if a >= n:
            continue
        b = min(b, n)
        t = SPAN_TYPES.index(s["tag"])
        for i in range(a, b):
            tok["bio"][i] = (1 if i == a else 2) + 2 * t
        value = None
        head = None
        if s["tag"] in ("thing", "name"):
            head, value = "kind", labels.kinds.index(s["kind"])
            if s["tag"] == "thing":
                c = s.get("count")
                for i in range(a, b):
                    tok["count"][i] = COUNTS.index(c if c is None or c <= 4 else 4)
        elif s["tag"] == "action":
            head, value = "action", labels.actions.index(s["action"])
        elif s["tag"] == "relation":
            head, value = "rel", RELATIONS.index(s["rel"])
        elif s["tag"] == "place":
            head = "place"
            value = labels.settings.index(s["setting"]) if s.get("setting") else len(labels.settings)
        elif s["tag"] == "time":
            head, value = "time_tok", TIMES.index(s["time"])
        elif s["tag"] == "pronoun":
            head, value = "pron", GENDERS.index(s["gender"])
        if head:
            for i in range(a, b):
                tok[head][i] = value
    setting = labels.settings.index(rec["setting"]) if rec.get("setting") else len(labels.settings)
    time = TIMES.index(rec["time"]) if rec.get("time") else len(TIMES)
    return Example(feats=features(chars, vocab), tok=tok, setting=setting, time=time)


def collate(batch: List[Example], unk_rate: float = 0.0, rng: Optional[random.Random] = None) -> dict:
    """Pads to the longest line; `unk_rate` hides some Hangul syllable ids (jamo kept) so unseen syllables read."""
    L = max(len(e.feats) for e in batch)
    feats = torch.zeros(len(batch), L, 5, dtype=torch.long)
    out = {h: torch.full((len(batch), L), IGNORE, dtype=torch.long) for h in TOKEN_HEADS}
    for j, e in enumerate(batch):
        f = torch.tensor(e.feats, dtype=torch.long)
        if unk_rate > 0 and rng is not None:
            for i in range(len(e.feats)):
                if e.feats[i][1] and rng.random() < unk_rate:
                    f[i, 0] = UNK
        feats[j, : len(e.feats)] = f
        for h in TOKEN_HEADS:
            out[h][j, : len(e.feats)] = torch.tensor(e.tok[h], dtype=torch.long)
    out["feats"] = feats
    out["setting"] = torch.tensor([e.setting for e in batch], dtype=torch.long)
    out["time"] = torch.tensor([e.time for e in batch], dtype=torch.long)
    return out


assert MAX_CHARS > 0
