"""The command line, logging and seeding the CLIP, DCGAN and depth trainers share."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

import torch

__all__ = ["parse_args", "setup_logging", "write_json", "report", "lr_at", "seed_all"]


def parse_args(argv, description: str, extra=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--config", default="smoke", help="tiny | smoke | full")
    p.add_argument("--data", required=True, help="ToonScenes folder (npm run dataset -- --out DIR)")
    p.add_argument("--out", required=True, help="folder for checkpoints, metrics.json, log.txt")
    p.add_argument("--resume", default=None, help="checkpoint folder or file to continue from")
    p.add_argument("--minutes", type=float, default=10.0, help="wall-clock budget, evaluation included")
    p.add_argument("--steps", type=int, default=None, help="stop after this many steps (overrides config)")
    p.add_argument("--batch", type=int, default=None, help="override the config's batch (e.g. a CPU run of full)")
    p.add_argument("--seed", type=int, default=0)
    if extra:
        extra(p)
    return p.parse_args(argv)


def setup_logging(out: Path, name: str) -> logging.Logger:
    out.mkdir(parents=True, exist_ok=True)
    log = logging.getLogger(name)
    log.setLevel(logging.INFO)
    log.handlers.clear()
    fmt = logging.Formatter("%(asctime)s %(name)s %(message)s", "%H:%M:%S")
    for h in (logging.StreamHandler(sys.stdout), logging.FileHandler(out / "log.txt")):
        h.setFormatter(fmt)
        log.addHandler(h)
    return log


def write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(obj, indent=1, ensure_ascii=False))
    tmp.replace(path)


def report(res: dict, out: str | None) -> dict:
    """Prints an evaluation's result as JSON, and writes it to `out` too when given."""
    text = json.dumps(res, indent=1, ensure_ascii=False)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    print(text)
    return res


def lr_at(step: int, base: float, warmup: int) -> float:
    """Linear warm-up, then constant: runs are cut by wall-clock, so no schedule end is known."""
    return base * min(1.0, (step + 1) / max(1, warmup))


def seed_all(seed: int) -> None:
    torch.manual_seed(seed)
    os.environ.setdefault("PYTHONHASHSEED", str(seed))
