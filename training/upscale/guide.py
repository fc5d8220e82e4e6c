"""The guide of the guided upscaler: an edge map of the panel's composed drawing at the output size.

Style-free on purpose (no colour, no shading): the diffusion panel restyles the composed drawing, so only its line
positions carry over. guide = clamp(|Sobel(luma)|, 0, 1) on RGB in [0, 1], edges replicated; the app computes the
same map in src/core/models/upscale-guide.ts (a stored fixture keeps the two equal).
Training sees guides as the app will give them: a little misaligned, partly missing, sometimes absent or wrong.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F

SOBEL_X = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])


def edge_guide(rgb: torch.Tensor) -> torch.Tensor:
    """[B,3,H,W] in [0, 1] → [B,1,H,W] edge strength in [0, 1]."""
    luma = (0.299 * rgb[:, 0] + 0.587 * rgb[:, 1] + 0.114 * rgb[:, 2])[:, None]
    padded = F.pad(luma, (1, 1, 1, 1), mode="replicate")
    gx = F.conv2d(padded, SOBEL_X.view(1, 1, 3, 3).to(rgb))
    gy = F.conv2d(padded, SOBEL_X.t().contiguous().view(1, 1, 3, 3).to(rgb))
    return torch.sqrt(gx * gx + gy * gy).clamp(0.0, 1.0)


def roughen_guides(guide: torch.Tensor, gen: torch.Generator, shift: int = 2, p_hole: float = 0.5,
                   p_wrong: float = 0.15, p_none: float = 0.15) -> torch.Tensor:
    """Guides as the app's are: shifted up to `shift` px, holes where the drawing and the panel disagree, some from
    another scene (the net must not trust a guide the input contradicts), some absent (zeros: no composed drawing)."""
    b, _, h, w = guide.shape
    out = guide.clone()
    for i in range(b):
        dy, dx = (int(v) for v in torch.randint(-shift, shift + 1, (2,), generator=gen))
        out[i] = torch.roll(out[i], shifts=(dy, dx), dims=(1, 2))
        if float(torch.rand(1, generator=gen)) < p_hole:
            cells = (torch.rand(1, 1, 4, 4, generator=gen) > 0.3).float()
            out[i] *= F.interpolate(cells, size=(h, w), mode="nearest")[0]
    r = torch.rand(b, generator=gen)
    wrong = r < p_wrong
    none = (r >= p_wrong) & (r < p_wrong + p_none)
    if wrong.any() and b > 1:
        out[wrong] = torch.roll(out, 1, dims=0)[wrong]
    out[none] = 0.0
    return out
