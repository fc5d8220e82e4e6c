"""Save/load the CLIP towers as two bf16 checkpoints (each under 16 MiB) and load the text tower alone.

text.pt: {"config": ClipConfig dict, "model": TextTower bf16 state, "logit_scale", "step", "tokenizer_sha"}
vision.pt: {"config": ..., "model": VisionTower bf16 state, "step"}
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Tuple

import torch

from .clip_model import Clip, ClipConfig, TextTower
from .ldm_util import bf16_state, load_checkpoint, load_state, save_checkpoint


def save_clip(folder: Path, model: Clip, step: int, extra: Optional[dict] = None) -> int:
    cfg = model.config.to_dict()
    common = {"config": cfg, "step": step, **(extra or {})}
    n = save_checkpoint(folder / "text.pt", {**common, "model": bf16_state(model.text),
                                             "logit_scale": float(model.logit_scale.detach())})
    return n + save_checkpoint(folder / "vision.pt", {**common, "model": bf16_state(model.vision)})


def ckpt_folder(path) -> Path:
    p = Path(path)
    return p.parent if p.is_file() else p


def load_clip(path, device="cpu") -> Tuple[Clip, dict]:
    folder = ckpt_folder(path)
    text, vision = load_checkpoint(folder / "text.pt"), load_checkpoint(folder / "vision.pt")
    if text is None or vision is None:
        raise FileNotFoundError(f"{folder} lacks text.pt or vision.pt (written by train_clip.py)")
    model = Clip(ClipConfig(**text["config"]))
    load_state(model.text, text["model"])
    load_state(model.vision, vision["model"])
    model.logit_scale.data.fill_(text["logit_scale"])
    return model.to(device), text


def load_eval_clip(path, device="cpu"):
    """CLIP in eval mode and the tokenizer it was trained with (folder/tokenizer), for the evaluation scripts."""
    from .tokenizer import WordPieceTokenizer
    model, _ = load_clip(path, device)
    return model.eval(), WordPieceTokenizer.from_file(str(ckpt_folder(path) / "tokenizer"))


def clip_name(path) -> str:
    """A CLIP folder named by its training step, for reports (a folder path would name this machine)."""
    ck = load_checkpoint(ckpt_folder(path) / "text.pt")
    return f"CLIP step {None if ck is None else ck.get('step')}"


def load_text_tower(path, device="cpu") -> Tuple[TextTower, ClipConfig]:
    """The frozen text tower alone (GAN sentence vectors, UNet token states): eval mode, no grad."""
    ckpt = load_checkpoint(ckpt_folder(path) / "text.pt")
    if ckpt is None:
        raise FileNotFoundError(f"no text.pt in {ckpt_folder(path)} (written by train_clip.py)")
    cfg = ClipConfig(**ckpt["config"])
    tower = TextTower(cfg)
    load_state(tower, ckpt["model"])
    return tower.to(device).eval().requires_grad_(False), cfg
