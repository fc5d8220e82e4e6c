"""Depth estimator for uploaded reference images, trained on ToonScenes' rendered depth.

python3 -m training.depth.train --config tiny|smoke|full --data DIR --out DIR [--resume DIR] [--minutes M] [--lr LR]
Writes OUT/depth.pt (bf16 weights + EMA), OUT/metrics.json (MAE, RMSE, δ1 on the test split).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import torch

from training.common.checkpoint import Checkpoint, bf16_state, load_resume, restore
from training.common.cli import parse_args, seed_all, setup_logging, write_json
from training.common.data import SceneSplit
from training.common.device import autocast, Deadline, pick_device, to_device
from training.common.ema import Ema
from training.depth.config import DepthTrain
from training.depth.model import DepthConfig, DepthNet, depth_loss, depth_metrics


def to_tensors(split: SceneSplit, size: int, device):
    x = torch.from_numpy(np.array(split.images(size))).to(device)
    y = torch.from_numpy(np.array(split.depth(size))).to(device)
    return x, y


def prep(x_u8: torch.Tensor, y_u8: torch.Tensor):
    return x_u8.permute(0, 3, 1, 2).float().div(127.5).sub(1), y_u8.float().div(255)


@torch.no_grad()
def evaluate(model, x_u8, y_u8, batch: int = 64) -> dict:
    was = model.training
    model.eval()
    preds = [model(prep(x_u8[i:i + batch], y_u8[i:i + batch])[0]).float() for i in range(0, len(x_u8), batch)]
    model.train(was)
    return {**depth_metrics(torch.cat(preds), y_u8.float().div(255)), "n": int(len(x_u8))}


def main(argv=None) -> dict:
    # --lr: a resumed run can finish at a lower rate than the config's (the rate is constant within a run)
    args = parse_args(argv, __doc__, extra=lambda p: p.add_argument("--lr", type=float, default=None))
    cfg, out = DepthTrain.named(args.config), Path(args.out)
    log, deadline, device = setup_logging(out, "depth"), Deadline(args.minutes), pick_device()
    seed_all(args.seed)
    size = cfg.size
    data = {s: to_tensors(SceneSplit(args.data, s), size, device) for s in ("train", "val", "test")}
    ck = load_resume(args.resume, "depth.pt")
    # a resumed run keeps the checkpoint's architecture, whatever --config says
    model = DepthNet(DepthConfig.from_dict(ck.config if ck else cfg.model)).to(device)
    ema = Ema(model, decay=0.999)
    step = restore(ck, model, ema) if ck else 0
    start_step, max_steps = step, args.steps or cfg.max_steps
    lr = args.lr or cfg.lr
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    batch = min(args.batch or cfg.batch, len(data["train"][0]))
    log.info("device %s, %d params, size %d, %d train scenes, lr %g", device, sum(p.numel() for p in model.parameters()),
             size, len(data["train"][0]), lr)
    gen = torch.Generator().manual_seed(args.seed + step)
    history, recent, t0 = [], [], time.time()
    while step - start_step < max_steps and not deadline.passed(reserve_s=15 if device.type == "cuda" else 5):
        idx = to_device(torch.randint(len(data["train"][0]), (batch,), generator=gen), device)  # no per-step sync
        x, y = prep(data["train"][0][idx], data["train"][1][idx])
        if torch.rand((), generator=gen) < 0.5:  # mirror: depth has no left/right semantics
            x, y = x.flip(-1), y.flip(-1)
        with autocast(device):
            loss = depth_loss(model(x).float(), y)
        opt.zero_grad(set_to_none=True); loss.backward(); opt.step(); ema.update(model)
        step += 1
        recent = (recent + [loss.detach()])[-50:]  # read only when logging: float() per step waits for the GPU
        if step % cfg.log_every == 0:
            log.info("step %d loss %.4f %.2f steps/s", step, float(torch.stack(recent).mean()),
                     (step - start_step) / (time.time() - t0))
        if step % cfg.eval_every == 0:
            history.append({"step": step, "val": evaluate(ema.model, *data["val"])})
            log.info("eval %s", history[-1])
    Checkpoint(model.config.to_dict(), step, bf16_state(model), ema=bf16_state(ema.model), ema_step=ema.step,
               meta={"size": size}).save(out / "depth.pt")
    metrics = {"model": "depth", "config": args.config, "device": str(device), "steps": step,
               "steps_this_run": step - start_step, "minutes_this_run": deadline.elapsed() / 60, "batch": batch, "lr": lr,
               "size": size, "params": sum(p.numel() for p in model.parameters()),
               "train_loss": float(torch.stack(recent).mean()) if recent else None, "weights": "ema",
               "val": evaluate(ema.model, *data["val"]), "test": evaluate(ema.model, *data["test"]),
               "history": history}
    write_json(out / "metrics.json", metrics)
    log.info("done: test %s", metrics["test"])
    return metrics


if __name__ == "__main__":
    main(sys.argv[1:])
