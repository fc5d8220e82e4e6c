"""The pair pack of tools/dataset/upscale (npm run upscale:pairs): OUT/<split>/{lo,hi}.npy uint8 [N,S,S,3],
scenes.json, and optionally lo_vae.npy (the first K inputs after a VAE round trip, training/upscale/vae_inputs.py)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch


class PairSplit:
    def __init__(self, root, split: str):
        d = Path(root) / split
        if not (d / "lo.npy").exists():
            raise SystemExit(f"no pair pack at {d} (build it: npm run upscale:pairs -- --out {root})")
        self.lo = np.load(d / "lo.npy", mmap_mode="r")
        self.hi = np.load(d / "hi.npy", mmap_mode="r")
        self.scenes = json.loads((d / "scenes.json").read_text(encoding="utf-8"))
        self.lo_vae = np.load(d / "lo_vae.npy", mmap_mode="r") if (d / "lo_vae.npy").exists() else None
        self.factor = self.hi.shape[1] // self.lo.shape[1]
        if self.hi.shape[1] != self.lo.shape[1] * self.factor or len(self.lo) != len(self.hi):
            raise SystemExit(f"{d}: lo {self.lo.shape} and hi {self.hi.shape} are not pairs")

    def __len__(self) -> int:
        return len(self.lo)


def to_tensor(a: np.ndarray) -> torch.Tensor:
    """uint8 [...,H,W,3] → float [...,3,H,W] in [0, 1]."""
    t = torch.from_numpy(np.array(a, copy=True)).float() / 255  # copy: the pack is a read-only memory map
    return t.permute(0, 3, 1, 2) if t.dim() == 4 else t.permute(2, 0, 1)


def crops(pack: PairSplit, gen: torch.Generator, batch: int, patch: int, p_vae: float):
    """`batch` aligned crops: lo [B,3,p,p], hi [B,3,p·r,p·r]; a share p_vae of lo crops from the VAE round trip."""
    n, size, r = len(pack), pack.lo.shape[1], pack.factor
    n_vae = 0 if pack.lo_vae is None else len(pack.lo_vae)
    lo, hi, vae = [], [], []
    for _ in range(batch):
        i = int(torch.randint(n, (1,), generator=gen))
        y, x = (int(v) for v in torch.randint(size - patch + 1, (2,), generator=gen))
        use_vae = i < n_vae and float(torch.rand(1, generator=gen)) < p_vae
        src = pack.lo_vae if use_vae else pack.lo
        lo.append(src[i, y:y + patch, x:x + patch])
        hi.append(pack.hi[i, y * r:(y + patch) * r, x * r:(x + patch) * r])
        vae.append(use_vae)
    return to_tensor(np.stack(lo)), to_tensor(np.stack(hi)), torch.tensor(vae)
