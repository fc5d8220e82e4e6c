"""Pack a built ToonScenes folder for the GPU machine (no Node there): dataset.json, every split's
scenes.jsonl and the .npy arrays, xz-compressed (flat cartoon fills compress well) into
.gpu-data/toonscenes.tar.xz, an ignored path the device call carries.

python3 -m training.gpu.pack_dataset DATASET_DIR [--sizes 64,128] [--out .gpu-data/toonscenes.tar.xz]
"""
from __future__ import annotations

import argparse
import tarfile
from pathlib import Path


def pack(src: Path, out: Path, sizes: list[int]) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(out, "w:xz", preset=6) as tar:
        tar.add(src / "dataset.json", "dataset.json")
        for split in ("train", "val", "test"):
            tar.add(src / split / "scenes.jsonl", f"{split}/scenes.jsonl")
            for s in sizes:
                for kind in ("images", "depth"):
                    tar.add(src / split / f"{kind}_{s}.npy", f"{split}/{kind}_{s}.npy")
    return out.stat().st_size


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src", type=Path)
    ap.add_argument("--sizes", default="64,128")
    ap.add_argument("--out", type=Path, default=Path(".gpu-data/toonscenes.tar.xz"))
    a = ap.parse_args()
    n = pack(a.src, a.out, [int(s) for s in a.sizes.split(",")])
    print(f"{a.out}: {n} bytes ({n / 2**20:.1f} MiB); the carried tree is capped at 64 MiB")
