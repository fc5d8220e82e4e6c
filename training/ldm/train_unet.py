"""UNet phase: depth-conditioned latent diffusion on frozen-VAE latents and frozen text token states."""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import torch

from training.common.checkpoint import Checkpoint, bf16_state, load_resume, restore, weights_id
from training.common.device import autocast, Deadline, pick_device
from training.common.ema import Ema
from training.ldm.data import CaptionDraw, depth_to_tensor, images_to_tensor, load_split
from training.ldm.schedule import ScheduleConfig, add_noise, alphas_cumprod, loss_weight, training_target
from training.ldm.text import TextStates
from training.ldm.train_vae import build_vae
from training.ldm.unet import STYLES, DepthUnet, UnetConfig, depth_to_latent_grid

log = logging.getLogger("ldm.unet")
NULL_STYLE = len(STYLES)


def build_unet(cfg, context_dim: int, ckpt: Checkpoint | None = None) -> DepthUnet:
    """The checkpoint's architecture and weights, else the config's fresh UNet for this text width."""
    ucfg = UnetConfig.from_dict({**cfg.unet, "context_dim": context_dim, **(ckpt.config if ckpt else {})})
    if ucfg.context_dim != context_dim:
        raise ValueError(f"UNet checkpoint expects context width {ucfg.context_dim}, text tower gives {context_dim}")
    unet = DepthUnet(ucfg)
    if ckpt:
        restore(ckpt, unet)
    return unet


def load_unet(resume) -> Checkpoint | None:
    """The UNet to continue: the online weights of ldm-unet.pt with the EMA of ldm-unet-ema.pt. The repo keeps
    only the EMA (the GPU carry needs the room), and then the online weights continue from the EMA."""
    online = load_resume(resume, "ldm-unet.pt", required=False)
    ema = load_resume(resume, "ldm-unet-ema.pt", required=False)
    if online is None and ema is not None:
        log.warning("no ldm-unet.pt: resuming the online UNet from the EMA weights")
        online = Checkpoint.from_dict(ema.to_dict())
    if online is not None:
        online.ema = ema.weights if ema is not None else None
    return online


@torch.no_grad()
def encode_split(vae, split, device, size: int, batch: int = 128):
    """Posterior moments (fp16, [n,8,h,w]) and depth grids ([n,1,h,w] in [-1,1]) for a whole split."""
    moments, depths = [], []
    for i in range(0, len(split), batch):
        x = images_to_tensor(split.images[i:i + batch]).to(device)
        with autocast(device):
            mean, logvar = vae.moments(x)
        moments.append(torch.cat([mean, logvar], 1).half())
        latent_size = mean.shape[-1]
        depths.append(depth_to_latent_grid(depth_to_tensor(split.depth[i:i + batch]).to(device), latent_size))
    return torch.cat(moments), torch.cat(depths)


def contexts(unet, text: TextStates, captions: list[str], styles: torch.Tensor, device) -> torch.Tensor:
    with torch.no_grad():
        states = text.encode(captions).to(device)
    return unet.context_with_style(states, styles.to(device))


@torch.no_grad()
def validation_loss(unet, text, val_moments, val_depth, val_captions, val_styles, scale, sched, ac, timesteps, device):
    """Unweighted prediction MSE on val at fixed timesteps with fixed noise: comparable across runs."""
    g = torch.Generator().manual_seed(1234)
    z = (val_moments[:, :4].float() * scale).cpu()
    noise = torch.randn(z.shape, generator=g)
    out = {}
    for t in timesteps:
        tt = torch.full((len(z),), t, dtype=torch.long)
        zt = add_noise(z, noise, tt, ac).to(device)
        target = training_target(z, noise, tt, ac, sched.prediction_type).to(device)
        losses = []
        for i in range(0, len(z), 64):
            ctx = contexts(unet, text, val_captions[i:i + 64], val_styles[i:i + 64], device)
            with autocast(device):
                pred = unet(torch.cat([zt[i:i + 64], val_depth[i:i + 64]], 1), tt[i:i + 64].to(device), ctx)
            losses.append(((pred.float() - target[i:i + 64]) ** 2).mean(dim=(1, 2, 3)))
        out[str(t)] = torch.cat(losses).mean().item()
    out["mean"] = float(np.mean(list(out.values())))
    return out


def train_unet(cfg, data: Path, out: Path, vae_ckpt: Checkpoint, text: TextStates, resume: Checkpoint | None,
               minutes: float, seed: int = 0) -> Checkpoint:
    """Trains `minutes`, saves ldm-unet.pt (online) and ldm-unet-ema.pt, returns the EMA's checkpoint."""
    device = pick_device()
    torch.manual_seed(seed + (resume.step if resume else 0))  # seeds the device's generator too: batches are drawn there
    sched = ScheduleConfig.from_dict(resume.meta["schedule"]) if resume else ScheduleConfig()
    ac = alphas_cumprod(sched).float().to(device)  # once: a per-step host copy would make each step wait
    vae = build_vae(cfg, vae_ckpt).to(device).eval().requires_grad_(False)
    scale = float(vae_ckpt.meta["scale_factor"])
    vae_id = weights_id(vae_ckpt.weights)
    if resume and resume.meta.get("vae_id") != vae_id:
        log.warning("UNet checkpoint was trained on another VAE (%s != %s): its latents differ; resuming anyway",
                    resume.meta.get("vae_id"), vae_id)
    train = load_split(data, "train", cfg.image_size, cfg.max_scenes)
    val = load_split(data, "val", cfg.image_size, cfg.eval_scenes)
    moments, depth = encode_split(vae, train, device, cfg.image_size)
    val_moments, val_depth = encode_split(vae, val, device, cfg.image_size)
    val_captions = [c.get("en", [""])[0] for c in val.captions]
    val_styles = torch.from_numpy(val.style_ids)
    styles = torch.from_numpy(train.style_ids).to(device)
    draw_captions = CaptionDraw(train.captions, text.encode_padded, text.input_ids(""), device)
    unet = build_unet(cfg, text.dim, resume).to(device)
    ema = Ema(unet, cfg.ema_decay)
    step0 = restore(resume, unet, ema) if resume else 0
    val_before = validation_loss(ema.model, text, val_moments, val_depth, val_captions, val_styles, scale, sched, ac,
                                 cfg.val_timesteps, device) if resume else None
    opt = torch.optim.AdamW(unet.parameters(), lr=cfg.unet_lr, weight_decay=0.01)
    deadline, step, running, last_mse = Deadline(minutes), 0, [], None
    unet.train()
    while step < cfg.unet_max_steps and not deadline.passed(reserve_s=min(45.0, 0.15 * deadline.seconds)):
        # the whole batch is drawn on the device: no host copy or read, so Python queues steps ahead of the GPU
        idx = torch.randint(0, len(moments), (cfg.unet_batch,), device=device)
        m = moments[idx].float()
        z0 = (m[:, :4] + torch.randn_like(m[:, :4]) * torch.exp(0.5 * m[:, 4:])) * scale
        drop = torch.rand(len(idx), device=device)
        ids = draw_captions(idx, drop < cfg.p_drop_text)
        style = torch.where(drop < cfg.p_drop_text + cfg.p_drop_style, torch.full_like(idx, NULL_STYLE), styles[idx])
        ctx = unet.context_with_style(text.encode_ids(ids), style)
        t = torch.randint(0, sched.num_train_timesteps, (len(z0),), device=device)
        noise = torch.randn_like(z0)
        target = training_target(z0, noise, t, ac, sched.prediction_type)
        for g in opt.param_groups:
            # per run, not per total step: AdamW's moments are not kept, so each resume starts them afresh
            g["lr"] = cfg.unet_lr * min(1.0, (step + 1) / cfg.warmup)
        with autocast(device):
            pred = unet(torch.cat([add_noise(z0, noise, t, ac), depth[idx]], 1), t, ctx)
        per_sample = ((pred.float() - target) ** 2).mean(dim=(1, 2, 3))
        loss = (loss_weight(t, ac, sched.prediction_type, cfg.min_snr_gamma) * per_sample).mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(unet.parameters(), 1.0)
        opt.step()
        ema.update(unet)
        step += 1
        running.append(per_sample.detach().mean())  # read only when logging: no GPU sync per step
        if step % cfg.log_every == 0:
            last_mse, running = torch.stack(running).mean().item(), []
            log.info("unet step %d mse %.4f (%.0fs)", step0 + step, last_mse, deadline.elapsed())
    val_after = validation_loss(ema.model, text, val_moments, val_depth, val_captions, val_styles, scale, sched, ac,
                                cfg.val_timesteps, device)
    metrics = {"unet_val_mse_before": val_before, "unet_val_mse": val_after, "steps_this_run": step,
               "train_mse_last": torch.stack(running).mean().item() if running else last_mse,
               "seconds_this_run": round(deadline.elapsed(), 1), "text_source": text.source}
    seconds = (resume.meta.get("seconds_total", 0.0) if resume else 0.0) + deadline.elapsed()
    meta = {"kind": "toon-mini-unet", "schedule": sched.to_dict(), "seconds_total": seconds, "vae_id": vae_id,
            "text_source": text.source, "text_id": text.weights_id, "metrics": metrics}
    Checkpoint(unet.cfg.to_dict(), step0 + step, bf16_state(unet), meta=meta).save(out / "ldm-unet.pt")
    kept = Checkpoint(unet.cfg.to_dict(), step0 + step, bf16_state(ema.model), meta=meta)
    kept.save(out / "ldm-unet-ema.pt")
    log.info("unet: %d steps this run (%d total), val mse %.4f (before %s)", step, step0 + step, val_after["mean"],
             None if val_before is None else round(val_before["mean"], 4))
    return kept
