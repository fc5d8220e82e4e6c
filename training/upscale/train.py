"""Train the toon upscaler on exact ToonScenes pairs (npm run upscale:pairs), on the CPU or a GPU.

python3 -m training.upscale.train --config full --pairs out/upscale-pairs --out training/checkpoints/upscale
    [--resume training/checkpoints/upscale] [--minutes M] [--steps N] [--threads T] [--seed S]
Writes OUT/upscaler.pt (weights, EMA, config), OUT/metrics.json (with a quick PSNR of the EMA on fixed test crops)
and OUT/log.txt. Loss: L1 against the true render's crop.
"""
from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from ..common.checkpoint import Checkpoint, load_resume, restore
from ..common.cli import lr_at, seed_all, setup_logging, write_json
from ..common.ema import Ema
from .config import UpscaleConfig
from .data import PairSplit, crops
from .degrade import degrade
from .model import ToonUpscaler

CKPT = "upscaler.pt"


def fp32_state(model: torch.nn.Module) -> dict:
    # fp32, not the suite's usual bf16: a 0.1 M-parameter net is 0.4 MB, and bf16 rounding costs an upscaler PSNR
    return {k: v.detach().float().cpu().clone() for k, v in model.state_dict().items()}


@torch.no_grad()
def crop_psnr(model: torch.nn.Module, pack: PairSplit, cfg: UpscaleConfig, n: int = 64) -> dict:
    """PSNR on fixed clean test crops (seeded): ours and bilinear, a quick reading; training/upscale/eval.py measures."""
    gen = torch.Generator().manual_seed(1234)
    lo, hi, _ = crops(pack, gen, n, min(48, pack.lo.shape[1]), 0.0)
    ours = model(lo).clamp(0, 1)
    base = F.interpolate(lo, scale_factor=cfg.factor, mode="bilinear", align_corners=False).clamp(0, 1)
    psnr = lambda a: float(10 * torch.log10(1 / F.mse_loss(a, hi)))
    return {"psnr": round(psnr(ours), 3), "psnr_bilinear": round(psnr(base), 3)}


def training_batch(pack: PairSplit, gen: torch.Generator, cfg: UpscaleConfig) -> tuple[torch.Tensor, torch.Tensor]:
    """Aligned crops, the inputs clean, from the VAE round trip or degraded (blur, noise, JPEG) in the config's shares."""
    lo, hi, from_vae = crops(pack, gen, cfg.batch, cfg.patch, cfg.vae)
    keep = torch.rand(cfg.batch, generator=gen) < cfg.clean
    rough = ~(keep | from_vae)
    if rough.any():
        lo[rough] = degrade(lo[rough], gen, cfg.blur, cfg.noise, cfg.jpeg)
    return lo, hi


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--config", default="full")
    p.add_argument("--pairs", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--resume", default=None)
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--steps", type=int, default=None)
    p.add_argument("--threads", type=int, default=1, help="torch threads (1 on shared CPUs)")
    p.add_argument("--lr", type=float, default=None)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    seed_all(args.seed)
    out = Path(args.out)
    log = setup_logging(out, "upscale")
    cfg = UpscaleConfig.named(args.config)
    ck = load_resume(args.resume, CKPT, required=False) if args.resume else None
    if ck is not None:
        cfg = UpscaleConfig.from_dict(ck.config)  # a resumed run keeps its checkpoint's architecture
    train, test = PairSplit(args.pairs, "train"), PairSplit(args.pairs, "test")
    if train.factor != cfg.factor:
        raise SystemExit(f"the pack is ×{train.factor}, the config ×{cfg.factor}")
    model = ToonUpscaler(cfg)
    ema = Ema(model, cfg.ema)
    step = restore(ck, model, ema) if ck is not None else 0
    log.info("train %d scenes (%d with a VAE round trip), test %d, params %d, from step %d", len(train),
             0 if train.lo_vae is None else len(train.lo_vae), len(test), sum(q.numel() for q in model.parameters()), step)
    base_lr = args.lr or cfg.lr
    opt = torch.optim.AdamW(model.parameters(), lr=base_lr, weight_decay=0.0)
    gen = torch.Generator().manual_seed(args.seed * 1000 + step)  # a resumed run draws new crops
    t0, first = time.time(), step
    # cosine over the run's own budget (steps, or the wall clock), after a short warm-up
    while (args.steps is None or step - first < args.steps) and time.time() - t0 < args.minutes * 60:
        frac = (step - first) / args.steps if args.steps else (time.time() - t0) / (args.minutes * 60)
        for g in opt.param_groups:
            g["lr"] = lr_at(step - first, base_lr, 100) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(frac, 1.0))))
        lo, hi = training_batch(train, gen, cfg)
        loss = F.l1_loss(model(lo), hi)
        opt.zero_grad()
        loss.backward()
        opt.step()
        ema.update(model)
        step += 1
        if step % 100 == 0:
            log.info("step %d loss %.4f lr %.2e %.0fs", step, float(loss), opt.param_groups[0]["lr"], time.time() - t0)
    quick = crop_psnr(ema.model, test, cfg)
    metrics = {"step": step, "steps_this_run": step - first, "seconds": round(time.time() - t0, 1),
               "test_crops": quick}
    log.info("test crops (EMA) %s", quick)
    Checkpoint(config=cfg.to_dict(), step=step, weights=fp32_state(model), ema=fp32_state(ema.model), ema_step=ema.step,
               meta={"kind": "toon-upscaler", "pairs": {"low": train.lo.shape[1], "high": train.hi.shape[1]}}
               ).save(out / CKPT)
    write_json(out / "metrics.json", metrics)
    return metrics


if __name__ == "__main__":
    main()
