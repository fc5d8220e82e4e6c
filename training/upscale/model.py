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


class GuidedUpscaler(nn.Module):
    """The upscaler plus a small net at the output size that reads the composed drawing's edge guide
    (training/upscale/guide.py) and corrects the upscaled panel where its lines should be. Its last conv starts
    at zero, so an untrained head is the plain upscaler."""

    def __init__(self, cfg: UpscaleConfig, head: int = 12):
        super().__init__()
        self.base = ToonUpscaler(cfg)
        self.head = nn.Sequential(nn.Conv2d(4, head, 3, padding=1), nn.PReLU(head),
                                  nn.Conv2d(head, head, 3, padding=1), nn.PReLU(head),
                                  nn.Conv2d(head, 3, 3, padding=1))
        nn.init.zeros_(self.head[-1].weight)
        nn.init.zeros_(self.head[-1].bias)

    def forward(self, x: torch.Tensor, guide: torch.Tensor) -> torch.Tensor:
        y = self.base(x)
        return y + self.head(torch.cat([y, guide], 1))


class ExportedGuidedUpscaler(nn.Module):
    """The browser's contract: RGB image in [0, 1] and the edge guide at the output size; the output clamped."""

    def __init__(self, net: GuidedUpscaler):
        super().__init__()
        self.net = net

    def forward(self, image: torch.Tensor, guide: torch.Tensor) -> torch.Tensor:
        return self.net(image, guide).clamp(0.0, 1.0)
