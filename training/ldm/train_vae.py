"""VAE phase: L1 + edge + small KL on ToonScenes images, then measure the latent scale factor."""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import torch

from training.common.checkpoint import Checkpoint, bf16_state, restore
from training.common.device import autocast, Deadline, pick_device
from training.ldm.data import images_to_tensor, load_split
from training.ldm.vae import KLAutoencoder, VaeConfig, measure_scale, vae_loss

log = logging.getLogger("ldm.vae")


def build_vae(cfg, ckpt: Checkpoint | None = None) -> KLAutoencoder:
    """The checkpoint's architecture and weights (with its latent scale), else the config's fresh VAE."""
    vae = KLAutoencoder(VaeConfig.from_dict({**cfg.vae, **(ckpt.config if ckpt else {})}))
    if ckpt:
        restore(ckpt, vae)
        vae.scale_factor.fill_(float(ckpt.meta["scale_factor"]))
    return vae


def batches(images: torch.Tensor, batch: int):
    for i in range(0, len(images), batch):
        yield images[i:i + batch]


@torch.no_grad()
def evaluate_vae(vae: KLAutoencoder, images_u8: np.ndarray, device, batch: int = 64) -> float:
    """Mean absolute error (images in [-1,1]) of mean-latent reconstructions."""
    vae.eval()
    total, count = 0.0, 0
    for i in range(0, len(images_u8), batch):
        x = images_to_tensor(images_u8[i:i + batch]).to(device)
        with autocast(device):
            recon = vae.decoder(vae.moments(x)[0])
        total += (recon.float() - x).abs().sum().item()
        count += x.numel()
    return total / max(count, 1)


def train_vae(cfg, data: Path, out: Path, resume: Checkpoint | None, minutes: float, seed: int = 0) -> dict:
    device = pick_device()
    torch.manual_seed(seed + (resume.step if resume else 0))
    train = load_split(data, "train", cfg.image_size, cfg.max_scenes)
    test = load_split(data, "test", cfg.image_size, cfg.eval_scenes)
    vae = build_vae(cfg, resume).to(device)
    step0 = resume.step if resume else 0
    l1_before = evaluate_vae(vae, test.images, device) if resume else None
    # uint8 on the device: the whole split is small next to GPU memory, and loaders would be the bottleneck
    pixels = torch.from_numpy(np.array(train.images)).to(device)
    opt = torch.optim.AdamW(vae.parameters(), lr=cfg.vae_lr, weight_decay=0.0)
    deadline, step = Deadline(minutes), 0
    vae.train()
    while step < cfg.vae_max_steps and not deadline.passed(reserve_s=min(20.0, 0.1 * deadline.seconds)):
        idx = torch.randint(0, len(pixels), (cfg.vae_batch,), device=device)  # on the device: no per-step sync
        x = pixels[idx].permute(0, 3, 1, 2).float().div(127.5).sub(1.0)
        x = torch.where(torch.rand(len(x), 1, 1, 1, device=device) < 0.5, x.flip(3), x)  # flips only here: captions say left/right
        for g in opt.param_groups:
            # per run, not per total step: AdamW's moments are not kept, so each resume starts them afresh
            g["lr"] = cfg.vae_lr * min(1.0, (step + 1) / cfg.warmup)
        with autocast(device):
            loss, parts = vae_loss(vae, x, cfg.kl_weight, cfg.edge_weight)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(vae.parameters(), 1.0)
        opt.step()
        step += 1
        if step % cfg.log_every == 0:
            log.info("vae step %d loss %.4f l1 %.4f edge %.4f kl %.1f (%.0fs)", step0 + step, loss.item(),
                     parts["l1"].item(), parts["edge"].item(), parts["kl"].item(), deadline.elapsed())
    vae.eval()
    sample = images_to_tensor(train.images[: min(len(train), 1024)])
    with torch.no_grad(), autocast(device):
        scale = measure_scale(vae, (b.to(device) for b in batches(sample, 128)))
    vae.scale_factor.fill_(scale)
    l1 = evaluate_vae(vae, test.images, device)
    metrics = {"vae_test_l1_before": l1_before, "vae_test_l1": l1, "scale_factor": scale,
               "steps_this_run": step, "seconds_this_run": round(deadline.elapsed(), 1)}
    seconds = (resume.meta.get("seconds_total", 0.0) if resume else 0.0) + deadline.elapsed()
    ckpt = Checkpoint(vae.cfg.to_dict(), step0 + step, bf16_state(vae),
                      meta={"kind": "toon-mini-vae", "seconds_total": seconds, "image_size": cfg.image_size,
                            "scale_factor": scale, "metrics": metrics})
    size = ckpt.save(out / "ldm-vae.pt")
    log.info("vae: %d steps this run (%d total), test L1 %.4f, scale %.4f, %d bytes", step, step0 + step, l1, scale, size)
    return ckpt
