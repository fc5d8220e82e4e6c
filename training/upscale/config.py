"""Toon upscaler sizes, degradations and training schedule (CPU config = full; tiny for tests)."""
from __future__ import annotations

from dataclasses import dataclass

from ..common.config import Config


@dataclass
class UpscaleConfig(Config):
    factor: int = 4          # 128 → 512: an integer factor keeps every output pixel on the render grid
    channels: int = 32
    convs: int = 8           # body convs at the input resolution (realesr-animevideov3: 64 ch, 16 convs)
    patch: int = 32          # input crop (the target crop is patch × factor)
    batch: int = 32
    lr: float = 5e-4
    ema: float = 0.995
    # degradations of the 128 px input, drawn per crop (training/upscale/degrade.py)
    clean: float = 0.4       # share of crops left exactly as rendered
    vae: float = 0.25        # share taken from a VAE round trip (where the pack has one)
    blur: float = 0.4
    noise: float = 0.4
    jpeg: float = 0.3

    @classmethod
    def tiny(cls) -> "UpscaleConfig":
        return cls(channels=8, convs=2, patch=16, batch=4)

    @classmethod
    def smoke(cls) -> "UpscaleConfig":
        return cls(channels=16, convs=4, patch=24, batch=8)
