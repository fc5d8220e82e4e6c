"""The depth estimator's metrics on a split of any ToonScenes build, so two checkpoints compare on one set.

MAE, RMSE, share within 0.05 and δ1 as depth/model.py depth_metrics, on the checkpoint's EMA weights at its
trained size, overall and per art style (a reference an author uploads may be in any of them).

python3 -m training.depth.eval --depth DIR --data DIR [--split test] [--out FILE]
    [--grid PNG [--grid-also DIR]]   rows of the split's first scenes: image | truth | --depth's prediction
                                     [| --grid-also's prediction, e.g. an earlier checkpoint]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

from training.common.checkpoint import Checkpoint, load_resume, load_state
from training.common.data import SceneSplit
from training.common.images import grid, write_png
from training.depth.model import DepthConfig, DepthNet
from training.depth.train import evaluate, prep, to_tensors

GRID_SCENES = 8


def load_depth(folder: Path) -> tuple[DepthNet, Checkpoint]:
    """The EMA weights (what training evaluates and the app runs) in eval mode, and the checkpoint."""
    ck = load_resume(folder, "depth.pt")
    model = DepthNet(DepthConfig.from_dict(ck.config))
    load_state(model, ck.ema)
    return model.eval(), ck


@torch.no_grad()
def write_grid(path: Path, models: list, x_u8: torch.Tensor, y_u8: torch.Tensor) -> None:
    grey = lambda d: d.byte().unsqueeze(-1).repeat(1, 1, 1, 3).numpy()  # noqa: E731 [N,H,W] 0-255 -> RGB
    preds = [grey(m(prep(x_u8, y_u8)[0]).clamp(0, 1).mul(255).round()) for m in models]
    cols = [x_u8.numpy(), grey(y_u8.float())] + preds
    write_png(path, grid([[c[i] for c in cols] for i in range(len(x_u8))]))


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--depth", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--split", default="test")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--grid", type=Path)
    ap.add_argument("--grid-also", type=Path)
    a = ap.parse_args(argv)
    model, ck = load_depth(a.depth)
    split = SceneSplit(a.data, a.split)
    x, y = to_tensors(split, int(ck.meta["size"]), torch.device("cpu"))
    styles = torch.from_numpy(split.style_ids()).long()
    names = split.styles
    report = {"depth": a.depth.name, "step": ck.step, "data": a.data.name, "split": a.split,
              "size": int(ck.meta["size"]), "all": evaluate(model, x, y),
              "by_style": {names[s]: evaluate(model, x[styles == s], y[styles == s])
                           for s in sorted(set(styles.tolist()))}}
    if a.grid:
        also = [load_depth(a.grid_also)[0]] if a.grid_also else []
        write_grid(a.grid, [model] + also, x[:GRID_SCENES], y[:GRID_SCENES])
    text = json.dumps(report, indent=1)
    if a.out:
        a.out.write_text(text + "\n")
    print(text)
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
