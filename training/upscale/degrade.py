"""Degradations of the 128 px input, as the panels the upscaler gets are degraded: blur, noise and JPEG-like
block quantisation here (cheap, per crop, torch); the VAE round trip is precomputed (vae_inputs.py).
Each takes and returns [B,3,H,W] in [0, 1] and draws from the given torch.Generator only."""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def gaussian_blur(x: torch.Tensor, sigma: float) -> torch.Tensor:
    r = max(1, math.ceil(2.5 * sigma))
    t = torch.arange(-r, r + 1, dtype=x.dtype)
    k = torch.exp(-t * t / (2 * sigma * sigma))
    k = k / k.sum()
    c = x.shape[1]
    x = F.conv2d(F.pad(x, (r, r, 0, 0), mode="replicate"), k.view(1, 1, 1, -1).repeat(c, 1, 1, 1), groups=c)
    return F.conv2d(F.pad(x, (0, 0, r, r), mode="replicate"), k.view(1, 1, -1, 1).repeat(c, 1, 1, 1), groups=c)


def _dct_matrix(n: int = 8) -> torch.Tensor:
    m = torch.zeros(n, n)
    for k in range(n):
        for i in range(n):
            m[k, i] = math.cos(math.pi * (2 * i + 1) * k / (2 * n)) * (math.sqrt(1 / n) if k == 0 else math.sqrt(2 / n))
    return m


DCT = _dct_matrix()
# the JPEG standard's luminance table (Annex K); chroma uses it doubled (no chroma subsampling here)
LUMA_Q = torch.tensor([
    [16, 11, 10, 16, 24, 40, 51, 61], [12, 12, 14, 19, 26, 58, 60, 55], [14, 13, 16, 24, 40, 57, 69, 56],
    [14, 17, 22, 29, 51, 87, 80, 62], [18, 22, 37, 56, 68, 109, 103, 77], [24, 35, 55, 64, 81, 104, 113, 92],
    [49, 64, 78, 87, 103, 121, 120, 101], [72, 92, 95, 98, 112, 100, 103, 99]], dtype=torch.float32)


def jpeg_like(x: torch.Tensor, quality: int) -> torch.Tensor:
    """YCbCr, 8×8 DCT, quantise with the quality-scaled JPEG table, back. H and W must be multiples of 8."""
    b, _, h, w = x.shape
    r, g, bl = x[:, 0] * 255, x[:, 1] * 255, x[:, 2] * 255
    ycc = torch.stack([0.299 * r + 0.587 * g + 0.114 * bl - 128,
                       -0.168736 * r - 0.331264 * g + 0.5 * bl, 0.5 * r - 0.418688 * g - 0.081312 * bl], 1)
    scale = 5000 / quality if quality < 50 else 200 - 2 * quality
    q = torch.clamp(torch.floor((LUMA_Q * scale + 50) / 100), min=1)
    qs = torch.stack([q, q * 2, q * 2]).view(1, 3, 1, 1, 8, 8)
    blocks = ycc.view(b, 3, h // 8, 8, w // 8, 8).permute(0, 1, 2, 4, 3, 5)
    coef = DCT @ blocks @ DCT.T
    blocks = DCT.T @ (torch.round(coef / qs) * qs) @ DCT
    ycc = blocks.permute(0, 1, 2, 4, 3, 5).reshape(b, 3, h, w)
    y, cb, cr = ycc[:, 0] + 128, ycc[:, 1], ycc[:, 2]
    rgb = torch.stack([y + 1.402 * cr, y - 0.344136 * cb - 0.714136 * cr, y + 1.772 * cb], 1)
    return (rgb / 255).clamp(0, 1)


def degrade(x: torch.Tensor, gen: torch.Generator, p_blur: float, p_noise: float, p_jpeg: float) -> torch.Tensor:
    """One draw per crop: blur (σ 0.3–1.2), then Gaussian noise (σ ≤ 0.04), then JPEG-like (quality 40–90)."""
    out = []
    for img in x.split(1):
        u = torch.rand(6, generator=gen).tolist()
        if u[0] < p_blur:
            img = gaussian_blur(img, 0.3 + 0.9 * u[1])
        if u[2] < p_noise:
            img = (img + torch.randn(img.shape, generator=gen) * 0.04 * u[3]).clamp(0, 1)
        if u[4] < p_jpeg:
            img = jpeg_like(img, int(40 + 50 * u[5]))
        out.append(img)
    return torch.cat(out)
