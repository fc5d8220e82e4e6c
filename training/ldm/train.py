"""Train the latent depth-to-image model: VAE phase, then UNet phase; resumable, time-boxed.

python3 training/train_ldm.py --config smoke|full|tiny --data DIR --out DIR [--resume DIR] --minutes M
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from toon.ldm_config import get_config  # noqa: E402
from toon.ldm_data import load_split  # noqa: E402
from toon.ldm_samples import sample_grids  # noqa: E402
from toon.ldm_text import load_text_states  # noqa: E402
from toon.ldm_train_unet import build_unet, train_unet  # noqa: E402
from toon.ldm_train_vae import build_vae, train_vae  # noqa: E402
from toon.ldm_util import load_checkpoint, pick_device, save_checkpoint  # noqa: E402

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
    ap.add_argument("--text-ckpt", type=Path, help="PART A's CLIP checkpoint with the text tower")
    ap.add_argument("--no-samples", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args(argv)


def main(argv=None) -> dict:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stdout)
    a = parse_args(argv)
    cfg = get_config(a.config)
    started = time.time()
    resume_dir = (a.resume.parent if a.resume and a.resume.is_file() else a.resume) if a.resume else None
    ckpt = (lambda name: load_checkpoint(resume_dir / name) if resume_dir else None)
    vae_ckpt, unet_ckpt, ema_ckpt = ckpt("ldm-vae.pt"), ckpt("ldm-unet.pt"), ckpt("ldm-unet-ema.pt")
    if unet_ckpt is None and ema_ckpt is not None:
        # the repo may keep only the EMA (carry budget): continue from it as the online weights
        log.warning("no ldm-unet.pt: resuming the online UNet from the EMA weights")
        unet_ckpt = ema_ckpt
    metrics = {"config": a.config, "device": str(pick_device()), "minutes_budget": a.minutes}
    # the VAE keeps training until a UNet has learned its latents; then it is frozen
    train_vae_now = a.phase == "vae" or (a.phase == "all" and (unet_ckpt is None or a.retrain_vae))
    if train_vae_now:
        share = 1.0 if a.phase == "vae" else a.vae_share
        vae_ckpt = train_vae(cfg, a.data, a.out, vae_ckpt, a.minutes * share, a.seed)
        metrics["vae"] = vae_ckpt["metrics"]
    elif vae_ckpt is None:
        raise SystemExit("no VAE checkpoint: run --phase vae (or all) first, or pass --resume DIR with ldm-vae.pt")
    elif resume_dir is None or resume_dir.resolve() != a.out.resolve():
        save_checkpoint(a.out / "ldm-vae.pt", vae_ckpt)  # OUT holds a complete set: the frozen VAE comes along
    if a.phase in ("all", "unet"):
        remaining = a.minutes - (time.time() - started) / 60.0
        train = load_split(a.data, "train", cfg["image_size"], cfg["max_scenes"])
        captions = [c for cap in train.captions for lang in ("en", "ko") for c in cap.get(lang, [])]
        text = load_text_states(pick_device(), captions, a.tokenizer, a.text_ckpt)
        result = train_unet(cfg, a.data, a.out, vae_ckpt, text, unet_ckpt, ema_ckpt, max(remaining, 0.1), a.seed)
        metrics["unet"] = result["metrics"]
        metrics["unet_steps_total"] = result["step"]
        if not a.no_samples:
            device = pick_device()
            vae = build_vae(cfg, vae_ckpt).to(device).eval()
            unet = build_unet(cfg, text.dim, result).to(device).eval()
            test = load_split(a.data, "test", cfg["image_size"])
            paths = sample_grids(vae, unet, text, test, float(vae_ckpt["scale_factor"]), a.out, device,
                                 steps=cfg["sample_steps"], guidance=cfg["guidance"], strength=cfg["img2img_strength"])
            metrics["samples"] = [p.name for p in paths]
    metrics["vae_steps_total"] = vae_ckpt["step"]
    metrics["seconds"] = round(time.time() - started, 1)
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "ldm-metrics.json").write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n")
    log.info("done in %.0fs: %s", metrics["seconds"], json.dumps(metrics, ensure_ascii=False))
    return metrics


if __name__ == "__main__":
    main()
