"""What the latent diffusion training needs from a ToonScenes split (docs: DATASET-FORMAT contract).

Built on common/data.py's SceneSplit (memory-mapped arrays, so large splits stay cheap).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from training.common.data import SceneSplit, encode_caption_lists
from training.ldm.unet import STYLES


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
    data = SceneSplit(str(root), split)  # validates dataset.json and row counts
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


class CaptionDraw:
    """Every caption of a split tokenised once and kept on the device, drawn there per step: tokenising,
    listing and copying captions on the host each step made the GPU wait on Python (40-60 % busy on an H200)."""

    def __init__(self, captions: list, encode_padded, empty_ids: list[int], device: torch.device):
        ids, _, lang = encode_caption_lists(captions, encode_padded)
        self.ids = torch.from_numpy(ids).to(device)                          # [n, C, L]
        # the columns of each language: a scene's caption is KO or EN at equal odds, then one of that language's
        self.columns = [torch.from_numpy(np.flatnonzero(lang == k)).to(device) for k in np.unique(lang)]
        self.empty = torch.tensor(empty_ids, dtype=torch.long, device=device)  # the CFG branch's "" prompt
        self.device = device

    def __call__(self, idx: torch.Tensor, drop_text: torch.Tensor) -> torch.Tensor:
        """idx [B] scene rows, drop_text [B] bool -> input_ids [B, L], all on the device."""
        n = len(idx)
        language = torch.randint(len(self.columns), (n,), device=self.device)
        column = torch.zeros(n, dtype=torch.long, device=self.device)
        for k, cols in enumerate(self.columns):
            column = torch.where(language == k, cols[torch.randint(len(cols), (n,), device=self.device)], column)
        return torch.where(drop_text[:, None], self.empty, self.ids[idx, column])
