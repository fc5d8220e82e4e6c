"""Toon upscaler: the pair tool's pack, the degradations and metrics, and a tiny train → resume → eval → export run
(seconds) with onnxruntime-node parity on the exported file."""
import json
import os
import subprocess
import tempfile

import numpy as np
import onnx
import pytest
import torch

from conftest import ROOT, run
from training.upscale.config import UpscaleConfig
from training.upscale.degrade import gaussian_blur, jpeg_like
from training.upscale.metrics import edge_f1, measure, resample
from training.upscale.model import ToonUpscaler


@pytest.fixture(scope="module")
def pack():
    """npm run upscale:pairs at 32 → 128 px (the same code as 128 → 512, 16× fewer pixels)."""
    out = tempfile.mkdtemp(prefix="upscale-pairs-")
    tsx = os.path.join(ROOT, "node_modules", ".bin", "tsx")
    r = subprocess.run([tsx, "tools/dataset/upscale/pairs-cli.ts", "--train", "8", "--test", "4", "--low", "32",
                        "--high", "128", "--out", out], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    return out


def test_pack_holds_aligned_pairs_in_the_four_styles(pack):
    lo, hi = np.load(f"{pack}/train/lo.npy"), np.load(f"{pack}/train/hi.npy")
    assert lo.shape == (8, 32, 32, 3) and hi.shape == (8, 128, 128, 3)
    scenes = json.load(open(f"{pack}/train/scenes.json"))
    assert [s["style"] for s in scenes[:4]] == ["ink", "pastel", "screentone", "manga"]
    # the same scene at two sizes: the 4×4 block means of the target are close to the input (same layout)
    means = hi.reshape(8, 32, 4, 32, 4, 3).mean((2, 4))
    assert np.abs(means - lo).mean() < 40
    assert np.abs(np.roll(means, 1, 0) - lo).mean() > np.abs(means - lo).mean()  # closer to its own scene
    assert json.load(open(f"{pack}/pairs.json"))["factor"] == 4


def test_degradations_keep_range_and_shape():
    x = torch.rand(2, 3, 16, 16)
    assert torch.allclose(jpeg_like(x, 100), x, atol=0.03)  # quality 100: every table entry is 1
    assert (jpeg_like(x, 40) - x).abs().mean() > (jpeg_like(x, 90) - x).abs().mean()
    flat = torch.full((1, 3, 16, 16), 0.3)
    assert torch.allclose(gaussian_blur(flat, 1.0), flat, atol=1e-6)
    assert gaussian_blur(x, 1.0).std() < x.std()


def test_metrics_and_resamplers():
    flat = np.full((8, 8, 3), 77, np.uint8)
    for name in ("bicubic", "lanczos"):
        assert (resample(flat, 32, name) == 77).all()
    img = np.zeros((64, 64, 3), np.uint8)
    img[:, 32:] = 255
    same = measure(img, img)
    assert same["psnr"] == 99.0 and abs(same["ssim"] - 1) < 1e-9 and same["edge_f1"] == 1.0
    moved = np.roll(img, 6, 1)
    assert edge_f1(moved, img) < 0.5 and measure(moved, img)["psnr"] < 20


def test_model_upscales_by_its_factor():
    net = ToonUpscaler(UpscaleConfig.tiny())
    assert net(torch.rand(1, 3, 12, 20)).shape == (1, 3, 48, 80)


def test_tiny_train_resume_eval_export(pack, tmp_path):
    ck = tmp_path / "ck"
    run(["-m", "training.upscale.train", "--config", "tiny", "--pairs", pack, "--out", str(ck), "--steps", "4"])
    m = run(["-m", "training.upscale.train", "--config", "full", "--pairs", pack, "--out", str(ck), "--resume", str(ck),
             "--steps", "3"])
    metrics = json.load(open(ck / "metrics.json"))
    assert metrics["step"] == 7 and metrics["steps_this_run"] == 3, m.stdout
    report = tmp_path / "upscaler.json"
    run(["-m", "training.upscale.eval", "--ckpt", str(ck), "--pairs", pack, "--out", str(report), "--scenes", "4",
         "--sheet", str(tmp_path / "sheet.png")])
    res = json.load(open(report))
    assert set(res["clean"]["all"]) == {"bicubic", "lanczos", "ours"} and res["config"]["channels"] == 8  # kept tiny
    assert 0 < res["clean"]["all"]["bicubic"]["psnr"] < 99 and (tmp_path / "sheet.png").stat().st_size > 1000
    models, fixture = tmp_path / "models", tmp_path / "upscaler.json.fixture"
    (models / "toon-mini").mkdir(parents=True)
    run(["-m", "training.upscale.export", "--checkpoint", str(ck / "upscaler.pt"), "--suite", str(models / "toon-mini"),
         "--fixture", str(fixture)])
    model = onnx.load(str(models / "toon-mini" / "upscaler" / "onnx" / "model.onnx"))
    assert [i.name for i in model.graph.input] == ["image"] and [o.name for o in model.graph.output] == ["upscaled"]
    part = json.load(open(models / "toon-mini" / "suite.parts" / "upscaler.json"))
    assert [f["path"] for f in part["models"][0]["files"]] == ["upscaler/onnx/model.onnx", "upscaler/config.json"]
    r = subprocess.run(["node", "test/training/ort_parity.mjs", str(models), str(fixture)], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 0 and '"ok":true' in r.stdout, r.stdout + r.stderr


def test_edge_guide_marks_lines_and_roughening_keeps_shape():
    from training.upscale.guide import edge_guide, roughen_guides
    img = torch.ones(2, 3, 16, 16)
    img[:, :, :, 8:] = 0.0  # one vertical black/white step
    g = edge_guide(img)
    assert g.shape == (2, 1, 16, 16) and float(g[0, 0, 5, 7]) == 1.0 and float(g[0, 0, 5, 2]) == 0.0
    rough = roughen_guides(g, torch.Generator().manual_seed(0), p_none=1.0, p_wrong=0.0)
    assert rough.shape == g.shape and float(rough.abs().sum()) == 0.0  # "none" is zeros


def test_guided_head_starts_as_the_plain_upscaler():
    from training.upscale.model import GuidedUpscaler
    net = GuidedUpscaler(UpscaleConfig.tiny())
    x = torch.rand(1, 3, 8, 8)
    assert torch.equal(net(x, torch.rand(1, 1, 32, 32)), net.base(x))  # zero-initialised last conv


def test_tiny_guided_train_eval_export(pack, tmp_path):
    base = tmp_path / "base"
    run(["-m", "training.upscale.train", "--config", "tiny", "--pairs", pack, "--out", str(base), "--steps", "2"])
    ck = tmp_path / "guided"
    run(["-m", "training.upscale.train_guided", "--pairs", pack, "--out", str(ck), "--base", str(base), "--steps", "3"])
    run(["-m", "training.upscale.train_guided", "--pairs", pack, "--out", str(ck), "--base", str(base), "--resume", str(ck),
         "--steps", "2"])
    assert json.load(open(ck / "metrics.json"))["step"] == 5
    report = tmp_path / "guided.json"
    run(["-m", "training.upscale.eval_guided", "--ckpt", str(ck), "--pairs", pack, "--out", str(report), "--scenes", "2"])
    res = json.load(open(report))
    assert set(res["clean"]["gain_db"]) == {"exact", "shifted_2px", "holes", "other_scene", "none"}
    models, fixture = tmp_path / "models", tmp_path / "guided.fixture.json"
    (models / "toon-mini").mkdir(parents=True)
    run(["-m", "training.upscale.export_guided", "--checkpoint", str(ck / "guided.pt"), "--suite", str(models / "toon-mini"),
         "--fixture", str(fixture), "--guide-fixture", str(tmp_path / "guide.json")])
    model = onnx.load(str(models / "toon-mini" / "upscaler_guided" / "onnx" / "model.onnx"))
    assert [i.name for i in model.graph.input] == ["image", "guide"]
    r = subprocess.run(["node", "test/training/ort_parity.mjs", str(models), str(fixture)], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 0 and '"ok":true' in r.stdout, r.stdout + r.stderr
