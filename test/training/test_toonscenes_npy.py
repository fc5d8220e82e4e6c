"""ToonScenes .npy files load with numpy alone (the contract training code relies on)."""
import json
import os
import shutil
import subprocess
import tempfile

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TSX = os.path.join(ROOT, "node_modules", ".bin", "tsx")


@pytest.fixture(scope="module")
def build():
    if shutil.which("node") is None or not os.path.exists(TSX):
        pytest.skip("node/tsx not available to build a ToonScenes sample")
    out = tempfile.mkdtemp(prefix="toonscenes-")
    cmd = [TSX, os.path.join(ROOT, "tools", "dataset", "cli.ts"), "--count", "24", "--seed", "5",
           "--out", out, "--workers", "1", "--stories", "4", "--gallery", "8", "--contact", "4"]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    yield out
    shutil.rmtree(out, ignore_errors=True)


def test_npy_arrays_match_jsonl_rows(build):
    meta = json.load(open(os.path.join(build, "dataset.json")))
    assert meta["sizes"] == [64, 128]
    total = 0
    for split in ("train", "val", "test"):
        rows = [json.loads(line) for line in open(os.path.join(build, split, "scenes.jsonl"))]
        assert len(rows) == meta["splits"][split]
        total += len(rows)
        for size in (64, 128):
            images = np.load(os.path.join(build, split, f"images_{size}.npy"))
            depth = np.load(os.path.join(build, split, f"depth_{size}.npy"))
            assert images.dtype == np.uint8 and images.shape == (len(rows), size, size, 3)
            assert depth.dtype == np.uint8 and depth.shape == (len(rows), size, size)
            if len(rows):
                assert images.std() > 10  # real pictures, not blank arrays
                assert depth.max() > depth.min()
    assert total == meta["count"] == 24


def test_depth_is_near_at_the_bottom(build):
    depth = np.load(os.path.join(build, "train", "depth_64.npy")).astype(np.float32)
    assert depth[:, -4:, :].mean() > depth[:, :4, :].mean()
