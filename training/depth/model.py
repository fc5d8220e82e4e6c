"""Small UNet-style depth estimator: RGB image → depth in [0,1] (1 = near), same resolution."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

import torch

from training.common.config import Config
from torch import nn
import torch.nn.functional as F


@dataclass
class DepthConfig(Config):
    channels: Tuple[int, ...] = (24, 48, 96, 192)  # 1.1 M params


def conv_block(a: int, b: int) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(a, b, 3, padding=1), nn.BatchNorm2d(b), nn.ReLU(True),
                         nn.Conv2d(b, b, 3, padding=1), nn.BatchNorm2d(b), nn.ReLU(True))


class DepthNet(nn.Module):
    def __init__(self, c: DepthConfig):
        super().__init__()
        self.config = c
        ch = list(c.channels)
        self.down = nn.ModuleList(conv_block(a, b) for a, b in zip([3] + ch[:-1], ch))
        self.up = nn.ModuleList(conv_block(b + a, a) for a, b in zip(reversed(ch[:-1]), reversed(ch[1:])))
        self.head = nn.Conv2d(ch[0], 1, 1)

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """pixel_values [B,3,H,W] in [-1,1] (H, W divisible by 2^(levels-1)) → predicted_depth [B,H,W]."""
        skips, x = [], pixel_values
        for i, block in enumerate(self.down):
            x = block(x if i == 0 else F.max_pool2d(x, 2))
            skips.append(x)
        for block, skip in zip(self.up, reversed(skips[:-1])):
            # nearest ×2 rather than interpolate-to-size: exports without dynamic Resize sizes
            x = block(torch.cat([F.interpolate(x, scale_factor=2.0, mode="nearest"), skip], dim=1))
        return torch.sigmoid(self.head(x)).squeeze(1)


def gradients(d: torch.Tensor):
    return d[:, :, 1:] - d[:, :, :-1], d[:, 1:, :] - d[:, :-1, :]


def depth_loss(pred: torch.Tensor, target: torch.Tensor, grad_weight: float = 1.0) -> torch.Tensor:
    """L1 on depth + L1 on its finite-difference gradients (keeps object edges sharp)."""
    (px, py), (tx, ty) = gradients(pred), gradients(target)
    return F.l1_loss(pred, target) + grad_weight * (F.l1_loss(px, tx) + F.l1_loss(py, ty))


@torch.no_grad()
def depth_metrics(pred: torch.Tensor, target: torch.Tensor) -> dict:
    """On [0,1] depth: MAE, RMSE, share of pixels within 0.05 (≈13 of 255 levels), and δ1 =
    share with max(p/t, t/p) < 1.25 over pixels whose target is not the far plane (t > 0.05)."""
    err = (pred - target).abs()
    valid = target > 0.05
    ratio = torch.maximum(pred / target.clamp(min=1e-3), target / pred.clamp(min=1e-3))
    return {"mae": float(err.mean()), "rmse": float(err.pow(2).mean().sqrt()),
            "within_0.05": float((err < 0.05).float().mean()),
            "delta1": float((ratio[valid] < 1.25).float().mean()) if valid.any() else float("nan")}
