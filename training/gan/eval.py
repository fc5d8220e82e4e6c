"""The DCGAN's metrics on a held-out split, per caption language, beside the same figures for real images.

fd_clip, r_precision, diversity_clip / diversity_pixel: as gan/metrics.py (checkpoint selection uses them on val).
setting_acc: share of generated images that CLIP's zero-shot classifier (app-defaults.json's zeroShotPrompts, EN) puts in the setting
of the scene whose caption drew them — does the GAN draw the place it was asked for?
is_clip: Inception Score with that classifier (18 settings, CLIP's learned temperature) in place of Inception,
whose weights we cannot fetch; it lies between 1 and the number of settings. The thesis's Table 2 (IS 4.992 with
Inception's 1,000 classes) is not on this scale: compare with the real images' is_clip instead.

python3 -m training.gan.eval --gan DIR --clip DIR --data DIR [--split test] [--scenes 1024] [--judge CLIP_DIR]
    [--out FILE]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch

from training.clip.eval import embed_texts
from training.clip.image_metrics import setting_scores
from training.clip.io import add_measure_args, load_measurers
from training.common import app_defaults
from training.common.checkpoint import load_resume, load_state
from training.common.cli import report
from training.common.data import LANGS, SceneSplit, load_meta
from training.gan.metrics import gan_metrics, generate, real_diversity
from training.gan.model import GanConfig, Generator
from training.gan.text import sentence_bank

CAPTIONS_PER_LANG = 5


def load_generator(folder: Path, device) -> tuple:
    ck = load_resume(folder, "best_generator.pt")
    g = Generator(GanConfig.from_dict(ck.config))
    load_state(g, ck.weights)
    return g.to(device).eval(), ck


@torch.no_grad()
def evaluate(g, clip, tok, data_root: str, split: str, scenes: int, device, seed: int = 1234,
             judge: tuple | None = None) -> dict:
    """clip/tok give the generator its sentence vectors (its own tower); judge = (clip, tok), when given another
    CLIP, measures the images: generators on different towers are then compared in one feature space."""
    data, meta = SceneSplit(data_root, split), load_meta(data_root)
    n = min(scenes, len(data))
    pooled, embeds = sentence_bank(clip.text, tok, data, device)
    if judge:
        clip, tok = judge
        _, embeds = sentence_bank(clip.text, tok, data, device)  # R-precision ranks captions in the judge's space
    real_u8 = torch.from_numpy(np.array(data.images(64)[:n])).to(device)
    real = real_u8.permute(0, 3, 1, 2).float().div(127.5).sub(1)
    real_feats = torch.cat([clip.vision.features(real[i:i + 256]) for i in range(0, n, 256)]).float()
    truth = torch.from_numpy(data.setting_ids()[:n]).to(device)
    labels = embed_texts(clip, tok, [app_defaults.template(app_defaults.load(), "en").format(s["en"]) for s in meta["settings"]], device)
    out = {"split": split, "scenes": n, "labels": len(meta["settings"]),
           "real": {**setting_scores(clip, real, labels, truth),
                    "diversity_clip": real_diversity(clip, real_u8, data.setting_ids()[:n])}}
    rows = torch.arange(n, device=device)
    for li, lang in enumerate(LANGS):
        pick = rows % CAPTIONS_PER_LANG + li * CAPTIONS_PER_LANG  # one caption per scene, in this language
        sent, emb = pooled[rows, pick], embeds[rows, pick]
        fake = generate(g.eval(), sent, seed)
        out[lang] = {**gan_metrics(g, clip, real_u8, sent, emb, real_feats, seed, fake=fake),
                     **setting_scores(clip, fake, labels, truth)}
    return out


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gan", required=True, help="DCGAN checkpoint folder (best_generator.pt)")
    add_measure_args(p, "images", scenes=1024)
    a = p.parse_args(argv)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    clip, tok, judge, judged = load_measurers(a, device)
    g, ck = load_generator(Path(a.gan), device)
    res = {"generator": {"step": ck.step, "weights": (ck.meta.get("selected_by") or {}).get("weights")}, **judged,
           **evaluate(g, clip, tok, a.data, a.split, a.scenes, device, judge=judge)}
    return report(res, a.out)


if __name__ == "__main__":
    main(sys.argv[1:])
