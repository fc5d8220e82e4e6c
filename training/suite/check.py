"""Were the kept generators trained on the kept CLIP towers? The app feeds the UNet the exported text_encoder's
token states and the DCGAN its pooler vector, so a UNet or DCGAN trained on an older tower gets states it never
learned: its panels stop following the text, and no error says so. A GPU session that trains CLIP must bring the
LDM onto the new tower (a second device call, TOON_JOBS=ldm) before it lands (training/README.md, "GPU runs").

python3 -m training.suite.check [--ckpt training/checkpoints]   -> exit 1 and one line per mismatch
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

TRAINING = Path(__file__).resolve().parents[1]
from training.clip.io import load_clip
from training.common.checkpoint import Checkpoint, bf16_state, weights_id
from training.ldm.text import load_text_states


def tower_ids(clip_dir: Path) -> dict:
    """The ids training records: ldm_text's for the text tower (UNet), gan/train.py's for the image tower."""
    text = load_text_states(torch.device("cpu"), [], None, clip_dir)
    clip, _ = load_clip(str(clip_dir))
    return {"text": text.weights_id, "vision": weights_id(bf16_state(clip.vision)),
            "gan_text": weights_id(bf16_state(clip.text)), "text_source": text.source}


def problems(ckpt: Path) -> list[str]:
    clip_dir = ckpt / "clip"
    if not (clip_dir / "text.pt").exists():
        return [f"no CLIP text tower at {clip_dir}/text.pt"]
    ids, out = tower_ids(clip_dir), []
    unet = Checkpoint.load(ckpt / "ldm" / "ldm-unet-ema.pt")
    if unet is not None and unet.meta.get("text_id") != ids["text"]:
        out.append(f"the UNet (step {unet.step}) learned the token states of {unet.meta.get('text_source')!r}, "
                   f"not of the kept tower ({ids['text_source']}): train TOON_JOBS=ldm on it before landing")
    gan = Checkpoint.load(ckpt / "gan" / "best_generator.pt")
    # train_gan records the text tower G is conditioned on (text_id), older checkpoints only the image tower
    # it was selected by (clip_id): both towers change together in every CLIP run
    if gan is not None and "text_id" in gan.meta:
        gan_ok = gan.meta["text_id"] == ids["gan_text"]
    else:
        gan_ok = gan is None or ((gan.meta.get("selected_by") or {}).get("clip_id") == ids["vision"])
    if not gan_ok:
        out.append(f"the DCGAN (step {gan.step}) was trained and selected with another CLIP than the kept "
                   f"one: train TOON_JOBS=gan (or clip,gan) on it before landing")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ckpt", type=Path, default=TRAINING / "checkpoints")
    found = problems(p.parse_args(argv).ckpt)
    for line in found:
        print(f"check_suite: {line}")
    if not found:
        print("check_suite: the UNet and the DCGAN were trained on the kept CLIP towers")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
