"""The thesis's conditional DCGAN on ToonScenes, conditioned on the frozen CLIP text tower's
[CLS] sentence vector (pooler_output). Best generator chosen by FD in CLIP feature space on val.

python3 -m training.gan.train --config tiny|smoke|full --data DIR --clip CLIP_DIR --out DIR [--resume DIR] [--minutes M]
Writes OUT/gan.pt (D + G unless G is the best generator, to resume), best_generator.pt (the selected weights, exported),
metrics.json, samples.png (thesis example sentences: EN row, KO row, same noise).
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch

from training.clip.io import load_clip
from training.common.checkpoint import Checkpoint, bf16_state, load_resume, load_state, restore, weights_id
from training.common.cli import parse_args, seed_all, setup_logging, write_json
from training.common.data import EXAMPLES, SceneSplit
from training.common.device import autocast, Deadline, pick_device, to_device
from training.common.ema import Ema
from training.common.images import grid, to_uint8_image, write_png
from training.common.tokenizer import WordPieceTokenizer
from training.gan.config import GanTrain
from training.gan.metrics import gan_metrics, real_diversity
from training.gan.model import Discriminator, GanConfig, Generator, d_loss, g_loss, paired_conditions
from training.gan.text import encode_sentences, sentence_bank


def extra_args(p):
    p.add_argument("--clip", required=True, help="CLIP checkpoint folder (text.pt, vision.pt, tokenizer/)")
    p.add_argument("--tokenizer", default=None, help="tokenizer folder (default: CLIP/tokenizer)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N train scenes (CPU runs)")
    p.add_argument("--ms-weight", type=float, default=None, help="mode-seeking weight (default: the config's; 0 = off)")


def save_state(out: Path, g, d, step: int, best: dict):
    """gan.pt = D (+ raw G) to resume; the EMA restarts from G, its warm-up catches up within ~100 steps.
    When best_generator.pt holds this very step's weights, G resumes from it (raw or EMA, as the LDM resumes
    from its EMA) and gan.pt leaves G out: 7 MB less in the repo and in every GPU carry."""
    ck = Checkpoint(g.config.to_dict(), step, parts={"discriminator": bf16_state(d)}, meta={"best": best})
    if best is not None and best.get("step") == step and (out / "best_generator.pt").exists():
        ck.meta["generator_from"] = "best_generator.pt"
    else:
        ck.weights = bf16_state(g)
    ck.save(out / "gan.pt")


def load_gan(resume) -> Checkpoint:
    """gan.pt, with G's weights taken from the best generator it points to when it keeps none (see save_state)."""
    ck = load_resume(resume, "gan.pt")
    if ck.weights is None:
        ck.weights = load_resume(resume, ck.meta.get("generator_from", "best_generator.pt")).weights
    return ck


def sample_grid(g, tower, tok, device, path: Path, per_row: int = 4):
    texts = [t for pair in EXAMPLES for t in pair]
    pooled, _ = encode_sentences(tower, tok, texts, device)
    noise = torch.randn(per_row, g.config.noise_dim, generator=torch.Generator().manual_seed(7)).to(device)
    g.eval()
    with torch.no_grad():
        rows = [[to_uint8_image(x) for x in g(pooled[i:i + 1].expand(per_row, -1), noise)] for i in range(len(texts))]
    write_png(path, grid(rows))
    return texts


def main(argv=None) -> dict:
    args = parse_args(argv, __doc__, extra_args)
    cfg, out = GanTrain.named(args.config), Path(args.out)
    log, deadline, device = setup_logging(out, "gan"), Deadline(args.minutes), pick_device()
    seed_all(args.seed)
    clip, _ = load_clip(args.clip, device)
    clip.eval().requires_grad_(False)
    tok = WordPieceTokenizer.from_file(args.tokenizer or str(Path(args.clip) / "tokenizer"))
    train, val = SceneSplit(args.data, "train", limit=args.limit), SceneSplit(args.data, "val")
    pooled, _ = sentence_bank(clip.text, tok, train, device)
    val_pooled, val_embeds = sentence_bank(clip.text, tok, val, device)
    val_pick = torch.arange(len(val), device=device) % val_pooled.shape[1]  # one fixed caption per scene
    n_eval = min(cfg.eval_scenes, len(val))
    val_sent = val_pooled[torch.arange(len(val), device=device), val_pick][:n_eval]
    val_emb = val_embeds[torch.arange(len(val), device=device), val_pick][:n_eval]
    val_images = torch.from_numpy(np.array(val.images(64)[:n_eval])).to(device)
    with torch.no_grad():
        real_feats = clip.vision.features(val_images.permute(0, 3, 1, 2).float().div(127.5).sub(1)).float()
    images = torch.from_numpy(np.array(train.images(64))).to(device)
    real_div = real_diversity(clip, val_images, val.setting_ids()[:n_eval])

    clip_id = weights_id(bf16_state(clip.vision))
    text_id = weights_id(bf16_state(clip.text))  # the tower G is conditioned on: suite/check.py compares it
    ck = load_gan(args.resume) if args.resume else None
    # a resumed run keeps the checkpoint's architecture, whatever --config says
    gcfg = GanConfig.from_dict(ck.config) if ck else GanConfig(**{**cfg.model, "sentence_dim": clip.config.text_dim})
    if gcfg.sentence_dim != clip.config.text_dim:
        raise ValueError(f"generator expects {gcfg.sentence_dim}-d sentences, the text tower gives {clip.config.text_dim}")
    g, d = Generator(gcfg).to(device), Discriminator(gcfg).to(device)
    step, best = 0, None
    if ck:
        step, best = restore(ck, g), ck.meta.get("best")  # the EMA restarts from G: Ema(g) below
        load_state(d, ck.parts["discriminator"])
        src = Path(args.resume) / "best_generator.pt"
        if src.exists() and src.resolve() != (out / "best_generator.pt").resolve():
            shutil.copyfile(src, out / "best_generator.pt")
        # FD is only comparable within one CLIP feature space: a retrained CLIP restarts the selection
        if best is not None and (best.get("clip_id") != clip_id or not (out / "best_generator.pt").exists()):
            best = None
    ema, start_step = Ema(g, decay=0.999), step
    opt_g = torch.optim.Adam(g.parameters(), lr=cfg.lr, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=cfg.lr, betas=(0.5, 0.999))
    ms_weight = cfg.ms_weight if args.ms_weight is None else args.ms_weight
    batch = min(args.batch or cfg.batch, len(train))
    batch -= batch % 2 if ms_weight > 0 else 0  # mode seeking pairs the batch's halves
    if batch < 2:
        raise ValueError("the GAN needs a batch of at least 2 scenes")
    log.info("device %s, G %d params, D %d params, %d train scenes, start step %d", device,
             sum(p.numel() for p in g.parameters()), sum(p.numel() for p in d.parameters()), len(train), step)
    gen = torch.Generator().manual_seed(args.seed + step)
    history, recent, t0 = [], [], time.time()
    max_steps = args.steps or cfg.max_steps

    def evaluate(step, best):
        for name, model in (("raw", g), ("ema", ema.model)):
            m = {"step": step, "weights": name, "clip_id": clip_id,
                 **gan_metrics(model, clip, val_images, val_sent, val_emb, real_feats)}
            m["real_diversity_clip"] = real_div
            history.append(m)
            if best is None or m["fd_clip"] < best["fd_clip"]:
                best = m
                Checkpoint(gcfg.to_dict(), step, bf16_state(model),
                           meta={"text_id": text_id, "selected_by": m}).save(out / "best_generator.pt")
        log.info("eval %s | best %s", history[-2:], {k: best[k] for k in ("step", "weights", "fd_clip")})
        return best

    while step - start_step < max_steps and not deadline.passed(reserve_s=30 if device.type == "cuda" else 5):
        # drawn on the host (the seeded stream of earlier runs), copied without a sync: see to_device
        idx = to_device(torch.randint(len(train), (batch,), generator=gen), device)
        cap = to_device(torch.randint(pooled.shape[1], (batch,), generator=gen), device)
        right = pooled[idx, cap]
        wrong = right.roll(1, 0)  # another scene's caption: the mismatched pair of GAN-CLS
        real = images[idx].permute(0, 3, 1, 2).float().div(127.5).sub(1)
        noise = to_device(torch.randn(batch, gcfg.noise_dim, generator=gen), device)
        fake_cond = paired_conditions(right) if ms_weight > 0 else right
        with autocast(device):
            fake = g(fake_cond, noise)
            ld, d_real = d_loss(d, real, fake, right, wrong, fake_cond=fake_cond)
        opt_d.zero_grad(set_to_none=True); ld.backward(); opt_d.step()
        with autocast(device):
            lg, adv, fm, ms_ratio = g_loss(d, real, fake, fake_cond, noise=noise, ms_weight=ms_weight)
        opt_g.zero_grad(set_to_none=True); lg.backward(); opt_g.step()
        ema.update(g)
        step += 1
        recent = (recent + [torch.stack([ld.detach().float(), adv.float(), fm.float(), ms_ratio.float(), d_real])])[-50:]
        if step % cfg.log_every == 0:
            m = torch.stack(recent).mean(0).tolist()  # the only read of the losses: one sync per log line
            log.info("step %d d %.3f g_adv %.3f fm %.4f ms-ratio %.3f D(real)>0 %.2f %.2f steps/s", step, *m,
                     (step - start_step) / (time.time() - t0))
        last = step - start_step >= max_steps or deadline.passed(reserve_s=30 if device.type == "cuda" else 5)
        if step % cfg.eval_every == 0 or last:
            best = evaluate(step, best)
    if not history:  # the clock ran out before any step: still evaluate what we have
        best = evaluate(step, best)
    save_state(out, g, d, step, best)
    best_g = Generator(gcfg).to(device)
    load_state(best_g, Checkpoint.load(out / "best_generator.pt").weights)
    texts = sample_grid(best_g, clip.text, tok, device, out / "samples.png")
    metrics = {"model": "dcgan", "config": args.config, "device": str(device), "steps": step,
               "steps_this_run": step - start_step, "minutes_this_run": deadline.elapsed() / 60, "batch": batch,
               "generator_params": sum(p.numel() for p in g.parameters()),
               "selection": "lowest fd_clip on val (FD of CLIP image-tower features, real vs generated)",
               "ms_weight": ms_weight,
               "best": best, "history": history, "sample_rows": texts}
    write_json(out / "metrics.json", metrics)
    log.info("done: best %s", best)
    return metrics


if __name__ == "__main__":
    main(sys.argv[1:])
