"""ONNX export of the DCGAN generator (sentence vector + noise -> 64 px image) from best_generator.pt."""
from __future__ import annotations

import torch

from training.common.export import (TOLERANCE, compress, dynamic, export, file_entry, onnx_path,
                                    write_fixture, write_json)
from training.common.checkpoint import Checkpoint, load_state
from training.gan.model import GanConfig, Generator


def export_gan(ckpt: Checkpoint, suite, fixtures, dtype, note, gen):
    cfg = GanConfig.from_dict(ckpt.config)
    g = Generator(cfg)
    load_state(g, ckpt.weights)
    g.eval()
    path = onnx_path(suite, "gan_generator")
    export(g, (torch.randn(2, cfg.sentence_dim, generator=gen), torch.randn(2, cfg.noise_dim, generator=gen)), path,
           ["sentence", "noise"], ["image"], dynamic({"sentence": ["batch"], "noise": ["batch"], "image": ["batch"]}))
    dtype = compress(path, dtype)
    write_json(suite / "gan_generator" / "config.json", {
        "model_type": "dcgan-cls", **cfg.to_dict(), "image_size": 64,
        "sentence": "text_encoder pooler_output", "noise": "standard normal", "output": "[-1,1] RGB, NCHW",
        "train_steps": ckpt.step, "selected_by": ckpt.meta.get("selected_by")})
    if fixtures:
        write_fixture(fixtures / "gan-generator.json", "toon-mini/gan_generator/onnx/model.onnx", g,
                      {"sentence": torch.randn(1, cfg.sentence_dim, generator=gen).tanh(),
                       "noise": torch.randn(1, cfg.noise_dim, generator=gen)}, ["image"], note, TOLERANCE["gan_generator"])
    return {"id": "gan_generator", "title": "Conditional DCGAN generator (GAN-CLS, 64 px)", "task": "gan",
            "files": [file_entry(path, suite, dtype), file_entry(suite / "gan_generator" / "config.json", suite)]}
