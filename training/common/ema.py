"""Exponential moving average of weights (the depth estimator, the DCGAN and the LDM's UNet keep one)."""
from __future__ import annotations

import copy

import torch


class Ema:
    """Exponential moving average of weights, with the usual warm-up so short runs still move it."""

    def __init__(self, model: torch.nn.Module, decay: float = 0.999, step: int = 0):
        self.model = copy.deepcopy(model).eval().requires_grad_(False)
        self.decay, self.step = decay, step

    @torch.no_grad()
    def update(self, model: torch.nn.Module) -> None:
        self.step += 1
        d = min(self.decay, (1 + self.step) / (10 + self.step))
        ema_params = list(self.model.parameters())
        # one fused kernel per op for all tensors: a per-tensor loop is hundreds of launches per GPU step
        torch._foreach_mul_(ema_params, d)
        torch._foreach_add_(ema_params, [p.detach() for p in model.parameters()], alpha=1 - d)
        for e, b in zip(self.model.buffers(), model.buffers()):
            e.copy_(b)
