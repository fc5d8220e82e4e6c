"""Contrastive training of the CLIP text (BERT) and image (ViT) towers on ToonScenes.

python3 -m training.clip.train --config tiny|smoke|full --data DIR --out DIR [--resume DIR] [--minutes M]
Writes OUT/text.pt, OUT/vision.pt, OUT/tokenizer/, OUT/metrics.json (+ test-split retrieval metrics).
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch

from training.clip.config import ClipTrain
from training.clip.io import load_clip, save_clip
from training.clip.model import Clip, ClipConfig, clip_loss
from training.common import vocab
from training.common.cli import lr_at, parse_args, seed_all, setup_logging, write_json
from training.common.data import SceneSplit, encode_captions
from training.common.device import autocast, Deadline, pick_device, to_device
from training.common.tokenizer import WordPieceTokenizer


def load_or_build_tokenizer(path, train: SceneSplit, out: Path, log) -> WordPieceTokenizer:
    folder = out / "tokenizer"
    if path:  # copied beside the checkpoint: the towers' embedding rows belong to these ids
        if Path(path).resolve() != folder.resolve():
            folder.mkdir(parents=True, exist_ok=True)
            for name in ("tokenizer.json", "tokenizer_config.json"):
                shutil.copyfile(Path(path) / name, folder / name)
        return WordPieceTokenizer.from_file(str(folder))
    vocab.save(vocab.build_vocab(train.all_captions()), str(folder))
    log.info("built tokenizer from %d train captions → %s", len(train.all_captions()), folder)
    return WordPieceTokenizer.from_file(str(folder))


class CaptionImageBank:
    """A split on the device: uint8 images and pre-tokenised captions, sampled by index."""

    def __init__(self, split: SceneSplit, tok: WordPieceTokenizer, max_len: int, device):
        enc = lambda t: tok.encode_padded(t, max_len)
        ids, mask, self.lang = encode_captions(split, enc)
        self.device = device
        self.ids, self.mask = torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)
        self.lengths = torch.from_numpy(mask.sum(-1))  # on the host: the trim length is known without a GPU sync
        self.images = torch.from_numpy(np.array(split.images(64))).to(device)
        self.n, self.per_scene = ids.shape[0], ids.shape[1]

    def batch(self, idx: torch.Tensor, caption: torch.Tensor):
        """idx, caption: host index tensors (drawn on the CPU, so the step never waits for the GPU)."""
        n = int(self.lengths[idx, caption].max())  # trim shared padding: captions average ~15 of 48 positions
        idx, caption = to_device(idx, self.device), to_device(caption, self.device)
        pixels = self.images[idx].permute(0, 3, 1, 2).float().div(127.5).sub(1.0)
        ids, mask = self.ids[idx, caption], self.mask[idx, caption]
        return ids[:, :n], mask[:, :n], pixels


def mean_of(values: list) -> float:
    return float(torch.stack(values).float().mean())


@torch.no_grad()
def batch_accuracy(model: Clip, bank: CaptionImageBank, batch: int, device) -> float:
    """Thesis accuracy on fixed batches: caption i%C of scene i; mean argmax match both ways."""
    model.eval()
    accs, weights = [], []
    for start in range(0, bank.n - 1, batch):
        idx = torch.arange(start, min(start + batch, bank.n))
        if len(idx) < 2:
            break
        with autocast(device):
            logits = model.logits(*bank.batch(idx, idx % bank.per_scene)).float()
        accs.append(float(clip_loss(logits)[1])); weights.append(len(idx))
    model.train()
    return float(np.average(accs, weights=weights)) if accs else float("nan")


def main(argv=None) -> dict:
    args = parse_args(argv, __doc__, lambda p: p.add_argument("--tokenizer", default=None,
                      help="folder with tokenizer.json (default: RESUME/tokenizer, else build one from the train captions)"))
    cfg, out = ClipTrain.named(args.config), Path(args.out)
    log, deadline, device = setup_logging(out, "clip"), Deadline(args.minutes), pick_device()
    seed_all(args.seed)
    train, val = SceneSplit(args.data, "train"), SceneSplit(args.data, "val")
    tok_path = args.tokenizer
    if tok_path is None and args.resume and (Path(args.resume) / "tokenizer" / "tokenizer.json").exists():
        tok_path = str(Path(args.resume) / "tokenizer")  # a resumed tower keeps its ids
    tok = load_or_build_tokenizer(tok_path, train, out, log)
    if args.resume:
        model, ckpt = load_clip(args.resume)  # the one resume path (common/checkpoint.py), for both towers
        start_step = ckpt.step
        if model.config.vocab_size != len(tok):
            raise ValueError(f"checkpoint vocab {model.config.vocab_size} != tokenizer vocab {len(tok)}")
    else:
        model, start_step = Clip(ClipConfig(**{**cfg.model, "vocab_size": len(tok)})), 0
    model.to(device).train()
    mcfg = model.config
    banks = {n: CaptionImageBank(s, tok, mcfg.max_len, device) for n, s in (("train", train), ("val", val))}
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.05)
    params = sum(p.numel() for p in model.parameters())
    log.info("device %s, %d params, %d train / %d val scenes, start step %d", device, params,
             banks["train"].n, banks["val"].n, start_step)
    max_steps = args.steps or cfg.max_steps
    batch = min(args.batch or cfg.batch, banks["train"].n)
    gen = torch.Generator(device="cpu").manual_seed(args.seed + start_step)
    recent_acc, recent_loss, history, step, t0 = [], [], [], start_step, time.time()
    # reserve time for the final eval + save, roughly one eval's worth
    while step - start_step < max_steps and not deadline.passed(reserve_s=20 if device.type == "cuda" else 5):
        idx = torch.randint(banks["train"].n, (batch,), generator=gen)
        cap = torch.randint(banks["train"].per_scene, (batch,), generator=gen)
        for g in opt.param_groups:
            # per run, not per total step: AdamW's moments are not kept, so a resume at full rate jolts the towers
            g["lr"] = lr_at(step - start_step, cfg.lr, cfg.warmup)
        with autocast(device):
            loss, acc = clip_loss(model.logits(*banks["train"].batch(idx, cap)).float())
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        # tensors, read only when logging: a float() here would make every step wait for the GPU
        recent_loss = (recent_loss + [loss.detach()])[-50:]; recent_acc = (recent_acc + [acc.detach()])[-50:]
        if step % cfg.log_every == 0:
            log.info("step %d loss %.4f acc %.3f scale %.1f %.2f steps/s", step, mean_of(recent_loss),
                     mean_of(recent_acc), model.logit_scale.exp().item(), (step - start_step) / (time.time() - t0))
        if step % cfg.eval_every == 0:
            history.append({"step": step, "train_acc": mean_of(recent_acc),
                            "val_acc": batch_accuracy(model, banks["val"], 128, device)})
            log.info("eval %s", history[-1])
    save_clip(out, model, step, {"tokenizer_vocab": len(tok)})
    metrics = {
        "model": "clip", "config": args.config, "device": str(device), "params": params,
        "steps": step, "steps_this_run": step - start_step, "minutes_this_run": deadline.elapsed() / 60,
        "batch": batch, "train_loss": mean_of(recent_loss) if recent_loss else None,
        "train_acc": mean_of(recent_acc) if recent_acc else None,
        "val_acc": batch_accuracy(model, banks["val"], 128, device),
        "accuracy_definition": "mean of caption→image and image→caption argmax matches within a batch "
                               "(train: last 50 training batches; val: fixed batches of 128 scenes)",
        "history": history,
    }
    from training.clip.eval import evaluate  # test-split retrieval + zero-shot
    metrics["test"] = evaluate(model.eval(), tok, args.data, "test", device)
    write_json(out / "metrics.json", metrics)
    log.info("done: %s", {k: v for k, v in metrics.items() if k not in ("history", "test")})
    log.info("test: %s", metrics["test"])
    return metrics


if __name__ == "__main__":
    main(sys.argv[1:])
