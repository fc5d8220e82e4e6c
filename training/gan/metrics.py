"""Computed GAN metrics (checkpoint selection is by these, not by eye).

fd_clip: Fréchet distance between CLIP image-tower features ([CLS] state, VisionTower.features)
of the split's real images and of images generated from one caption per scene — FID's formula in
a feature space trained on this data (no Inception weights here).
r_precision: fraction of generated images whose own caption has the highest CLIP cosine among the
captions of all scenes in the split (one per scene).
diversity_clip / diversity_pixel: mean pairwise CLIP cosine distance / mean absolute pixel difference ([-1,1]
scale) between 4 images drawn for one sentence with different noise (0 = the noise is ignored);
real_diversity_clip is the CLIP figure for real images of one setting, for scale.
"""
from __future__ import annotations

import math

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
                real_features: torch.Tensor, seed: int = 1234, fake: torch.Tensor | None = None) -> dict:
    """real_images uint8 [n,64,64,3]; sentences [n,D] pooler vectors; text_embeds [n,E] of the same captions;
    fake: generate(g, sentences, seed) when the caller has made it already (it is not made twice)."""
    was_training = g.training
    g.eval()
    fake = generate(g, sentences, seed) if fake is None else fake
    feats = torch.cat([clip.vision.features(fake[i:i + 256]) for i in range(0, len(fake), 256)]).float()
    emb = torch.nn.functional.normalize(clip.vision.proj(feats), dim=-1)
    sims = emb @ text_embeds.t()
    r_prec = float((sims.argmax(1) == torch.arange(len(sims), device=sims.device)).float().mean())
    diversity = noise_diversity(g, clip, sentences[:64], seed)
    g.train(was_training)
    return {"fd_clip": frechet_distance(real_features.cpu().numpy(), feats.cpu().numpy()),
            "r_precision": r_prec, **diversity, "n": int(len(sentences))}


def _embed(clip, images: torch.Tensor, batch: int = 256) -> torch.Tensor:
    """The image tower's own normalised embeddings, in batches."""
    return torch.cat([clip.vision(images[i:i + batch]).float() for i in range(0, len(images), batch)])


@torch.no_grad()
def noise_diversity(g, clip, sentences: torch.Tensor, seed: int, draws: int = 4) -> dict:
    """Images of one sentence under `draws` noises: mean pairwise CLIP cosine distance and pixel L1."""
    images = [generate(g, sentences, seed + k) for k in range(draws)]
    embeds = [_embed(clip, x) for x in images]
    pairs = [(i, j) for i in range(draws) for j in range(i + 1, draws)]
    return {"diversity_clip": sum(float(1 - (embeds[i] * embeds[j]).sum(1).mean()) for i, j in pairs) / len(pairs),
            "diversity_pixel": sum(float((images[i] - images[j]).abs().mean()) for i, j in pairs) / len(pairs)}


@torch.no_grad()
def real_diversity(clip, real_images: torch.Tensor, setting_ids, max_pairs: int = 512) -> float:
    """Mean CLIP cosine distance between real images of the same setting (consecutive pairs within a setting)."""
    by_setting: dict = {}
    for i, s in enumerate(setting_ids.tolist()):
        by_setting.setdefault(s, []).append(i)
    pairs = [(a, b) for idx in by_setting.values() for a, b in zip(idx[:-1], idx[1:])][:max_pairs]
    if not pairs:
        return float("nan")
    x = real_images.permute(0, 3, 1, 2).float().div(127.5).sub(1)
    ea, eb = _embed(clip, x[[a for a, _ in pairs]]), _embed(clip, x[[b for _, b in pairs]])
    return float(1 - (ea * eb).sum(1).mean())


def inception_score(probs: torch.Tensor) -> float:
    """exp(E_x KL(p(y|x) || p(y))) over class probabilities [n, K]: 1 (one class for all) … K (each image sure, classes even)."""
    p = probs.double().clamp_min(1e-12)
    marginal = p.mean(0, keepdim=True)
    return float(torch.exp((p * (p.log() - marginal.log())).sum(1).mean()))


@torch.no_grad()
def setting_probs(clip, images: torch.Tensor, label_embeds: torch.Tensor) -> torch.Tensor:
    """CLIP's zero-shot setting classifier at its own learned temperature: images [n,3,64,64] in [-1,1] → [n, K]."""
    scale = clip.logit_scale.clamp(max=math.log(100.0)).exp()
    return torch.softmax(scale * _embed(clip, images) @ label_embeds.t(), dim=1)


def setting_scores(clip, images: torch.Tensor, label_embeds: torch.Tensor, truth: torch.Tensor) -> dict:
    """is_clip and setting accuracy (the asked-for setting drawn?) of images [n,3,64,64] in [-1,1]."""
    probs = setting_probs(clip, images, label_embeds)
    return {"is_clip": inception_score(probs), "setting_acc": float((probs.argmax(1) == truth).float().mean())}
