"""Computed GAN metrics (checkpoint selection is by these, not by eye).

fd_clip: Fréchet distance between CLIP image-tower features ([CLS] state, VisionTower.features)
of the split's real images and of images generated from one caption per scene — FID's formula in
a feature space trained on this data (no Inception weights here).
r_precision: fraction of generated images whose own caption has the highest CLIP cosine among the
captions of all scenes in the split (one per scene).
"""
from __future__ import annotations

import numpy as np
import torch

EXAMPLES = [  # the thesis's single-treatment examples (Tables 13–17), with Korean versions
    ("Six teens playing frisbee in a field of grass", "잔디밭에서 프리스비를 하는 십대 여섯 명"),
    ("A person in a ski suit is skiing.", "스키복을 입은 사람이 스키를 타고 있다."),
    ("A horse drawn carriage is parked along the curb.", "말이 끄는 마차가 길가에 세워져 있다."),
    ("Electric appliances crammed on a counter in a kitchen.", "부엌 조리대 위에 가전제품이 빼곡히 놓여 있다."),
    ("A woman cutting a large white sheet cake.", "여자가 커다란 흰색 시트 케이크를 자르고 있다."),
]


def frechet_distance(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a.astype(np.float64), b.astype(np.float64)
    mu1, mu2 = a.mean(0), b.mean(0)
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    w, v = np.linalg.eigh(s1)
    s1_half = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    # Tr sqrt(S1 S2) = Tr sqrt(S1^½ S2 S1^½), a symmetric PSD matrix: stable via eigh
    tr_sqrt = np.sqrt(np.clip(np.linalg.eigvalsh(s1_half @ s2 @ s1_half), 0, None)).sum()
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * tr_sqrt)


@torch.no_grad()
def generate(g, sentences: torch.Tensor, seed: int, batch: int = 256) -> torch.Tensor:
    gen = torch.Generator().manual_seed(seed)
    noise = torch.randn(len(sentences), g.config.noise_dim, generator=gen).to(sentences.device)
    return torch.cat([g(sentences[i:i + batch], noise[i:i + batch]) for i in range(0, len(sentences), batch)])


@torch.no_grad()
def gan_metrics(g, clip, real_images: torch.Tensor, sentences: torch.Tensor, text_embeds: torch.Tensor,
                real_features: torch.Tensor, seed: int = 1234) -> dict:
    """real_images uint8 [n,64,64,3]; sentences [n,D] pooler vectors; text_embeds [n,E] of the same captions."""
    was_training = g.training
    g.eval()
    fake = generate(g, sentences, seed)
    feats = torch.cat([clip.vision.features(fake[i:i + 256]) for i in range(0, len(fake), 256)]).float()
    emb = torch.nn.functional.normalize(clip.vision.proj(feats), dim=-1)
    sims = emb @ text_embeds.t()
    r_prec = float((sims.argmax(1) == torch.arange(len(sims), device=sims.device)).float().mean())
    g.train(was_training)
    return {"fd_clip": frechet_distance(real_features.cpu().numpy(), feats.cpu().numpy()),
            "r_precision": r_prec, "n": int(len(sentences))}
