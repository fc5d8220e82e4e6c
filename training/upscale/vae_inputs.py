"""Precomputes the VAE round trip of a pair pack's 128 px inputs (the suite's VAE: encode → posterior mean →
decode), so training can show the upscaler panels degraded the way the diffusion path degrades them. Measured on
2 shared cores: ~0.7 s an image on one thread, too slow per training step, so done once for the first K scenes.

python3 -m training.upscale.vae_inputs --pairs out/upscale-pairs [--splits train:160,test:64] [--vae training/checkpoints/ldm]
Writes PAIRS/<split>/lo_vae.npy (uint8 [K,128,128,3]) for the first K scenes of each split.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import torch

from ..common.checkpoint import load_resume
from ..ldm.train_vae import build_vae
from .data import PairSplit, to_tensor


class _NoConfig:
    vae: dict = {}


def load_vae(path):
    ck = load_resume(path, "ldm-vae.pt")
    vae = build_vae(_NoConfig(), ck).eval()
    return vae


@torch.no_grad()
def round_trip(vae, lo_u8: np.ndarray, batch: int = 8) -> np.ndarray:
    out = []
    for i in range(0, len(lo_u8), batch):
        x = to_tensor(lo_u8[i:i + batch]) * 2 - 1
        y = vae.decoder(vae.moments(x)[0])
        out.append(((y.clamp(-1, 1) + 1) * 127.5).round().byte().permute(0, 2, 3, 1).numpy())
    return np.concatenate(out)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--pairs", required=True)
    p.add_argument("--splits", default="train:160,test:64", help="split:count,... (the first count scenes of each)")
    p.add_argument("--vae", default="training/checkpoints/ldm")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    vae = load_vae(args.vae)
    for item in args.splits.split(","):
        split, count = item.split(":")
        pack = PairSplit(args.pairs, split)
        n = min(int(count), len(pack))
        t0 = time.time()
        rt = round_trip(vae, np.asarray(pack.lo[:n]))
        np.save(Path(args.pairs) / split / "lo_vae.npy", rt)
        print(f"{split}: {n} VAE round trips in {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
