"""Where the GPU run gets its ToonScenes data (the GPU machine has Python but no Node).

Order: --data DIR (a built dataset) > the carried builder (`.gpu-data/node.xz` + `.gpu-data/runner.tar.xz`,
37 MB, any number of scenes, made by training/gpu/carry.sh runner) > a carried pack
`.gpu-data/toonscenes.tar.xz` (about 4.2 KB a scene at 64+128 px; training/gpu/pack_dataset.py)
> (dry run only) a synthetic set from common/synth_scenes.py.
"""
from __future__ import annotations

import lzma
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACK = REPO / ".gpu-data" / "toonscenes.tar.xz"
NODE_XZ, RUNNER = REPO / ".gpu-data" / "node.xz", REPO / ".gpu-data" / "runner.tar.xz"


def build_with_runner(work: Path, scenes: int, seed: int) -> Path:
    """Unpack node + the bundled ToonScenes builder and render `scenes` scenes on all cores."""
    node = work / "bin" / "node"
    node.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(NODE_XZ) as src, node.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    node.chmod(0o755)
    with tarfile.open(RUNNER, "r:xz") as tar:
        tar.extractall(work)
    target = work / "data"
    cmd = [str(node), str(work / "runner" / "cli.mjs"), "--count", str(scenes), "--seed", str(seed), "--out",
           str(target), "--workers", str(os.cpu_count() or 4), "--sizes", "64,128", "--stories", "16",
           "--gallery", "16", "--contact", "4"]
    subprocess.run(cmd, check=True)
    return target


def resolve_data(data: Path | None, work: Path, tiny: bool) -> tuple[Path, str]:
    if data is not None:
        if not (data / "dataset.json").exists():
            raise SystemExit(f"--data {data} has no dataset.json (build it with npm run dataset)")
        return data, f"given folder {data.name}"
    if NODE_XZ.exists() and RUNNER.exists():
        scenes = int(os.environ.get("TOON_SCENES", "300" if tiny else "30000"))
        seed = int(os.environ.get("TOON_SEED", "1"))
        return build_with_runner(work, scenes, seed), f"built with the carried runner: {scenes} scenes, seed {seed}"
    if PACK.exists():
        target = work / "data"
        with tarfile.open(PACK, "r:xz") as tar:
            tar.extractall(target)
        return target, f"carried pack {PACK.name} ({PACK.stat().st_size} bytes)"
    if tiny:
        from training.common.synth_scenes import write
        target = work / "data"
        write(target, 96, 1)
        return target, "synthetic tiny set (common/synth_scenes.py): dry run only"
    raise SystemExit("no dataset: carry .gpu-data/toonscenes.tar.xz (python3 -m training.gpu.pack_dataset DIR) "
                     "or pass --data DIR")
