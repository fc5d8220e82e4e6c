"""Train the guided upscaler's head (training/upscale/model.py GuidedUpscaler) on the exact pairs, the plain
upscaler below it frozen at its trained weights: guided panels are never worse for having the head.

python3 -m training.upscale.train_guided --pairs out/upscale-pairs --out training/checkpoints/upscale-guided
    [--base training/checkpoints/upscale] [--resume training/checkpoints/upscale-guided] [--minutes M] [--steps N]
    [--shift PX] [--holes P]
The guide is the edge map of the true render (guide.py), roughened the way the app's guides are: shifted, holed,
sometimes another scene's or none. Inputs degraded as for the plain upscaler. Loss: L1 against the true crop.
"""
from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from ..common.checkpoint import Checkpoint, load_resume, load_state, restore
from ..common.cli import lr_at, seed_all, setup_logging, write_json
from ..common.ema import Ema
from .config import UpscaleConfig
from .data import PairSplit, crops
from .guide import edge_guide, roughen_guides
from .model import GuidedUpscaler
from .train import fp32_state, training_batch

CKPT = "guided.pt"


def guided_model(base_ckpt: Checkpoint) -> GuidedUpscaler:
    model = GuidedUpscaler(UpscaleConfig.from_dict(base_ckpt.config))
    load_state(model.base, base_ckpt.ema if base_ckpt.ema is not None else base_ckpt.weights)
    for q in model.base.parameters():
        q.requires_grad_(False)
    return model


@torch.no_grad()
def crop_psnr(model: GuidedUpscaler, pack: PairSplit, n: int = 64) -> dict:
    """Quick PSNR on fixed clean test crops: no guide, the exact guide, a guide shifted 2 px (eval.py measures)."""
    gen = torch.Generator().manual_seed(1234)
    lo, hi, _ = crops(pack, gen, n, min(48, pack.lo.shape[1]), 0.0)
    exact = edge_guide(hi)
    psnr = lambda a: round(float(10 * torch.log10(1 / F.mse_loss(a.clamp(0, 1), hi))), 3)
    return {"none": psnr(model(lo, torch.zeros_like(exact))), "exact": psnr(model(lo, exact)),
            "shifted_2px": psnr(model(lo, torch.roll(exact, (2, 2), dims=(2, 3))))}


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--pairs", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--base", default="training/checkpoints/upscale")
    p.add_argument("--resume", default=None)
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--steps", type=int, default=None)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--shift", type=int, default=2, help="guides shifted up to this many output px")
    p.add_argument("--holes", type=float, default=0.5, help="share of guides with missing cells")
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    seed_all(args.seed)
    out = Path(args.out)
    log = setup_logging(out, "upscale-guided")
    ck = load_resume(args.resume, CKPT, required=False) if args.resume else None
    base_ck = load_resume(args.base, "upscaler.pt")
    cfg = UpscaleConfig.from_dict(base_ck.config)
    model = guided_model(base_ck)
    ema = Ema(model, cfg.ema)
    step = restore(ck, model, ema) if ck is not None else 0
    train, test = PairSplit(args.pairs, "train"), PairSplit(args.pairs, "test")
    head = [q for q in model.parameters() if q.requires_grad]
    log.info("train %d scenes, head params %d (base frozen, step %d), from step %d", len(train),
             sum(q.numel() for q in head), base_ck.step, step)
    opt = torch.optim.AdamW(head, lr=args.lr, weight_decay=0.0)
    gen = torch.Generator().manual_seed(args.seed * 1000 + step)
    t0, first = time.time(), step
    while (args.steps is None or step - first < args.steps) and time.time() - t0 < args.minutes * 60:
        frac = (step - first) / args.steps if args.steps else (time.time() - t0) / (args.minutes * 60)
        for g in opt.param_groups:
            g["lr"] = lr_at(step - first, args.lr, 100) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(frac, 1.0))))
        lo, hi = training_batch(train, gen, cfg)
        guide = roughen_guides(edge_guide(hi), gen, shift=args.shift, p_hole=args.holes)
        loss = F.l1_loss(model(lo, guide), hi)
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema.update(model)
        step += 1
        if step % 100 == 0:
            log.info("step %d loss %.4f lr %.2e %.0fs", step, float(loss), opt.param_groups[0]["lr"], time.time() - t0)
    quick = crop_psnr(ema.model, test)
    metrics = {"step": step, "steps_this_run": step - first, "seconds": round(time.time() - t0, 1), "base_step": base_ck.step,
               "test_crops": quick}
    log.info("test crops (EMA) %s", quick)
    Checkpoint(config=cfg.to_dict(), step=step, weights=fp32_state(model), ema=fp32_state(ema.model), ema_step=ema.step,
               meta={"kind": "toon-upscaler-guided", "base_step": base_ck.step}).save(out / CKPT)
    write_json(out / "metrics.json", metrics)
    return metrics


if __name__ == "__main__":
    main()
