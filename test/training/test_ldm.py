"""The latent depth-to-image model: schedule maths, training + resume, export interface, ORT parity, the
device-side caption draw. Tiny configs: about a minute on 2 cores."""
import json
import shutil
import subprocess

import onnx
import pytest
import torch

from training.ldm.schedule import (ScheduleConfig, add_noise, alphas_cumprod, ddim_step, ddim_timesteps,
                           img2img_timesteps, training_target)
from training.ldm.unet import depth_to_latent_grid

from conftest import ROOT, run


def test_scaled_linear_schedule_matches_stable_diffusion():
    ac = alphas_cumprod(ScheduleConfig())
    assert ac[0].item() == pytest.approx(1 - 0.00085, abs=1e-9)
    assert ac[-1].item() == pytest.approx(0.0047, abs=2e-4)  # SD's known terminal alpha_bar
    assert ddim_timesteps(ScheduleConfig(), 25)[:3] == [961, 921, 881]
    assert ddim_timesteps(ScheduleConfig(), 25)[-1] == 1
    assert img2img_timesteps(ScheduleConfig(), 25, 0.6) == ddim_timesteps(ScheduleConfig(), 25)[10:]


@pytest.mark.parametrize("prediction", ["v_prediction", "epsilon"])
def test_ddim_step_with_the_true_prediction_lands_on_the_noised_x0(prediction):
    cfg = ScheduleConfig(prediction_type=prediction)
    ac = alphas_cumprod(cfg).float()
    g = torch.Generator().manual_seed(0)
    x0, noise = torch.randn(2, 4, 4, 4, generator=g), torch.randn(2, 4, 4, 4, generator=g)
    t = torch.tensor([561, 561])
    xt = add_noise(x0, noise, t, ac)
    out = training_target(x0, noise, t, ac, prediction)
    prev = ddim_step(out, 561, xt, cfg, ac, 25)
    assert torch.allclose(prev, add_noise(x0, noise, torch.tensor([521, 521]), ac), atol=1e-4)


def test_depth_grid_is_min_max_scaled_and_flat_maps_are_zero():
    d = torch.linspace(0, 1, 64 * 64).reshape(1, 1, 64, 64)
    grid = depth_to_latent_grid(torch.cat([d, torch.full_like(d, 0.3)]), 16)
    assert grid.shape == (2, 1, 16, 16)
    assert grid[0].min().item() == pytest.approx(-1) and grid[0].max().item() == pytest.approx(1)
    assert torch.count_nonzero(grid[1]) == 0


@pytest.fixture(scope="module")
def trained(toonscenes96, tmp_path_factory):
    base = tmp_path_factory.mktemp("ldm")
    first, second = base / "run1", base / "run2"
    run(["-m", "training.ldm.train", "--config", "tiny", "--data", toonscenes96, "--out", str(first), "--minutes", "2"])
    # the repo keeps no online UNet (carry budget): resume the way the GPU run does, from VAE + EMA alone
    kept = base / "kept"
    kept.mkdir()
    for name in ("ldm-vae.pt", "ldm-unet-ema.pt"):
        shutil.copyfile(first / name, kept / name)
    run(["-m", "training.ldm.train", "--config", "tiny", "--data", toonscenes96, "--out", str(second),
         "--resume", str(kept), "--minutes", "2", "--no-samples"])
    return base


def test_training_writes_metrics_samples_and_resumes(trained):
    m1 = json.loads((trained / "run1" / "ldm-metrics.json").read_text())
    m2 = json.loads((trained / "run2" / "ldm-metrics.json").read_text())
    assert m1["vae"]["vae_test_l1"] < 1.0 and m1["vae"]["scale_factor"] > 0
    assert m2["unet_steps_total"] == 2 * m1["unet_steps_total"] > 0
    assert "vae" not in m2, "the VAE must stay frozen once a UNet checkpoint exists"
    # the resumed run evaluates the restored EMA first: same weights, same fixed noise, same loss
    assert m2["unet"]["unet_val_mse_before"]["mean"] == pytest.approx(m1["unet"]["unet_val_mse"]["mean"], rel=1e-4)
    assert (trained / "run1" / "samples.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for name in ("ldm-vae.pt", "ldm-unet.pt", "ldm-unet-ema.pt"):
        path = trained / "run2" / name
        assert path.stat().st_size <= 16 * 1024 * 1024
        weights = torch.load(path)["weights"]
        assert all(v.dtype == torch.bfloat16 for v in weights.values() if v.is_floating_point())


def test_export_has_the_sd2_depth_interface_and_matches_pytorch(trained):
    models, fixtures = trained / "models", trained / "fixtures"
    run(["-m", "training.ldm.export", "--ckpt", str(trained / "run2"), "--out", str(models / "toon-mini"),
         "--fixtures", str(fixtures), "--note", "test"])
    names = {}
    for part in ("unet", "vae_encoder", "vae_decoder"):
        g = onnx.load(str(models / "toon-mini" / part / "model.onnx")).graph
        inits = {i.name for i in g.initializer}
        names[part] = ([i.name for i in g.input if i.name not in inits], [o.name for o in g.output])
        assert g.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    assert names["unet"] == (["sample", "timestep", "encoder_hidden_states"], ["out_sample"])
    assert names["vae_encoder"] == (["sample"], ["latent_sample"])
    assert names["vae_decoder"] == (["latent_sample"], ["sample"])
    sched = json.loads((models / "toon-mini" / "scheduler" / "scheduler_config.json").read_text())
    assert sched["prediction_type"] == "v_prediction" and sched["beta_schedule"] == "scaled_linear"
    part = json.loads((models / "toon-mini" / "suite.parts" / "ldm.json").read_text())
    assert [m["id"] for m in part["models"]] == ["unet", "vae_encoder", "vae_decoder"]
    styles = json.loads((models / "toon-mini" / "unet" / "style_embeddings.json").read_text())["styles"]
    assert json.loads((models / "toon-mini" / "app-defaults.json").read_text())["styles"] == styles[:-1]  # - "none"
    if shutil.which("node") is None:
        pytest.fail("node is needed for the onnxruntime-node parity check")
    r = subprocess.run(["node", "test/training/ort_parity.mjs", str(models),
                        *sorted(str(p) for p in fixtures.glob("ldm-*.json"))], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert len(r.stdout.strip().splitlines()) == 3


def test_caption_draw_stays_on_the_device_and_keeps_languages_even():
    from training.ldm.data import CaptionDraw
    captions = [{"en": [f"en {i} a", f"en {i} b"], "ko": [f"ko {i} 가", f"ko {i} 나", f"ko {i} 다"]} for i in range(6)]
    numbers = {c: 10 + k for k, c in enumerate(c for caps in captions for lang in caps for c in caps[lang])}
    encode = lambda t: ([numbers[t], 1, 0, 0], [1, 1, 0, 0])  # one distinct id per caption
    draw = CaptionDraw(captions, encode, [2, 3, 0, 0], torch.device("cpu"))
    by_id = {encode(c)[0][0]: (i, c) for i, caps in enumerate(captions) for lang in caps for c in caps[lang]}
    torch.manual_seed(0)
    idx = torch.randint(0, 6, (4000,))
    drop = torch.rand(4000) < 0.1
    ids = draw(idx, drop)
    assert ids.shape == (4000, 4) and ids.dtype == torch.long
    assert torch.equal(ids[drop], torch.tensor([2, 3, 0, 0]).expand(int(drop.sum()), 4))  # the CFG "" prompt
    kept = [by_id[int(r[0])] for r in ids[~drop]]
    assert all(scene == int(i) for (scene, _), i in zip(kept, idx[~drop]))  # each scene's own caption
    ko = sum(c.startswith("ko") for _, c in kept) / len(kept)
    assert 0.45 < ko < 0.55  # KO or EN at equal odds, although KO has more captions per scene
    assert len({c for _, c in kept}) == 30  # every caption is drawn
