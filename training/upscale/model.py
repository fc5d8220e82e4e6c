"""A compact ×r toon upscaler (SRVGGNetCompact-like: Real-ESRGAN's realesr-animevideov3 shape, smaller).

All convs run at the input resolution; one pixel shuffle makes the r× output, added to a bilinear upsampling of
the input so the net only learns what bilinear gets wrong (edges, lines, dots). Images are RGB in [0, 1].
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from .config import UpscaleConfig


class ToonUpscaler(nn.Module):
    def __init__(self, cfg: UpscaleConfig):
        super().__init__()
        self.factor = cfg.factor
        c = cfg.channels
        layers: list[nn.Module] = [nn.Conv2d(3, c, 3, padding=1), nn.PReLU(c)]
        for _ in range(cfg.convs):
            layers += [nn.Conv2d(c, c, 3, padding=1), nn.PReLU(c)]
        layers.append(nn.Conv2d(c, 3 * cfg.factor ** 2, 3, padding=1))
        self.body = nn.Sequential(*layers)
        self.shuffle = nn.PixelShuffle(cfg.factor)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        base = F.interpolate(x, scale_factor=self.factor, mode="bilinear", align_corners=False)
        return self.shuffle(self.body(x)) + base


class ExportedUpscaler(nn.Module):
    """The browser's contract: RGB in [0, 1], NCHW; the output clamped to [0, 1]."""

    def __init__(self, net: ToonUpscaler):
        super().__init__()
        self.net = net

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        return self.net(image).clamp(0.0, 1.0)
