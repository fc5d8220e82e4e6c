"""Image metrics of an upscaled panel against the true render, and the classic resamplers to compare with.

Images are uint8 HWC RGB numpy arrays. PSNR on RGB; SSIM on luma (BT.601; Gaussian window 11, σ 1.5, the usual
constants); edge-F1: Sobel magnitude of luma ≥ EDGE_THRESHOLD marks an edge pixel (a step of 32 grey levels),
an edge counts as found within 1 px (3×3 neighbourhood) either way.
"""
from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F

EDGE_THRESHOLD = 128.0  # Sobel magnitude; a full black/white step is 4 × 255 = 1020


def _kernel(name: str):
    if name == "bicubic":  # Keys a = -0.5 (Pillow's BICUBIC)
        a = -0.5

        def k(t):
            t = abs(t)
            if t <= 1:
                return (a + 2) * t ** 3 - (a + 3) * t ** 2 + 1
            return a * t ** 3 - 5 * a * t ** 2 + 8 * a * t - 4 * a if t < 2 else 0.0
        return k, 2
    if name == "lanczos":  # Lanczos-3 (Pillow's LANCZOS)
        def k(t):
            if t == 0:
                return 1.0
            if abs(t) >= 3:
                return 0.0
            return 3 * math.sin(math.pi * t) * math.sin(math.pi * t / 3) / (math.pi * t) ** 2
        return k, 3
    raise ValueError(name)


def resample_matrix(n_in: int, n_out: int, name: str) -> np.ndarray:
    """[n_out, n_in] weights of an upsampling with edge pixels repeated (pixel centres aligned, half-pixel)."""
    k, support = _kernel(name)
    w = np.zeros((n_out, n_in))
    for j in range(n_out):
        u = (j + 0.5) * n_in / n_out - 0.5
        for i in range(math.floor(u) - support + 1, math.floor(u) + support + 1):
            w[j, min(max(i, 0), n_in - 1)] += k(u - i)
    return w / w.sum(1, keepdims=True)


def resample(img: np.ndarray, size: int, name: str) -> np.ndarray:
    m = resample_matrix(img.shape[0], size, name)
    out = np.stack([m @ img[..., c].astype(np.float64) @ m.T for c in range(img.shape[2])], -1)
    return np.clip(np.round(out), 0, 255).astype(np.uint8)


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return 99.0 if mse == 0 else 10 * math.log10(255 ** 2 / mse)


def luma(img: np.ndarray) -> torch.Tensor:
    x = torch.from_numpy(img.astype(np.float32))
    return (0.299 * x[..., 0] + 0.587 * x[..., 1] + 0.114 * x[..., 2])[None, None]


def ssim(a: np.ndarray, b: np.ndarray) -> float:
    x, y = luma(a).double(), luma(b).double()  # float64: E[x²] − E[x]² cancels badly in float32
    t = torch.arange(11, dtype=torch.float64) - 5
    g = torch.exp(-t * t / (2 * 1.5 ** 2))
    g = g / g.sum()

    def f(z):  # separable Gaussian, valid window (as the reference implementation)
        return F.conv2d(F.conv2d(z, g.view(1, 1, 1, -1)), g.view(1, 1, -1, 1))
    mx, my = f(x), f(y)
    vx, vy, cxy = f(x * x) - mx ** 2, f(y * y) - my ** 2, f(x * y) - mx * my
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    s = ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx ** 2 + my ** 2 + c1) * (vx + vy + c2))
    return float(s.double().mean())


def edges(img: np.ndarray) -> torch.Tensor:
    y = F.pad(luma(img), (1, 1, 1, 1), mode="replicate")
    kx = torch.tensor([[-1.0, 0, 1], [-2, 0, 2], [-1, 0, 1]])[None, None]
    gx, gy = F.conv2d(y, kx), F.conv2d(y, kx.transpose(-1, -2))
    return (gx * gx + gy * gy).sqrt()[0, 0] >= EDGE_THRESHOLD


def edge_f1(pred: np.ndarray, truth: np.ndarray) -> float:
    p, t = edges(pred), edges(truth)
    grow = lambda e: F.max_pool2d(e[None, None].float(), 3, 1, 1)[0, 0] > 0  # noqa: E731
    n_p, n_t = int(p.sum()), int(t.sum())
    if n_p == 0 or n_t == 0:
        return 1.0 if n_p == n_t else 0.0
    precision = int((p & grow(t)).sum()) / n_p
    recall = int((t & grow(p)).sum()) / n_t
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def measure(pred: np.ndarray, truth: np.ndarray) -> dict:
    return {"psnr": psnr(pred, truth), "ssim": ssim(pred, truth), "edge_f1": edge_f1(pred, truth)}
