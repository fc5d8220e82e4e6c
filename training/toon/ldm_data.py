"""What the latent diffusion training needs from a ToonScenes split (docs: DATASET-FORMAT contract).

Built on toon.data.SceneSplit (memory-mapped arrays, so large splits stay cheap).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from .data import SceneSplit
from .unet import STYLES


@dataclass
class LdmSplit:
    images: np.ndarray        # uint8 [n,H,W,3]
    depth: np.ndarray         # uint8 [n,H,W], 255 = near
    style_ids: np.ndarray     # int64 [n], index into STYLES
    captions: list            # per scene {"en": [...], "ko": [...]}
    scene_ids: list

    def __len__(self) -> int:
        return len(self.style_ids)


def load_split(root: Path | str, split: str, size: int, limit: int | None = None) -> LdmSplit:
    data = SceneSplit(str(root), split)  # PART A's reader: validates dataset.json and row counts
    images, depth = data.images(size), data.depth(size)
    n = len(data) if limit is None else min(limit, len(data))
    # map by name so the UNet's style rows stay fixed even if a dataset lists styles in another order
    style_ids = np.array([STYLES.index(s["style"]) if s.get("style") in STYLES else len(STYLES)
                          for s in data.scenes[:n]], dtype=np.int64)
    return LdmSplit(images[:n], depth[:n], style_ids, [s.get("captions", {}) for s in data.scenes[:n]],
                    [s.get("id", str(i)) for i, s in enumerate(data.scenes[:n])])


def images_to_tensor(images: np.ndarray) -> torch.Tensor:
    """uint8 [n,H,W,3] -> float [n,3,H,W] in [-1,1]."""
    return torch.from_numpy(np.array(images)).permute(0, 3, 1, 2).float().div(127.5).sub(1.0)


def depth_to_tensor(depth: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.array(depth)).float().div(255.0)[:, None]


def pick_captions(captions: list, rng: np.random.Generator) -> list[str]:
    """One random caption per scene, Korean or English with equal odds (both languages train the UNet)."""
    out = []
    for c in captions:
        langs = [lang for lang in ("en", "ko") if c.get(lang)]
        if not langs:
            out.append("")
            continue
        pool = c[langs[rng.integers(len(langs))]]
        out.append(pool[rng.integers(len(pool))])
    return out
