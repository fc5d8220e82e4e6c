"""Shared pytest setup for training tests: the repository root on sys.path (package `training`), and one small
ToonScenes dataset built by the real builder (tools/dataset) per test session."""
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY = sys.executable


def run(args, **kw):
    """A Python command from the repo root that must succeed; its output tails explain a failure."""
    r = subprocess.run([PY, *args], cwd=ROOT, capture_output=True, text=True, **kw)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return r
sys.path.insert(0, ROOT)  # the package `training`


@pytest.fixture(scope="session")
def toonscenes96():
    """`npm run dataset -- --count 96 --seed 1` into a temp folder (about 3 s)."""
    tsx = os.path.join(ROOT, "node_modules", ".bin", "tsx")
    if shutil.which("node") is None or not os.path.exists(tsx):
        pytest.fail("node and node_modules/.bin/tsx are needed to build the ToonScenes test dataset")
    out = tempfile.mkdtemp(prefix="toonscenes96-")
    cmd = [tsx, os.path.join(ROOT, "tools", "dataset", "cli.ts"), "--count", "96", "--seed", "1", "--out", out,
           "--workers", "1", "--stories", "8", "--gallery", "8", "--contact", "4"]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if run.returncode:
        pytest.fail(f"dataset builder failed ({run.returncode}): {run.stderr[-2000:] or run.stdout[-2000:]}")
    yield out
    shutil.rmtree(out, ignore_errors=True)
