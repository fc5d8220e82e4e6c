"""Build the WordPiece vocabulary from captions and save it in the Hugging Face layout.

Vocabulary = specials, every character the corpus or the fallback alphabets use (as a word
start and as a '##' continuation, so unseen English words and Korean words written with the
2,350 common Hangul syllables never become [UNK]), Korean stems with their particles split
off as '##' pieces, and whole words that occur at least `min_count` times.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from typing import Dict, Iterable, List

from training.common.tokenizer import KO_PARTICLES, MAX_LENGTH, PREFIX, SPECIALS, _is_punctuation, normalize, pre_tokenize

ASCII_ALNUM = [chr(c) for c in range(0x30, 0x3A)] + [chr(c) for c in range(0x61, 0x7B)]
ASCII_PUNCT = [chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum()]
# Lowercase Latin-1 / Latin Extended-A letters, so café or naïve stay readable.
LATIN_LETTERS = [chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha() and chr(c) == chr(c).lower()]


def common_hangul() -> List[str]:
    """The 2,350 syllables of KS X 1001 (those EUC-KR can encode): everyday Korean text."""
    out = []
    for cp in range(0xAC00, 0xD7A4):
        try:
            if len(chr(cp).encode("euc_kr")) == 2:  # the others encode as 8-byte jamo compositions
                out.append(chr(cp))
        except UnicodeEncodeError:
            pass
    return out


def is_hangul_word(word: str) -> bool:
    return all(0xAC00 <= ord(c) <= 0xD7A3 for c in word)


def split_particle(word: str, stems: Counter) -> tuple:
    """(stem, particle) when a known particle ends the word and the stem is attested."""
    for p in sorted(KO_PARTICLES, key=len, reverse=True):
        if len(word) > len(p) and word.endswith(p) and stems[word[: -len(p)]] >= 2:
            return word[: -len(p)], p
    return word, None


def build_vocab(captions: Iterable[str], target_size: int = 6000, min_count: int = 2) -> Dict[str, int]:
    words = Counter(w for c in captions for w in pre_tokenize(normalize(c)))
    # A stem counts as attested when it stands alone or carries two different particles.
    stems: Counter = Counter()
    for w in words:
        if is_hangul_word(w):
            stems[w] += 2
            for p in KO_PARTICLES:
                if len(w) > len(p) and w.endswith(p):
                    stems[w[: -len(p)]] += 1
    pieces: Counter = Counter()
    for w, n in words.items():
        stem, particle = split_particle(w, stems) if is_hangul_word(w) else (w, None)
        pieces[stem] += n
        if particle:
            pieces[PREFIX + particle] += n
    corpus_chars = sorted({ch for w in words for ch in w})
    base = list(SPECIALS)
    for ch in ASCII_PUNCT + ASCII_ALNUM + LATIN_LETTERS + corpus_chars + common_hangul():
        for tok in (ch, PREFIX + ch):
            if tok not in base and not (tok.startswith(PREFIX) and _is_punctuation(ch)):
                base.append(tok)
    vocab = {t: i for i, t in enumerate(dict.fromkeys(base))}
    ranked = sorted(((t, n) for t, n in pieces.items() if n >= min_count and len(t) > 1), key=lambda x: (-x[1], x[0]))
    for t, _ in ranked:
        if len(vocab) >= target_size:
            break
        vocab.setdefault(t, len(vocab))
    return vocab


def tokenizer_json(vocab: Dict[str, int]) -> dict:
    special = lambda t: {"id": vocab[t], "content": t, "single_word": False, "lstrip": False,
                         "rstrip": False, "normalized": False, "special": True}
    tmpl = lambda t: {"SpecialToken": {"id": t, "type_id": 0}}
    return {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [special(t) for t in SPECIALS],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "NFC"},
            {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
             "strip_accents": False, "lowercase": True}]},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [tmpl("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}}, tmpl("[SEP]")],
            "pair": [tmpl("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}}, tmpl("[SEP]"),
                     {"Sequence": {"id": "B", "type_id": 1}}, {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [vocab[t]], "tokens": [t]} for t in ("[CLS]", "[SEP]")}},
        "decoder": {"type": "WordPiece", "prefix": PREFIX, "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": PREFIX,
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }


def tokenizer_config(max_length: int = MAX_LENGTH) -> dict:
    return {"tokenizer_class": "BertTokenizer", "model_max_length": max_length, "do_lower_case": True,
            "padding_side": "right", "clean_up_tokenization_spaces": True,
            "pad_token": "[PAD]", "unk_token": "[UNK]", "cls_token": "[CLS]", "sep_token": "[SEP]",
            "mask_token": "[MASK]"}


def save(vocab: Dict[str, int], folder: str, max_length: int = MAX_LENGTH) -> None:
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(vocab), f, ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(folder, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_config(max_length), f, ensure_ascii=False, indent=1)
