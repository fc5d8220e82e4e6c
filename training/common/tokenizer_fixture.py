"""Write the JS/Python tokenizer parity fixture: 1,000 texts and the ids the Python encoder gives.

python3 -m training.common.tokenizer_fixture --tokenizer public/models/toon-mini/tokenizer [--data DIR]
    [--out test/fixtures/toon-mini/tokenizer-ids.json]
Texts: dataset captions and story sentences (when --data is given), the thesis examples, and
generated hard cases: unseen words, mixed scripts, emoji, markup, odd whitespace and controls.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from training.common.data import EXAMPLES, SceneSplit
from training.common.tokenizer import WordPieceTokenizer

PIECES = [
    "spaceship", "Zebra-crossing", "naïve café", "ÅNGSTRÖM", "İstanbul", "ΟΔΟΣ ΣΊΣΥΦΟΣ", "straße", "Ǆemal",
    "우주선", "안녕하세요", "뷁", "똠방각하", "ㅋㅋㅋ", "각", "고양이들이랑", "漢字", "カタカナ", "中文字符",
    "🐶", "👩‍👩‍👧", "❤️", "🇰🇷", "dog🐕cat", "★☆→", "<b>bold</b>", "</i>", "**bold**", "[CLS]", "[mask]",
    "[SEP][PAD]", "&amp;", "`code`", "#tag", "@user", "3.14", "1,000", "50%", "e\u0301", "A\u030a",
    "\t", "\n", "\u00a0", "\u200b", "\u3000", "\u2028", "\x07", "\ufeff", "\u00ad", "x" * 120, "…", "“quoted”",
    "‘single’", "—", "·", "~", "개가", "the", "dog", "부엌에서", "running", "Kitchen!", "a", "의자", "1", "2",
]


def generated(rng: random.Random, n: int) -> list:
    out = []
    for _ in range(n):
        k = rng.randint(1, 8)
        sep = rng.choice([" ", "", " ", "  ", ", "])
        out.append(sep.join(rng.choice(PIECES) for _ in range(k)))
    return out


def collect(data: str | None, n_total: int = 1000, seed: int = 0) -> list:
    rng = random.Random(seed)
    texts = [t for pair in EXAMPLES for t in pair] + ["", " ", "[CLS]", "A" * 101, "dog " * 40]
    if data:
        split = SceneSplit(data, "test")
        caps = split.all_captions()
        rng.shuffle(caps)
        texts += caps[:600]
        stories = Path(data) / "stories.jsonl"
        if stories.exists():
            for line in stories.read_text(encoding="utf-8").splitlines()[:30]:
                s = json.loads(line)
                texts += s.get("en", []) + s.get("ko", [])
    texts += generated(rng, n_total - len(texts))
    return texts[:n_total]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tokenizer", default="public/models/toon-mini/tokenizer")
    ap.add_argument("--data", default=None)
    ap.add_argument("--out", default="test/fixtures/toon-mini/tokenizer-ids.json")
    a = ap.parse_args(argv)
    tok = WordPieceTokenizer.from_file(a.tokenizer)
    texts = collect(a.data)
    cases = [{"text": t, "ids": tok.encode(t, 10**9)} for t in texts]
    unk = sum(1 for c in cases if 1 in c["ids"])
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"tokenizer": "toon-mini/tokenizer", "max_length": tok.max_length,
                                       "cases": cases}, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(cases)} texts, {unk} with [UNK], → {a.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
