"""Train the scene planner on the ToonScenes planner corpus (CPU is enough).

python3 -m training.plans.train --config full --corpus train.jsonl --test-corpus test.jsonl --out DIR [--resume DIR]
Writes DIR/planner.pt (weights, config, vocabulary), DIR/metrics.json and DIR/log.txt.
"""
from __future__ import annotations

import argparse
import math
import os
import random
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from ..common.checkpoint import Checkpoint, bf16_state, load_resume, restore
from ..common.cli import lr_at, seed_all, setup_logging, write_json
from .config import PlannerConfig
from .augment import augmented
from .data import IGNORE, TOKEN_HEADS, collate, encode_line, lines_of, read_records
from .features import build_vocab
from .labels import load_labels
from .model import ScenePlanner

# span tags and the sentence's setting matter most; the value heads only see their own spans
WEIGHTS = {"bio": 1.0, "kind": 1.0, "count": 0.5, "action": 0.5, "rel": 0.3, "place": 0.3, "time_tok": 0.2,
           "pron": 0.2, "setting": 1.0, "time": 0.5}


def losses(out: dict, batch: dict) -> dict:
    res = {}
    for h in TOKEN_HEADS:
        logits, target = out[h], batch[h]
        if (target != IGNORE).any():
            res[h] = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), target.reshape(-1), ignore_index=IGNORE)
    res["setting"] = F.cross_entropy(out["setting"], batch["setting"])
    res["time"] = F.cross_entropy(out["time"], batch["time"])
    return res


@torch.no_grad()
def evaluate(model: ScenePlanner, examples, batch: int) -> dict:
    """Character-level accuracy of each head on its own spans, and line accuracy of setting and time."""
    model.eval()
    hits = {h: [0, 0] for h in (*TOKEN_HEADS, "setting", "time")}
    for i in range(0, len(examples), batch):
        b = collate(examples[i:i + batch])
        out = model(b["feats"])
        for h in TOKEN_HEADS:
            m = b[h] != IGNORE
            hits[h][0] += int((out[h].argmax(-1)[m] == b[h][m]).sum())
            hits[h][1] += int(m.sum())
        for h in ("setting", "time"):
            hits[h][0] += int((out[h].argmax(-1) == b[h]).sum())
            hits[h][1] += len(b[h])
    model.train()
    return {h: round(a / n, 4) for h, (a, n) in hits.items() if n}


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--config", default="smoke")
    p.add_argument("--corpus", required=True)
    p.add_argument("--test-corpus", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--resume", default=None)
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--lr", type=float, default=None, help="override the config's learning rate (a resumed run)")
    args = p.parse_args(argv)
    cfg = PlannerConfig.named(args.config)
    out = Path(args.out)
    log = setup_logging(out, "plans")
    seed_all(args.seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))  # Debian torch starts with one thread
    labels = load_labels()
    records = list(read_records(Path(args.corpus)))
    train_lines = list(lines_of(records))
    train_lines += augmented(train_lines, cfg.augment, args.seed)
    ck = load_resume(args.resume, "planner.pt", required=False) if args.resume else None
    if ck is not None:
        cfg = PlannerConfig.from_dict({**PlannerConfig.named(args.config).to_dict(), **ck.config})
        vocab = ck.meta["vocab"]
    else:
        vocab = build_vocab(r["text"] for r in train_lines)
    model = ScenePlanner(cfg, labels, vocab_size=max(vocab.values()) + 1)
    step = restore(ck, model) if ck is not None else 0
    train = [e for e in (encode_line(r, labels, vocab) for r in train_lines) if e is not None]
    test = [e for e in (encode_line(r, labels, vocab) for r in lines_of(read_records(Path(args.test_corpus))))
            if e is not None]
    log.info("train %d lines, test %d, vocab %d, params %d", len(train), len(test), len(vocab),
             sum(p.numel() for p in model.parameters()))
    base_lr = args.lr or cfg.lr
    opt = torch.optim.AdamW(model.parameters(), lr=base_lr, weight_decay=0.01)
    rng = random.Random(args.seed)
    total = int(cfg.epochs * len(train) / cfg.batch)
    t0, first = time.time(), step
    model.train()
    while step - first < total and time.time() - t0 < args.minutes * 60:
        idx = [rng.randrange(len(train)) for _ in range(cfg.batch)]
        b = collate([train[i] for i in idx], cfg.unk_rate, rng)
        # cosine decay over the planned steps, after a short warm-up
        frac = (step - first) / max(1, total)
        for g in opt.param_groups:
            g["lr"] = lr_at(step - first, base_lr, 200) * 0.5 * (1 + math.cos(math.pi * frac))
        parts = losses(model(b["feats"]), b)
        loss = sum(WEIGHTS[k] * v for k, v in parts.items())
        opt.zero_grad()
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        if not (torch.isfinite(loss) and torch.isfinite(norm)):
            # a bad batch must not poison the weights: skip it and say which heads went wrong
            log.info("step %d: non-finite loss or gradient (%s), batch skipped", step,
                     " ".join(k for k, v in parts.items() if not torch.isfinite(v)) or "gradient")
            continue
        opt.step()
        step += 1
        if step % 100 == 0:
            log.info("step %d/%d loss %.4f (%s) %.0fs", step - first, total, float(loss),
                     " ".join(f"{k}={float(v):.3f}" for k, v in parts.items()), time.time() - t0)
    metrics = {"step": step, "steps_this_run": step - first, "seconds": round(time.time() - t0, 1),
               "train_lines": len(train), "test_lines": len(test), "test": evaluate(model, test, 128)}
    log.info("test %s", metrics["test"])
    Checkpoint(config=cfg.to_dict(), step=step, weights=bf16_state(model), meta={"vocab": vocab}).save(out / "planner.pt")
    write_json(out / "metrics.json", metrics)
    return metrics


if __name__ == "__main__":
    main()
