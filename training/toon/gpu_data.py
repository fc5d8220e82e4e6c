"""Where the GPU run gets its ToonScenes data (the GPU machine has Python but no Node).

Order: --data DIR (a built dataset) > a carried pack `.gpu-data/toonscenes.tar.xz` made here by
training/pack_dataset.py > (dry run only) a synthetic set from toon.synth_scenes.
"""
from __future__ import annotations

import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACK = REPO / ".gpu-data" / "toonscenes.tar.xz"


def resolve_data(data: Path | None, work: Path, tiny: bool) -> tuple[Path, str]:
    if data is not None:
        if not (data / "dataset.json").exists():
            raise SystemExit(f"--data {data} has no dataset.json (build it with npm run dataset)")
        return data, f"given folder {data.name}"
    if PACK.exists():
        target = work / "data"
        with tarfile.open(PACK, "r:xz") as tar:
            tar.extractall(target)
        return target, f"carried pack {PACK.name} ({PACK.stat().st_size} bytes)"
    if tiny:
        from .synth_scenes import write
        target = work / "data"
        write(target, 96, 1)
        return target, "synthetic tiny set (toon.synth_scenes): dry run only"
    raise SystemExit("no dataset: carry .gpu-data/toonscenes.tar.xz (python3 training/pack_dataset.py DIR) "
                     "or pass --data DIR")
