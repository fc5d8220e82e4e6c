"""WordPiece tokenizer for Korean + English captions, saved as a Hugging Face tokenizer.json.

The Python encoder mirrors @huggingface/tokenizers (the JS library that
@huggingface/transformers v4 uses) step by step, so both give the same ids:
special-token split → NFC → BertNormalizer(clean_text, CJK padding, lowercase, accents kept)
→ BertPreTokenizer (whitespace + punctuation) → greedy longest-match WordPiece
→ [CLS] A [SEP] → cut to max_length (the JS truncation simply drops the tail, [SEP] included)
→ right padding with [PAD]=0.
Accents are kept because NFD accent stripping would break Hangul syllables into jamo.
"""
from __future__ import annotations

import json
import os
import unicodedata
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
PAD_ID, UNK_ID, CLS_ID, SEP_ID, MASK_ID = range(5)
PREFIX = "##"
MAX_CHARS_PER_WORD = 100
MAX_LENGTH = 48
# Korean particles and endings split off as '##' subwords, so 고양이가/고양이를 share 고양이.
KO_PARTICLES = ["에서는", "에서", "으로", "이랑", "에게", "한테", "까지", "부터", "처럼", "보다",
                "이다", "이고", "이나", "과", "와", "이", "가", "은", "는", "을", "를", "에", "의",
                "로", "도", "랑", "만", "들"]

# JS `\s` (ECMAScript WhiteSpace + LineTerminator); \v \f \ufeff never reach it (they are controls).
_JS_SPACE = set(" \t\n\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}
_CJK_RANGES = [(0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF)]  # BMP only: JS walks UTF-16 units


def _is_control(ch: str) -> bool:
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs")


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 0x21 <= cp <= 0x2F or 0x3A <= cp <= 0x40 or 0x5B <= cp <= 0x60 or 0x7B <= cp <= 0x7E:
        return True
    return unicodedata.category(ch).startswith("P")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or _is_control(ch):
            continue
        if ch in _JS_SPACE:
            out.append(" ")
        elif any(a <= cp <= b for a, b in _CJK_RANGES):
            out.extend((" ", ch, " "))
        else:
            out.append(ch)
    return "".join(out).lower()


def pre_tokenize(text: str) -> List[str]:
    words, cur = [], []
    for ch in text:
        if ch in _JS_SPACE:  # normalize() already mapped every JS whitespace to " "
            if cur:
                words.append("".join(cur)); cur = []
        elif _is_punctuation(ch):
            if cur:
                words.append("".join(cur)); cur = []
            words.append(ch)
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))
    return words


def split_specials(text: str) -> List[str]:
    """Leftmost-longest split on literal special tokens, as the JS DictionarySplitter does."""
    parts, start, i = [], 0, 0
    while i < len(text):
        match = max((s for s in SPECIALS if text.startswith(s, i)), key=len, default=None)
        if match:
            if i > start:
                parts.append(text[start:i])
            parts.append(match)
            i += len(match); start = i
        else:
            i += 1
    if start < len(text):
        parts.append(text[start:])
    return parts


class WordPieceTokenizer:
    def __init__(self, vocab: Dict[str, int], max_length: int = MAX_LENGTH):
        for i, s in enumerate(SPECIALS):
            if vocab.get(s) != i:
                raise ValueError(f"vocab must map {s} to {i}")
        self.vocab, self.max_length = vocab, max_length
        self.id_to_token = {i: t for t, i in vocab.items()}

    @classmethod
    def from_file(cls, path: str) -> "WordPieceTokenizer":
        """Load tokenizer.json (or the folder holding it and tokenizer_config.json)."""
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        path = os.path.join(path, "tokenizer.json") if os.path.isdir(path) else path
        with open(path, encoding="utf-8") as f:
            tok = json.load(f)
        cfg_path = os.path.join(folder, "tokenizer_config.json")
        max_length = MAX_LENGTH
        if os.path.exists(cfg_path):
            with open(cfg_path, encoding="utf-8") as f:
                max_length = json.load(f).get("model_max_length", MAX_LENGTH)
        return cls(tok["model"]["vocab"], max_length)

    def __len__(self) -> int:
        return len(self.vocab)

    def wordpiece(self, word: str) -> List[str]:
        chars = list(word)
        if len(chars) > MAX_CHARS_PER_WORD:
            return ["[UNK]"]
        pieces, start = [], 0
        while start < len(chars):
            end, piece = len(chars), None
            while start < end:
                sub = "".join(chars[start:end])
                sub = PREFIX + sub if start > 0 else sub
                if sub in self.vocab:
                    piece = sub
                    break
                end -= 1
            if piece is None:
                return ["[UNK]"]
            pieces.append(piece)
            start = end
        return pieces

    def tokenize(self, text: str) -> List[str]:
        tokens: List[str] = []
        for section in split_specials(text):
            if section in SPECIALS:
                tokens.append(section)
                continue
            for word in pre_tokenize(normalize(section)):
                tokens.extend(self.wordpiece(word))
        return tokens

    def encode(self, text: str, max_length: Optional[int] = None) -> List[int]:
        """[CLS] tokens [SEP], cut to max_length like transformers.js (truncation: true)."""
        ids = [CLS_ID] + [self.vocab.get(t, UNK_ID) for t in self.tokenize(text)] + [SEP_ID]
        return ids[: (max_length or self.max_length)]

    def encode_padded(self, text: str, max_length: Optional[int] = None) -> Tuple[List[int], List[int]]:
        """(input_ids, attention_mask), both of length max_length (padding: 'max_length')."""
        n = max_length or self.max_length
        ids = self.encode(text, n)
        pad = n - len(ids)
        return ids + [PAD_ID] * pad, [1] * len(ids) + [0] * pad

    def encode_batch(self, texts: Sequence[str], max_length: Optional[int] = None):
        pairs = [self.encode_padded(t, max_length) for t in texts]
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def decode(self, ids: Iterable[int]) -> str:
        out = ""
        for i in ids:
            t = self.id_to_token.get(int(i), "[UNK]")
            if t in SPECIALS:
                continue
            out += t[2:] if t.startswith(PREFIX) else (" " + t if out else t)
        return out
