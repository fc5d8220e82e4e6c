"""The one Checkpoint type and resume path (training/common/checkpoint.py): every layout the repo keeps loads
through it into its model, new files round-trip, and restore continues weights, EMA and step."""
from pathlib import Path

import pytest
import torch

from conftest import ROOT
from training.common import checkpoint as ckmod
from training.common.checkpoint import Checkpoint, bf16_state, load_resume, restore, resume_folder
from training.common.device import to_device
from training.common.ema import Ema

KEPT = Path(ROOT) / "training" / "checkpoints"


def test_every_kept_checkpoint_loads_into_its_model():
    """The committed files, in the layouts they were written in (nothing converted)."""
    from training.clip.io import load_clip
    from training.depth.eval import load_depth
    from training.gan.eval import load_generator
    from training.gan.model import Discriminator, GanConfig, Generator
    from training.gan.train import load_gan
    from training.ldm.config import LdmTrain
    from training.ldm.train_unet import build_unet, load_unet
    from training.ldm.train_vae import build_vae
    clip, text = load_clip(KEPT / "clip")
    assert text.step > 0 and text.meta["logit_scale"] > 0 and clip.config.vocab_size == text.meta["tokenizer_vocab"]
    g, best = load_generator(KEPT / "gan", "cpu")
    assert best.step > 0 and "text_id" in best.meta
    gan = load_gan(KEPT / "gan")  # older layout: "generator" + "discriminator" at the top level
    assert gan.step >= best.step and gan.weights is not None and "discriminator" in gan.parts
    cfg = GanConfig.from_dict(gan.config)
    restore(gan, Generator(cfg))  # strict: every key matches
    ckmod.load_state(Discriminator(cfg), gan.parts["discriminator"])
    depth, dck = load_depth(KEPT / "depth")
    assert dck.ema is not None and dck.ema_step == dck.step and dck.meta["size"] == 128
    vae_ck = load_resume(KEPT / "ldm", "ldm-vae.pt")
    vae = build_vae(LdmTrain.full(), vae_ck)
    assert float(vae.scale_factor) == pytest.approx(vae_ck.meta["scale_factor"])
    unet_ck = load_unet(KEPT / "ldm")  # the repo keeps only the EMA: online weights continue from it
    assert unet_ck.step > 0 and unet_ck.ema is not None and unet_ck.meta["schedule"]["prediction_type"] == "v_prediction"
    assert all(torch.equal(unet_ck.weights[k], unet_ck.ema[k]) for k in unet_ck.weights)
    build_unet(LdmTrain.full(), unet_ck.config["context_dim"], unet_ck)


def test_older_layouts_read_as_they_are_and_new_files_round_trip(tmp_path):
    w = {"w": torch.ones(2, dtype=torch.bfloat16)}
    depth_style = {"config": {"channels": [8, 16]}, "step": 7, "ema_step": 6, "size": 64, "model": w, "ema": w}
    ck = Checkpoint.from_dict(depth_style)
    assert (ck.step, ck.ema_step, ck.meta, ck.weights is w, ck.ema is w) == (7, 6, {"size": 64}, True, True)
    gan_style = Checkpoint.from_dict({"config": {}, "step": 3, "best": None, "generator": w, "discriminator": w})
    assert gan_style.weights is w and gan_style.parts == {"discriminator": w} and gan_style.meta == {"best": None}
    pointer = Checkpoint.from_dict({"config": {}, "step": 3, "generator_from": "best_generator.pt", "discriminator": w})
    assert pointer.weights is None and pointer.meta["generator_from"] == "best_generator.pt"
    # written once, in one layout: weights under "weights", other nets under "parts", model facts at the top
    ck.save(tmp_path / "a.pt")
    raw = torch.load(tmp_path / "a.pt")
    assert set(raw) == {"config", "step", "weights", "ema", "ema_step", "size"}
    again = Checkpoint.load(tmp_path / "a.pt")
    assert (again.config, again.step, again.ema_step, again.meta) == (ck.config, 7, 6, {"size": 64})
    assert torch.equal(again.weights["w"], w["w"])
    gan_style.save(tmp_path / "g.pt")
    assert set(torch.load(tmp_path / "g.pt")) == {"config", "step", "weights", "parts", "best"}
    assert Checkpoint.load(tmp_path / "g.pt").parts.keys() == {"discriminator"}
    assert Checkpoint.load(tmp_path / "missing.pt") is None


def test_restore_continues_weights_ema_and_step():
    torch.manual_seed(0)
    src, ema_src = torch.nn.Linear(3, 2), torch.nn.Linear(3, 2)
    ck = Checkpoint({}, 40, bf16_state(src), ema=bf16_state(ema_src), ema_step=38)
    model = torch.nn.Linear(3, 2)
    ema = Ema(model)
    assert restore(ck, model, ema) == 40 and ema.step == 38
    assert torch.equal(model.weight, src.weight.to(torch.bfloat16).float())
    assert torch.equal(ema.model.weight, ema_src.weight.to(torch.bfloat16).float())
    assert not torch.equal(model.weight, ema.model.weight)
    # no EMA kept: the average restarts from the weights, counted from the checkpoint's step
    plain = Checkpoint({}, 12, bf16_state(src))
    ema2 = Ema(torch.nn.Linear(3, 2))
    restore(plain, torch.nn.Linear(3, 2), ema2)
    assert ema2.step == 12 and torch.equal(ema2.model.weight, src.weight.to(torch.bfloat16).float())
    with pytest.raises(RuntimeError):  # strict: another architecture's weights do not load silently
        restore(plain, torch.nn.Linear(4, 2))


def test_resume_path_takes_a_folder_or_a_file_in_it(tmp_path):
    Checkpoint({"a": 1}, 5, {}).save(tmp_path / "depth.pt")
    assert resume_folder(tmp_path / "depth.pt") == tmp_path and resume_folder(None) is None
    assert load_resume(tmp_path / "depth.pt", "depth.pt").step == 5 == load_resume(tmp_path, "depth.pt").step
    assert load_resume(None, "depth.pt") is None
    assert load_resume(tmp_path, "gan.pt", required=False) is None
    with pytest.raises(FileNotFoundError, match="no gan.pt"):
        load_resume(tmp_path, "gan.pt")


def test_unet_resume_pairs_the_online_weights_with_the_ema(tmp_path):
    from training.ldm.train_unet import load_unet
    on, av = {"w": torch.zeros(1)}, {"w": torch.ones(1)}
    Checkpoint({}, 9, av, meta={"schedule": {}}).save(tmp_path / "ldm-unet-ema.pt")
    only_ema = load_unet(tmp_path)
    assert torch.equal(only_ema.weights["w"], av["w"]) and torch.equal(only_ema.ema["w"], av["w"])
    Checkpoint({}, 9, on, meta={"schedule": {}}).save(tmp_path / "ldm-unet.pt")
    both = load_unet(tmp_path)
    assert torch.equal(both.weights["w"], on["w"]) and torch.equal(both.ema["w"], av["w"]) and both.step == 9
    assert load_unet(tmp_path / "nothing-here") is None


def test_save_refuses_files_over_the_per_file_limit_and_keeps_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "x.pt"
    Checkpoint({}, 1, {"w": torch.zeros(4)}).save(path)
    monkeypatch.setattr(ckmod, "MAX_FILE_BYTES", 200)
    with pytest.raises(ValueError, match="16 MiB"):
        Checkpoint({}, 2, {"w": torch.zeros(1000)}).save(path)
    assert Checkpoint.load(path).step == 1 and not list(tmp_path.glob("*.tmp"))


def test_ema_moves_every_weight_toward_the_model_with_the_warm_up_decay():
    model = torch.nn.Linear(3, 2)
    ema = Ema(model, decay=0.999)
    before = [p.clone() for p in ema.model.parameters()]
    with torch.no_grad():
        for p in model.parameters():
            p.add_(1.0)
    ema.update(model)
    d = min(0.999, 2 / 11)  # warm-up decay at step 1
    for e, b, p in zip(ema.model.parameters(), before, model.parameters()):
        assert torch.allclose(e, d * b + (1 - d) * p, atol=1e-6)


def test_to_device_keeps_values_and_dtype():
    t = torch.arange(5)
    assert torch.equal(to_device(t, torch.device("cpu")), t)
