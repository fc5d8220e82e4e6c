"""Measures the toon upscaler on the pair pack's test scenes against the true 512 px render, beside bicubic and
Lanczos-3 on the same 128 px inputs: PSNR, SSIM and edge-F1 (training/upscale/metrics.py), overall and per style,
on the clean renders and on their VAE round trips (what a diffusion panel looks like before upscaling), and a
sample sheet (bicubic | ours | truth).

python3 -m training.upscale.eval --ckpt training/checkpoints/upscale --pairs out/upscale-pairs
    [--out public/models/toon-mini/report/upscaler.json] [--sheet PNG] [--scenes N]
The upscaler runs with its EMA weights rounded to fp16, as the exported ONNX file stores them.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch

from ..common.checkpoint import load_resume, load_state
from ..common.cli import report
from ..common.images import grid, write_png
from .config import UpscaleConfig
from .data import PairSplit, to_tensor
from .metrics import measure, resample
from .model import ToonUpscaler

METHODS = ("bicubic", "lanczos", "ours")


def load_upscaler(path) -> tuple[ToonUpscaler, object]:
    ck = load_resume(path, "upscaler.pt")
    model = ToonUpscaler(UpscaleConfig.from_dict(ck.config))
    load_state(model, {k: v.half().float() for k, v in (ck.ema or ck.weights).items()})
    return model.eval(), ck


@torch.no_grad()
def upscale(model: ToonUpscaler, lo: np.ndarray) -> np.ndarray:
    y = model(to_tensor(lo)[None]).clamp(0, 1)[0]
    return (y * 255).round().byte().permute(1, 2, 0).numpy()


def mean_of(rows: list) -> dict:
    return {m: {k: round(float(np.mean([r[m][k] for r in rows])), 4) for k in rows[0][m]} for m in rows[0]}


def by_style(rows: list, scenes: list) -> dict:
    """Each method's mean metrics over all scenes and per art style."""
    res = {"all": mean_of(rows)}
    for style in sorted({s["style"] for s in scenes}):
        res[style] = mean_of([r for r, s in zip(rows, scenes) if s["style"] == style])
    return res


def run_inputs(model, los, his, scenes) -> tuple[dict, list]:
    rows, outs = [], []
    for lo, hi in zip(los, his):
        size = hi.shape[0]
        pred = {"bicubic": resample(lo, size, "bicubic"), "lanczos": resample(lo, size, "lanczos"),
                "ours": upscale(model, lo)}
        rows.append({m: measure(pred[m], hi) for m in METHODS})
        outs.append(pred)
    res = by_style(rows, scenes)
    gain = res["all"]["ours"]["psnr"] - res["all"]["bicubic"]["psnr"]
    res["psnr_gain_over_bicubic_db"] = round(gain, 3)
    return res, outs


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--ckpt", default="training/checkpoints/upscale")
    p.add_argument("--pairs", required=True)
    p.add_argument("--out", default="public/models/toon-mini/report/upscaler.json")
    p.add_argument("--sheet", default=None, help="PNG: rows of test scenes, bicubic | ours | truth (+ the VAE input's)")
    p.add_argument("--scenes", type=int, default=None, help="the first N test scenes (default: all)")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    model, ck = load_upscaler(args.ckpt)
    test = PairSplit(args.pairs, "test")
    n = min(args.scenes or len(test), len(test))
    los, his, scenes = np.asarray(test.lo[:n]), np.asarray(test.hi[:n]), test.scenes[:n]
    t0 = time.time()
    res = {"model": "upscaler", "step": ck.step, "config": ck.config, "scenes": n,
           "pairs": {"low": int(los.shape[1]), "high": int(his.shape[1]),
                     "pack": json.loads((Path(args.pairs) / "pairs.json").read_text(encoding="utf-8"))},
           "metrics": "PSNR (RGB, dB), SSIM (luma, 11x11 Gaussian), edge-F1 (Sobel ≥ 128 on luma, 1 px tolerance)"
                      " vs the true render; bicubic = Keys a=-0.5, lanczos = Lanczos-3"}
    res["clean"], outs = run_inputs(model, los, his, scenes)
    if test.lo_vae is not None:
        k = min(n, len(test.lo_vae))
        res["vae_round_trip"], vae_outs = run_inputs(model, np.asarray(test.lo_vae[:k]), his[:k], scenes[:k])
        res["vae_round_trip"]["scenes"] = k
    else:
        vae_outs = None
    res["seconds"] = round(time.time() - t0, 1)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    report(res, args.out)
    if args.sheet:
        # one scene of each style: bicubic | ours | truth, then the same from the VAE round trip's input
        picks = [next(i for i, s in enumerate(scenes) if s["style"] == st) for st in ("ink", "pastel", "screentone", "manga")
                 if any(s["style"] == st for s in scenes)]
        rows = []
        for i in picks:
            row = [outs[i]["bicubic"], outs[i]["ours"], his[i]]
            if vae_outs is not None and i < len(vae_outs):
                row += [vae_outs[i]["bicubic"], vae_outs[i]["ours"]]
            rows.append(row)
        write_png(Path(args.sheet), grid(rows, pad=6))
    return res


if __name__ == "__main__":
    main()
