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

import torch

from training.clip.image_metrics import embed_images, frechet_distance


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


@torch.no_grad()
def noise_diversity(g, clip, sentences: torch.Tensor, seed: int, draws: int = 4) -> dict:
    """Images of one sentence under `draws` noises: mean pairwise CLIP cosine distance and pixel L1."""
    images = [generate(g, sentences, seed + k) for k in range(draws)]
    embeds = [embed_images(clip, x) for x in images]
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
    ea, eb = embed_images(clip, x[[a for a, _ in pairs]]), embed_images(clip, x[[b for _, b in pairs]])
    return float(1 - (ea * eb).sum(1).mean())
