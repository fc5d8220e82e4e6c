"""Export the latent depth-to-image model with the Stable Diffusion 2 depth ONNX interface.

python3 -m training.ldm.export --ckpt training/checkpoints/ldm --out public/models/toon-mini \
    --fixtures test/fixtures/toon-mini [--note "..."]

Writes unet/, vae_encoder/, vae_decoder/ (model.onnx + config.json), unet/style_embeddings.json,
scheduler/scheduler_config.json, model_index.json, suite.parts/ldm.json, app-defaults.json's styles (the UNet's
style rows), and PyTorch parity fixtures (inputs + outputs) for onnxruntime. Files over 16 MiB in fp32 get fp16
weights.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import torch

from training.common.checkpoint import MAX_FILE_BYTES, load_resume
from training.common.export import write_fixture as write_parity
from training.common.onnx_io import export, fp16_weights
from training.common.tokenizer import MAX_LENGTH
from training.ldm.config import LdmTrain
from training.ldm.export_files import sync_styles, write_configs, write_suite_part
from training.ldm.schedule import write_fixture
from training.ldm.train_unet import build_unet
from training.ldm.train_vae import build_vae
from training.ldm.vae import VaeDecoderExport, VaeEncoderExport

MAX_ABS = 0.02  # parity bound on every LDM output (cosine ≥ 0.99 is write_fixture's)


def export_all(ckpt_dir: Path, out: Path, fixtures: Path | None, note: str = "", config: str = "full",
               fp16: bool = True) -> dict:
    cfg = LdmTrain.named(config)
    vae_ckpt, unet_ckpt = load_resume(ckpt_dir, "ldm-vae.pt"), load_resume(ckpt_dir, "ldm-unet-ema.pt")
    vae = build_vae(cfg, vae_ckpt).float().eval()
    context_dim = unet_ckpt.config["context_dim"]
    unet = build_unet(cfg, context_dim, unet_ckpt).float().eval()
    f = vae.cfg.factor
    g = torch.Generator().manual_seed(0)
    L = MAX_LENGTH + 1  # text token states + the style row

    unet_path = out / "unet" / "model.onnx"
    sample = torch.randn(2, 5, 16, 16, generator=g)
    export(unet, (sample, torch.tensor([981, 21]), torch.randn(2, L, context_dim, generator=g)), unet_path,
           ["sample", "timestep", "encoder_hidden_states"], ["out_sample"],
           {"sample": {0: "batch", 2: "height", 3: "width"}, "timestep": {0: "batch"},
            "encoder_hidden_states": {0: "batch", 1: "sequence"}, "out_sample": {0: "batch", 2: "height", 3: "width"}})
    enc_path, dec_path = out / "vae_encoder" / "model.onnx", out / "vae_decoder" / "model.onnx"
    export(VaeEncoderExport(vae), (torch.rand(1, 3, 64, 64, generator=g) * 2 - 1,), enc_path, ["sample"],
           ["latent_sample"], {"sample": {0: "batch", 2: "height", 3: "width"},
                               "latent_sample": {0: "batch", 2: "latent_height", 3: "latent_width"}})
    export(VaeDecoderExport(vae), (torch.randn(1, 4, 16, 16, generator=g),), dec_path, ["latent_sample"], ["sample"],
           {"latent_sample": {0: "batch", 2: "latent_height", 3: "latent_width"},
            "sample": {0: "batch", 2: "height", 3: "width"}})
    dtypes = {}
    for p in (unet_path, enc_path, dec_path):
        dtypes[p] = "fp32"
        if fp16 or p.stat().st_size > MAX_FILE_BYTES:
            fp16_weights(p)  # bf16-trained weights fit fp16 exactly (same range checked in fp16_weights)
            dtypes[p] = "fp16"
        if p.stat().st_size > MAX_FILE_BYTES:
            raise SystemExit(f"{p} is {p.stat().st_size} bytes even with fp16 weights: shrink the model")

    write_configs(out, vae, unet, float(vae_ckpt.meta["scale_factor"]), vae_ckpt, unet_ckpt, L)
    part = write_suite_part(out, [unet_path, enc_path, dec_path], dtypes, vae_ckpt, unet_ckpt, note)
    sync_styles(out, unet.style_embedding.num_embeddings)
    if fixtures is not None:
        write_fixture(fixtures / "scheduler.json")
        prefix = "toon-mini/"
        write_parity(fixtures / "ldm-unet.json", prefix + "unet/model.onnx", unet,
                     {"sample": torch.randn(2, 5, 8, 8, generator=g), "timestep": torch.tensor([961, 1]),
                      "encoder_hidden_states": torch.randn(2, L, context_dim, generator=g)},
                     ["out_sample"], "one UNet call, batch 2 (guidance pair), 8x8 latents", MAX_ABS)
        write_parity(fixtures / "ldm-vae-encoder.json", prefix + "vae_encoder/model.onnx", VaeEncoderExport(vae),
                     {"sample": torch.rand(1, 3, 8 * f, 8 * f, generator=g) * 2 - 1},
                     ["latent_sample"], "posterior mean, unscaled", MAX_ABS)
        write_parity(fixtures / "ldm-vae-decoder.json", prefix + "vae_decoder/model.onnx", VaeDecoderExport(vae),
                     {"latent_sample": torch.randn(1, 4, 8, 8, generator=g)}, ["sample"],
                     "decode of an unscaled latent", MAX_ABS)
    return part


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ckpt", type=Path, default=Path("training/checkpoints"))
    ap.add_argument("--out", type=Path, default=Path("public/models/toon-mini"))
    ap.add_argument("--fixtures", type=Path, default=Path("test/fixtures/toon-mini"))
    ap.add_argument("--no-fixtures", action="store_true")
    ap.add_argument("--fp32", action="store_true", help="keep fp32 weights where a file fits 16 MiB")
    ap.add_argument("--note", default="", help="e.g. 'smoke weights: 5 CPU minutes, not a trained model'")
    a = ap.parse_args(argv)
    part = export_all(a.ckpt, a.out, None if a.no_fixtures else a.fixtures, a.note, fp16=not a.fp32)
    for m in part["models"]:
        for fi in m["files"]:
            print(f"{fi['path']}: {(a.out / fi['path']).stat().st_size} bytes {fi.get('dtype', '')}")


if __name__ == "__main__":
    main()
