"""Guided vs unguided: the toon upscaler with and without the composed drawing's edge guide, on the pair pack's
test scenes against the true 512 px render (PSNR, SSIM, edge-F1; metrics.py), clean and VAE round-trip inputs.
Guides: exact (the true render's edges: a composed drawing the panel matches), shifted 2 px, with holes (the panel
left part of the drawing), another scene's (a wrong guide must not hurt much), none (zeros).

python3 -m training.upscale.eval_guided --pairs out/upscale-pairs [--ckpt training/checkpoints/upscale-guided]
    [--out public/models/toon-mini/report/upscaler-guided.json] [--sheet PNG] [--scenes N]
With PAIRS/test/lo_diffusion.npy (npm run upscale:diffusion) it also measures real diffusion panels against their
reference's 512 px render.
Both nets run with their EMA weights rounded to fp16, as the exported ONNX files store them.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from ..common.checkpoint import load_resume, load_state
from ..common.cli import report
from ..common.images import grid, write_png
from .config import UpscaleConfig
from .data import PairSplit, to_tensor
from .eval import by_style
from .guide import edge_guide
from .metrics import measure, resample
from .model import GuidedUpscaler

GUIDES = ("exact", "shifted_2px", "holes", "other_scene", "none")


def load_guided(path) -> tuple[GuidedUpscaler, object]:
    ck = load_resume(path, "guided.pt")
    model = GuidedUpscaler(UpscaleConfig.from_dict(ck.config))
    load_state(model, {k: v.half().float() for k, v in (ck.ema or ck.weights).items()})
    return model.eval(), ck


def guide_for(kind: str, his: torch.Tensor, i: int) -> torch.Tensor:
    g = edge_guide(his[i:i + 1])
    if kind == "shifted_2px":
        return torch.roll(g, (2, 2), dims=(2, 3))
    if kind == "holes":  # the left half of the drawing missing
        g = g.clone()
        g[..., : g.shape[-1] // 2] = 0
        return g
    if kind == "other_scene":
        return edge_guide(his[(i + 1) % len(his):(i + 1) % len(his) + 1])
    if kind == "none":
        return torch.zeros_like(g)
    return g


def to_u8(t: torch.Tensor) -> np.ndarray:
    return (t.clamp(0, 1)[0] * 255).round().byte().permute(1, 2, 0).numpy()


@torch.no_grad()
def run_inputs(model: GuidedUpscaler, los: np.ndarray, his: np.ndarray, scenes: list) -> tuple[dict, list]:
    his_t = to_tensor(his)
    rows, outs = [], []
    for i, lo in enumerate(los):
        x = to_tensor(lo)[None]
        pred = {"bicubic": resample(lo, his.shape[1], "bicubic"), "unguided": to_u8(model.base(x))}
        for kind in GUIDES:
            pred[kind] = to_u8(model(x, guide_for(kind, his_t, i)))
        rows.append({m: measure(p, his[i]) for m, p in pred.items()})
        outs.append(pred)
    res = by_style(rows, scenes)
    a = res["all"]
    res["gain_db"] = {k: round(a[k]["psnr"] - a["unguided"]["psnr"], 3) for k in GUIDES}
    return res, outs


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--ckpt", default="training/checkpoints/upscale-guided")
    p.add_argument("--pairs", required=True)
    p.add_argument("--out", default="public/models/toon-mini/report/upscaler-guided.json")
    p.add_argument("--sheet", default=None, help="PNG: a scene of each style, bicubic | unguided | guided (exact) | truth")
    p.add_argument("--scenes", type=int, default=None)
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    model, ck = load_guided(args.ckpt)
    test = PairSplit(args.pairs, "test")
    n = min(args.scenes or len(test), len(test))
    los, his, scenes = np.asarray(test.lo[:n]), np.asarray(test.hi[:n]), test.scenes[:n]
    t0 = time.time()
    res = {"model": "upscaler-guided", "step": ck.step, "base_step": ck.meta.get("base_step") if ck.meta else None,
           "scenes": n, "guides": {"exact": "edges of the true render", "shifted_2px": "the same, 2 px down and right",
                                   "holes": "the left half missing", "other_scene": "the next test scene's edges",
                                   "none": "zeros (no composed drawing)"},
           "metrics": "PSNR (RGB, dB), SSIM (luma), edge-F1 (Sobel on luma, 1 px tolerance) vs the true 512 px render"}
    res["clean"], outs = run_inputs(model, los, his, scenes)
    if test.lo_vae is not None:
        k = min(n, len(test.lo_vae))
        res["vae_round_trip"], _ = run_inputs(model, np.asarray(test.lo_vae[:k]), his[:k], scenes[:k])
        res["vae_round_trip"]["scenes"] = k
    diffusion = Path(args.pairs) / "test" / "lo_diffusion.npy"  # npm run upscale:diffusion: real panels
    if diffusion.exists():
        lo_diff = np.load(diffusion)
        k = min(n, len(lo_diff))
        res["diffusion_panels"], diff_outs = run_inputs(model, lo_diff[:k], his[:k], scenes[:k])
        res["diffusion_panels"]["scenes"] = k
        res["diffusion_panels"]["note"] = ("the suite's diffusion panel drawn from each scene's 128 px render and depth "
                                           "(its caption, the app's sampling), measured against that reference's 512 px render")
    else:
        diff_outs = None
    res["seconds"] = round(time.time() - t0, 1)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    report(res, args.out)
    if args.sheet:
        picks = [next(i for i, s in enumerate(scenes) if s["style"] == st) for st in ("ink", "pastel", "screentone", "manga")
                 if any(s["style"] == st for s in scenes)]
        rows = [[outs[i]["bicubic"], outs[i]["unguided"], outs[i]["exact"], his[i]] for i in picks]
        if diff_outs is not None:  # then real panels: bicubic | unguided | guided by the reference's drawing | reference
            rows += [[diff_outs[i]["bicubic"], diff_outs[i]["unguided"], diff_outs[i]["exact"], his[i]]
                     for i in picks if i < len(diff_outs)]
        write_png(Path(args.sheet), grid(rows, pad=6))
    return res


if __name__ == "__main__":
    main()
