"""How the latent depth-to-image model trains: tiny (tests, CPU dry run), smoke (CPU weights), full (GPU).

The f=4 autoencoder: full trains at 128 px -> 32x32x4 latents (reconstructs outlines); smoke and tiny train the
same architecture at 64 px -> 16x16 latents so CPU steps stay cheap. Sampling settings (steps, guidance,
strength) are the app's: public/models/toon-mini/app-defaults.json.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from training.common.config import Config


@dataclass
class LdmTrain(Config):
    image_size: int = 128
    max_scenes: Optional[int] = None
    vae: dict = field(default_factory=dict)   # VaeConfig fields that differ from its defaults
    unet: dict = field(default_factory=dict)  # UnetConfig fields that differ from its defaults
    vae_batch: int = 64
    unet_batch: int = 512
    vae_max_steps: int = 10**9
    unet_max_steps: int = 10**9
    vae_lr: float = 4e-4
    unet_lr: float = 3e-4
    warmup: int = 200
    ema_decay: float = 0.999
    eval_scenes: int = 512
    sample_steps: int = 25
    log_every: int = 200
    kl_weight: float = 1e-6
    edge_weight: float = 0.5
    p_drop_text: float = 0.1     # caption -> "" and style -> null row together: the CFG unconditional branch
    p_drop_style: float = 0.05   # style alone -> null row, so a prompt works without a style too
    min_snr_gamma: float = 5.0
    val_timesteps: tuple = (50, 250, 500, 750, 950)

    @classmethod
    def smoke(cls) -> "LdmTrain":
        return cls(image_size=64, max_scenes=4000, vae_batch=16, unet_batch=16, unet_lr=2e-4, warmup=50,
                   ema_decay=0.995, eval_scenes=64, sample_steps=20, log_every=20)

    @classmethod
    def tiny(cls) -> "LdmTrain":
        return cls(image_size=64, max_scenes=64, vae={"channels": (16, 32, 64), "groups": 8},
                   unet={"channels": (32, 64, 96), "groups": 16, "head_dim": 16}, vae_batch=4, unet_batch=4,
                   vae_max_steps=3, unet_max_steps=3, unet_lr=2e-4, warmup=2, ema_decay=0.99, eval_scenes=8,
                   sample_steps=4, log_every=1)
