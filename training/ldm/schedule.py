"""Noise schedule, training targets and the DDIM sampler (mirrors diffusers' DDIMScheduler).

Schedule: SD's "scaled_linear" betas, sqrt(beta) linear from sqrt(0.00085) to sqrt(0.012), 1000 steps.
Prediction: v-prediction (model predicts v = sqrt(a) * eps - sqrt(1-a) * x0); "epsilon" is supported too.
DDIM (eta = 0): "leading" timestep spacing with steps_offset 1 and set_alpha_to_one False, as SD 2's
scheduler_config.json. img2img (SD2 depth2img): start at timesteps[N - int(N * strength):] from
the reference latent noised to the first of those timesteps. The browser scheduler must match this
file; test/fixtures/toon-mini/scheduler.json holds reference values (written by write_fixture()).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch

from training.common.config import Config


@dataclass
class ScheduleConfig(Config):
    num_train_timesteps: int = 1000
    beta_start: float = 0.00085
    beta_end: float = 0.012
    beta_schedule: str = "scaled_linear"
    prediction_type: str = "v_prediction"
    steps_offset: int = 1
    set_alpha_to_one: bool = False
    timestep_spacing: str = "leading"



def alphas_cumprod(cfg: ScheduleConfig) -> torch.Tensor:
    """float64 cumulative product of (1 - beta); the browser recomputes it in float64 too."""
    n = cfg.num_train_timesteps
    if cfg.beta_schedule == "scaled_linear":
        betas = torch.linspace(cfg.beta_start ** 0.5, cfg.beta_end ** 0.5, n, dtype=torch.float64) ** 2
    elif cfg.beta_schedule == "linear":
        betas = torch.linspace(cfg.beta_start, cfg.beta_end, n, dtype=torch.float64)
    else:
        raise ValueError(f"unknown beta_schedule {cfg.beta_schedule!r}")
    return torch.cumprod(1.0 - betas, dim=0)


def add_noise(x0: torch.Tensor, noise: torch.Tensor, t: torch.Tensor, ac: torch.Tensor) -> torch.Tensor:
    a = ac.to(x0.device)[t].float().view(-1, *([1] * (x0.dim() - 1)))
    return a.sqrt() * x0 + (1 - a).sqrt() * noise


def training_target(x0, noise, t, ac, prediction_type: str) -> torch.Tensor:
    if prediction_type == "epsilon":
        return noise
    a = ac.to(x0.device)[t].float().view(-1, *([1] * (x0.dim() - 1)))
    return a.sqrt() * noise - (1 - a).sqrt() * x0


def loss_weight(t: torch.Tensor, ac: torch.Tensor, prediction_type: str, min_snr_gamma: float | None):
    """Min-SNR-gamma weighting (Hang et al. 2023); for v-prediction the weight is min(snr,g)/(snr+1)."""
    if not min_snr_gamma:
        return torch.ones_like(t, dtype=torch.float32)
    a = ac.to(t.device)[t].float()
    snr = a / (1 - a)
    clipped = snr.clamp(max=min_snr_gamma)
    return clipped / (snr + 1) if prediction_type == "v_prediction" else clipped / snr


def ddim_timesteps(cfg: ScheduleConfig, num_steps: int) -> list[int]:
    ratio = cfg.num_train_timesteps // num_steps
    return [i * ratio + cfg.steps_offset for i in reversed(range(num_steps))]


def img2img_timesteps(cfg: ScheduleConfig, num_steps: int, strength: float) -> list[int]:
    """SD2 depth2img: keep the last int(num_steps * strength) steps (strength 1 = from pure noise)."""
    init = min(int(num_steps * strength), num_steps)
    return ddim_timesteps(cfg, num_steps)[num_steps - init:]


def ddim_step(model_output, t: int, sample, cfg: ScheduleConfig, ac: torch.Tensor, num_steps: int):
    """One deterministic DDIM step (eta 0) from timestep t to t - 1000 // num_steps."""
    prev_t = t - cfg.num_train_timesteps // num_steps
    a_t = float(ac[t])
    a_prev = float(ac[prev_t]) if prev_t >= 0 else (1.0 if cfg.set_alpha_to_one else float(ac[0]))
    if cfg.prediction_type == "v_prediction":
        x0 = a_t ** 0.5 * sample - (1 - a_t) ** 0.5 * model_output
        eps = a_t ** 0.5 * model_output + (1 - a_t) ** 0.5 * sample
    else:
        eps = model_output
        x0 = (sample - (1 - a_t) ** 0.5 * eps) / a_t ** 0.5
    return a_prev ** 0.5 * x0 + (1 - a_prev) ** 0.5 * eps


@torch.no_grad()
def sample_ddim(unet, depth_grid, cond, uncond, cfg: ScheduleConfig, *, steps: int = 25, guidance: float = 3.0,
                generator: torch.Generator | None = None, init_latent=None, strength: float = 1.0, noise=None):
    """Classifier-free guided DDIM. depth_grid [B,1,h,w] in [-1,1]; cond/uncond [B,L+1,D] contexts;
    init_latent (scaled) + strength < 1 starts from the noised reference as SD2 depth2img does.
    noise [B,4,h,w], when given, replaces the draw from `generator` (paired comparisons)."""
    ac = alphas_cumprod(cfg)
    b, _, h, w = depth_grid.shape
    if noise is None:
        noise = torch.randn((b, 4, h, w), generator=generator)
    noise = noise.to(depth_grid.device)
    if init_latent is not None and strength < 1.0:
        ts = img2img_timesteps(cfg, steps, strength)
        if not ts:
            return init_latent
        x = add_noise(init_latent, noise, torch.full((b,), ts[0], dtype=torch.long), ac)
    else:
        ts, x = ddim_timesteps(cfg, steps), noise
    context = torch.cat([uncond, cond], dim=0)
    for t in ts:
        inp = torch.cat([x, depth_grid], dim=1).repeat(2, 1, 1, 1)
        out = unet(inp, torch.full((2 * b,), t, dtype=torch.long, device=x.device), context).float()
        out_u, out_c = out.chunk(2)
        x = ddim_step(out_u + guidance * (out_c - out_u), t, x, cfg, ac, steps)
    return x


def write_fixture(path: Path, cfg: ScheduleConfig | None = None) -> dict:
    """Reference values for the browser scheduler: alphas_cumprod, timesteps and a few DDIM steps."""
    cfg = cfg or ScheduleConfig()
    ac = alphas_cumprod(cfg)
    g = torch.Generator().manual_seed(7)
    sample, out = torch.randn(8, generator=g, dtype=torch.float64), torch.randn(8, generator=g, dtype=torch.float64)
    steps = []
    for pred in ("v_prediction", "epsilon"):
        c = ScheduleConfig(**{**cfg.to_dict(), "prediction_type": pred})
        for n, t in ((25, 961), (25, 1), (10, 501), (50, 21)):
            steps.append({"prediction_type": pred, "num_steps": n, "t": t, "sample": sample.tolist(),
                          "model_output": out.tolist(), "prev_sample": ddim_step(out, t, sample, c, ac, n).tolist()})
    noise = torch.randn(8, generator=g, dtype=torch.float64)
    fixture = {
        "config": cfg.to_dict(),
        "alphas_cumprod": ac.tolist(),
        "timesteps": {"25": ddim_timesteps(cfg, 25), "10": ddim_timesteps(cfg, 10)},
        "img2img": {"num_steps": 25, "strength": 0.6, "timesteps": img2img_timesteps(cfg, 25, 0.6)},
        "add_noise": {"x0": sample.tolist(), "noise": noise.tolist(), "t": 601,
                      "noisy": (ac[601].sqrt() * sample + (1 - ac[601]).sqrt() * noise).tolist()},
        "ddim_steps": steps,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(fixture, indent=1) + "\n")
    return fixture
