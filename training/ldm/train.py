"""Train the latent depth-to-image model: VAE phase, then UNet phase; resumable, time-boxed.

python3 -m training.ldm.train --config tiny|smoke|full --data DIR --out DIR [--resume DIR] --minutes M
  [--phase all|vae|unet] [--vae-share 0.25] [--tokenizer tokenizer.json] [--text-ckpt clip.pt]

Checkpoints (bf16, each <= 16 MiB): OUT/ldm-vae.pt, OUT/ldm-unet.pt (online), OUT/ldm-unet-ema.pt.
Metrics: OUT/ldm-metrics.json; sample grids: OUT/samples.png, OUT/samples-styles.png.
The VAE is frozen once a UNet checkpoint exists (the UNet learned its latents); --retrain-vae overrides.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from training.common import app_defaults
from training.common.checkpoint import load_resume, resume_folder
from training.common.device import pick_device
from training.ldm.config import LdmTrain
from training.ldm.data import load_split
from training.ldm.samples import sample_grids
from training.ldm.text import load_text_states
from training.ldm.train_unet import build_unet, load_unet, train_unet
from training.ldm.train_vae import build_vae, train_vae

log = logging.getLogger("ldm")


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default="smoke")
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--resume", type=Path, help="folder with ldm-*.pt (or one of those files)")
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--phase", choices=("all", "vae", "unet"), default="all")
    ap.add_argument("--vae-share", type=float, default=0.25, help="share of --minutes for the VAE in phase all")
    ap.add_argument("--retrain-vae", action="store_true")
    ap.add_argument("--tokenizer", type=Path, help="tokenizer.json (default: built from the dataset's captions)")
    ap.add_argument("--text-ckpt", type=Path, help="CLIP checkpoint folder with the text tower (text.pt + tokenizer/)")
    ap.add_argument("--no-samples", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args(argv)


def main(argv=None) -> dict:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stdout)
    a = parse_args(argv)
    cfg = LdmTrain.named(a.config)
    started = time.time()
    resume_dir = resume_folder(a.resume)
    vae_ckpt, unet_ckpt = load_resume(a.resume, "ldm-vae.pt", required=False), load_unet(a.resume)
    metrics = {"config": a.config, "device": str(pick_device()), "minutes_budget": a.minutes}
    # the VAE keeps training until a UNet has learned its latents; then it is frozen
    train_vae_now = a.phase == "vae" or (a.phase == "all" and (unet_ckpt is None or a.retrain_vae))
    if train_vae_now:
        share = 1.0 if a.phase == "vae" else a.vae_share
        vae_ckpt = train_vae(cfg, a.data, a.out, vae_ckpt, a.minutes * share, a.seed)
        metrics["vae"] = vae_ckpt.meta["metrics"]
    elif vae_ckpt is None:
        raise SystemExit("no VAE checkpoint: run --phase vae (or all) first, or pass --resume DIR with ldm-vae.pt")
    elif resume_dir is None or resume_dir.resolve() != a.out.resolve():
        vae_ckpt.save(a.out / "ldm-vae.pt")  # OUT holds a complete set: the frozen VAE comes along
    if a.phase in ("all", "unet"):
        remaining = a.minutes - (time.time() - started) / 60.0
        train = load_split(a.data, "train", cfg.image_size, cfg.max_scenes)
        captions = [c for cap in train.captions for lang in ("en", "ko") for c in cap.get(lang, [])]
        text = load_text_states(pick_device(), captions, a.tokenizer, a.text_ckpt)
        result = train_unet(cfg, a.data, a.out, vae_ckpt, text, unet_ckpt, max(remaining, 0.1), a.seed)
        metrics["unet"] = result.meta["metrics"]
        metrics["unet_steps_total"] = result.step
        if not a.no_samples:
            device = pick_device()
            app = app_defaults.load()["sampling"]  # the grids show what the app would draw
            vae = build_vae(cfg, vae_ckpt).to(device).eval()
            unet = build_unet(cfg, text.dim, result).to(device).eval()
            test = load_split(a.data, "test", cfg.image_size)
            paths = sample_grids(vae, unet, text, test, float(vae_ckpt.meta["scale_factor"]), a.out, device,
                                 steps=cfg.sample_steps, guidance=app["guidance"], strength=app["strength"])
            metrics["samples"] = [p.name for p in paths]
    metrics["vae_steps_total"] = vae_ckpt.step
    metrics["seconds"] = round(time.time() - started, 1)
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "ldm-metrics.json").write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n")
    log.info("done in %.0fs: %s", metrics["seconds"], json.dumps(metrics, ensure_ascii=False))
    return metrics


if __name__ == "__main__":
    main()
