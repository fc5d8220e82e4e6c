"""Build the suite's WordPiece tokenizer from a ToonScenes build (train captions + story sentences).

python3 -m training.common.build_tokenizer --data DIR [--out public/models/toon-mini/tokenizer] [--size 6000]
Build it once and keep it: the text tower's embedding rows are tied to these ids, so later runs
pass --tokenizer to training.clip.train instead of rebuilding.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from training.common import vocab
from training.common.data import SceneSplit
from training.common.tokenizer import UNK_ID, WordPieceTokenizer


def corpus(data: str) -> list:
    texts = SceneSplit(data, "train").all_captions()
    stories = Path(data) / "stories.jsonl"
    if stories.exists():
        for line in stories.read_text(encoding="utf-8").splitlines():
            if line.strip():
                s = json.loads(line)
                texts += s.get("en", []) + s.get("ko", [])
    return texts


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", default="public/models/toon-mini/tokenizer")
    ap.add_argument("--size", type=int, default=6000)
    a = ap.parse_args(argv)
    texts = corpus(a.data)
    v = vocab.build_vocab(texts, target_size=a.size)
    vocab.save(v, a.out)
    tok = WordPieceTokenizer.from_file(a.out)
    test = SceneSplit(a.data, "test").all_captions()
    lengths = sorted(len(tok.encode(t, 10**9)) for t in texts)
    stats = {"vocab": len(v), "corpus_texts": len(texts),
             "test_captions_with_unk": sum(UNK_ID in tok.encode(t, 10**9) for t in test),
             "tokens_p50": lengths[len(lengths) // 2], "tokens_p99": lengths[int(len(lengths) * 0.99)],
             "tokens_max": lengths[-1], "over_max_length": sum(n > tok.max_length for n in lengths)}
    print(json.dumps(stats))
    return stats


if __name__ == "__main__":
    main(sys.argv[1:])
