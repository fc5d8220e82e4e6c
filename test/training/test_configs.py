"""Configs as dataclasses: tiny/smoke/full constructors per model, and the dict round trip checkpoints rely on."""
from pathlib import Path

import pytest
import torch

from conftest import ROOT
from training.clip.config import ClipTrain
from training.clip.model import ClipConfig
from training.depth.config import DepthTrain
from training.depth.model import DepthConfig
from training.gan.config import GanTrain
from training.gan.model import GanConfig
from training.ldm.config import LdmTrain
from training.ldm.schedule import ScheduleConfig
from training.ldm.unet import UnetConfig
from training.ldm.vae import VaeConfig

TRAIN = (ClipTrain, GanTrain, DepthTrain, LdmTrain)


@pytest.mark.parametrize("cls", TRAIN)
def test_named_constructors(cls):
    full, smoke, tiny = cls.named("full"), cls.named("smoke"), cls.named("tiny")
    assert full == cls.full() == cls() and smoke == cls.smoke() and tiny == cls.tiny()
    batch = "unet_batch" if cls is LdmTrain else "batch"
    assert getattr(tiny, batch) <= getattr(smoke, batch) < getattr(full, batch)  # tests stay seconds on a CPU
    with pytest.raises(ValueError, match="unknown config 'huge'"):
        cls.named("huge")
    assert cls.from_dict(smoke.to_dict()) == smoke


def test_the_values_the_trainers_used_before():
    assert (ClipTrain.full().batch, ClipTrain.full().lr, ClipTrain.smoke().max_steps, ClipTrain.smoke().model["text_dim"]) \
        == (512, 5e-4, 8, 64)
    assert (GanTrain.full().batch, GanTrain.full().ms_weight, GanTrain.smoke().eval_scenes) == (256, 1.0, 16)
    assert (DepthTrain.full().size, DepthTrain.smoke().size, DepthTrain.smoke().model) == (128, 64, {"channels": (8, 16, 32)})
    full, smoke, tiny = LdmTrain.full(), LdmTrain.smoke(), LdmTrain.tiny()
    assert (full.image_size, full.unet_batch, full.unet_lr, full.ema_decay, full.max_scenes) == (128, 512, 3e-4, 0.999, None)
    assert (smoke.image_size, smoke.max_scenes, smoke.vae_lr, smoke.warmup) == (64, 4000, 4e-4, 50)
    assert tiny.vae == {"channels": (16, 32, 64), "groups": 8} and tiny.unet_max_steps == 3
    assert full.val_timesteps == (50, 250, 500, 750, 950) and full.p_drop_text == 0.1
    # sampling settings are the app's (app-defaults.json), not the training config's
    assert not hasattr(full, "guidance") and not hasattr(full, "img2img_strength")


def test_the_kept_checkpoints_configs_load_from_their_dicts():
    kept = Path(ROOT) / "training" / "checkpoints"
    load = lambda f: torch.load(kept / f, map_location="cpu")  # noqa: E731
    assert ClipConfig.from_dict(load("clip/text.pt")["config"]).vocab_size == 5977
    assert GanConfig.from_dict(load("gan/best_generator.pt")["config"]).noise_dim == 100
    assert isinstance(DepthConfig.from_dict(load("depth/depth.pt")["config"]).channels, tuple)
    vae = VaeConfig.from_dict(load("ldm/ldm-vae.pt")["config"])
    unet = load("ldm/ldm-unet-ema.pt")
    u = UnetConfig.from_dict(unet["config"])
    assert vae.channels == (48, 96, 160) and u.attention_levels == (False, True, True)
    assert ScheduleConfig.from_dict(unet["schedule"]).prediction_type == "v_prediction"
    assert UnetConfig.from_dict(u.to_dict()) == u and u.to_dict()["channels"] == list(u.channels)


def test_from_dict_refuses_fields_it_does_not_know():
    with pytest.raises(ValueError, match="no field"):
        GanConfig.from_dict({"noise_dim": 100, "wings": 2})
