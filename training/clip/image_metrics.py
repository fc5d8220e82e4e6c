"""Measures of images in CLIP space, for any generator (the DCGAN, the LDM): Fréchet distance of image-tower
features, and the zero-shot setting classifier's Inception Score and accuracy."""
from __future__ import annotations

import math

import numpy as np
import torch


def frechet_distance(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a.astype(np.float64), b.astype(np.float64)
    mu1, mu2 = a.mean(0), b.mean(0)
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    w, v = np.linalg.eigh(s1)
    s1_half = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    # Tr sqrt(S1 S2) = Tr sqrt(S1^½ S2 S1^½), a symmetric PSD matrix: stable via eigh
    tr_sqrt = np.sqrt(np.clip(np.linalg.eigvalsh(s1_half @ s2 @ s1_half), 0, None)).sum()
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * tr_sqrt)


def embed_images(clip, images: torch.Tensor, batch: int = 256) -> torch.Tensor:
    """The image tower's own normalised embeddings, in batches."""
    return torch.cat([clip.vision(images[i:i + batch]).float() for i in range(0, len(images), batch)])


def inception_score(probs: torch.Tensor) -> float:
    """exp(E_x KL(p(y|x) || p(y))) over class probabilities [n, K]: 1 (one class for all) … K (each image sure, classes even)."""
    p = probs.double().clamp_min(1e-12)
    marginal = p.mean(0, keepdim=True)
    return float(torch.exp((p * (p.log() - marginal.log())).sum(1).mean()))


@torch.no_grad()
def setting_probs(clip, images: torch.Tensor, label_embeds: torch.Tensor) -> torch.Tensor:
    """CLIP's zero-shot setting classifier at its own learned temperature: images [n,3,64,64] in [-1,1] → [n, K]."""
    scale = clip.logit_scale.clamp(max=math.log(100.0)).exp()
    return torch.softmax(scale * embed_images(clip, images) @ label_embeds.t(), dim=1)


def setting_scores(clip, images: torch.Tensor, label_embeds: torch.Tensor, truth: torch.Tensor) -> dict:
    """is_clip and setting accuracy (the asked-for setting drawn?) of images [n,3,64,64] in [-1,1]."""
    probs = setting_probs(clip, images, label_embeds)
    return {"is_clip": inception_score(probs), "setting_acc": float((probs.argmax(1) == truth).float().mean())}
