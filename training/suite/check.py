"""Were the kept generators trained on the kept CLIP towers? The app feeds the UNet the exported text_encoder's
token states and the DCGAN its pooler vector, so a UNet or DCGAN trained on an older tower gets states it never
learned: its panels stop following the text, and no error says so. A GPU session that trains CLIP must bring the
LDM onto the new tower (a second device call, TOON_JOBS=ldm) before it lands (training/README.md).

python3 training/check_suite.py [--ckpt training/checkpoints]   -> exit 1 and one line per mismatch
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from toon.clip_io import load_clip  # noqa: E402
from toon.ldm_text import load_text_states  # noqa: E402
from toon.ldm_util import bf16_state, load_checkpoint, weights_id  # noqa: E402


def tower_ids(clip_dir: Path) -> dict:
    """The ids training records: ldm_text's for the text tower (UNet), train_gan's for the image tower."""
    text = load_text_states(torch.device("cpu"), [], None, clip_dir)
    clip, _ = load_clip(str(clip_dir))
    return {"text": text.weights_id, "vision": weights_id(bf16_state(clip.vision)),
            "gan_text": weights_id(bf16_state(clip.text)), "text_source": text.source}


def problems(ckpt: Path) -> list[str]:
    clip_dir = ckpt / "clip"
    if not (clip_dir / "text.pt").exists():
        return [f"no CLIP text tower at {clip_dir}/text.pt"]
    ids, out = tower_ids(clip_dir), []
    unet = load_checkpoint(ckpt / "ldm" / "ldm-unet-ema.pt")
    if unet is not None and unet.get("text_id") != ids["text"]:
        out.append(f"the UNet (step {unet.get('step')}) learned the token states of {unet.get('text_source')!r}, "
                   f"not of the kept tower ({ids['text_source']}): train TOON_JOBS=ldm on it before landing")
    gan = load_checkpoint(ckpt / "gan" / "best_generator.pt")
    # train_gan records the text tower G is conditioned on (text_id), older checkpoints only the image tower
    # it was selected by (clip_id): both towers change together in every CLIP run
    if gan is not None and "text_id" in gan:
        gan_ok = gan["text_id"] == ids["gan_text"]
    else:
        gan_ok = gan is None or ((gan.get("selected_by") or {}).get("clip_id") == ids["vision"])
    if not gan_ok:
        out.append(f"the DCGAN (step {gan.get('step')}) was trained and selected with another CLIP than the kept "
                   f"one: train TOON_JOBS=gan (or clip,gan) on it before landing")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ckpt", type=Path, default=HERE / "checkpoints")
    found = problems(p.parse_args(argv).ckpt)
    for line in found:
        print(f"check_suite: {line}")
    if not found:
        print("check_suite: the UNet and the DCGAN were trained on the kept CLIP towers")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
