"""Configs of the latent depth-to-image model: tiny (tests, CPU dry run), smoke (CPU weights), full (GPU)."""
from __future__ import annotations

# f=4 autoencoder: full trains at 128 px -> 32x32x4 latents (the probe's choice; reconstructs outlines);
# smoke/tiny train the same architecture at 64 px -> 16x16 latents so CPU steps stay cheap.
CONFIGS = {
    "tiny": {
        "image_size": 64, "max_scenes": 64,
        "vae": {"channels": (16, 32, 64), "groups": 8},
        "unet": {"channels": (32, 64, 96), "groups": 16, "head_dim": 16},
        "vae_batch": 4, "unet_batch": 4, "vae_max_steps": 3, "unet_max_steps": 3,
        "vae_lr": 4e-4, "unet_lr": 2e-4, "warmup": 2, "ema_decay": 0.99,
        "eval_scenes": 8, "sample_steps": 4, "log_every": 1,
    },
    "smoke": {
        "image_size": 64, "max_scenes": 4000,
        "vae": {}, "unet": {},
        "vae_batch": 16, "unet_batch": 16, "vae_max_steps": 10**9, "unet_max_steps": 10**9,
        "vae_lr": 4e-4, "unet_lr": 2e-4, "warmup": 50, "ema_decay": 0.995,
        "eval_scenes": 64, "sample_steps": 20, "log_every": 20,
    },
    "full": {
        "image_size": 128, "max_scenes": None,
        "vae": {}, "unet": {},
        "vae_batch": 64, "unet_batch": 512, "vae_max_steps": 10**9, "unet_max_steps": 10**9,
        "vae_lr": 4e-4, "unet_lr": 3e-4, "warmup": 200, "ema_decay": 0.999,
        "eval_scenes": 512, "sample_steps": 25, "log_every": 200,
    },
}

COMMON = {
    "kl_weight": 1e-6, "edge_weight": 0.5,
    "p_drop_text": 0.1,       # caption -> "" and style -> null row together: the CFG unconditional branch
    "p_drop_style": 0.05,     # style alone -> null row, so a prompt works without a style too
    "min_snr_gamma": 5.0,
    "val_timesteps": (50, 250, 500, 750, 950),
    "guidance": 3.0, "img2img_strength": 0.75,
}


def get_config(name: str) -> dict:
    if name not in CONFIGS:
        raise ValueError(f"unknown config {name!r}; choose one of {sorted(CONFIGS)}")
    return {**COMMON, **CONFIGS[name], "name": name}
