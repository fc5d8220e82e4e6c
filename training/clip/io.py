"""The CLIP towers as two checkpoints (common/checkpoint.py's Checkpoint, bf16, each under 16 MiB):
text.pt (TextTower weights; meta: logit_scale, tokenizer_vocab) and vision.pt (VisionTower weights), both with the
ClipConfig dict and the step; and the text tower alone, frozen, for the DCGAN and the UNet."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Tuple

from training.clip.model import Clip, ClipConfig, TextTower
from training.common.checkpoint import Checkpoint, bf16_state, load_resume, restore, resume_folder


def save_clip(folder: Path, model: Clip, step: int, meta: Optional[dict] = None) -> int:
    """Two files, each under the 16 MiB per-file limit: text.pt (+ the learned logit scale) and vision.pt."""
    cfg, meta = model.config.to_dict(), meta or {}
    n = Checkpoint(cfg, step, bf16_state(model.text),
                   meta={**meta, "logit_scale": float(model.logit_scale.detach())}).save(folder / "text.pt")
    return n + Checkpoint(cfg, step, bf16_state(model.vision), meta=meta).save(folder / "vision.pt")


def load_clip(path, device="cpu") -> Tuple[Clip, Checkpoint]:
    """Both towers from a CLIP folder (or a file in it); returns the model and text.pt's checkpoint."""
    text, vision = load_resume(path, "text.pt"), load_resume(path, "vision.pt")
    model = Clip(ClipConfig.from_dict(text.config))
    restore(text, model.text)
    restore(vision, model.vision)
    model.logit_scale.data.fill_(text.meta["logit_scale"])
    return model.to(device), text


def load_eval_clip(path, device="cpu"):
    """CLIP in eval mode and the tokenizer it was trained with (folder/tokenizer), for the evaluation scripts."""
    from training.common.tokenizer import WordPieceTokenizer
    model, _ = load_clip(path, device)
    return model.eval(), WordPieceTokenizer.from_file(str(resume_folder(path) / "tokenizer"))


def clip_name(path) -> str:
    """A CLIP folder named by its training step, for reports (a folder path would name this machine)."""
    ck = load_resume(path, "text.pt", required=False)
    return f"CLIP step {None if ck is None else ck.step}"


def load_text_tower(path, device="cpu") -> Tuple[TextTower, Checkpoint]:
    """The frozen text tower alone (GAN sentence vectors, UNet token states): eval mode, no grad."""
    ck = load_resume(path, "text.pt")
    tower = TextTower(ClipConfig.from_dict(ck.config))
    restore(ck, tower)
    return tower.to(device).eval().requires_grad_(False), ck


def add_measure_args(p, what: str, scenes: int) -> None:
    """The command line the evaluators that measure images in CLIP space share (gan/eval.py, ldm/eval.py)."""
    p.add_argument("--clip", required=True, help="CLIP checkpoint folder (text.pt, vision.pt, tokenizer/)")
    p.add_argument("--data", required=True, help="ToonScenes folder")
    p.add_argument("--split", default="test")
    p.add_argument("--scenes", type=int, default=scenes, help="first N scenes of the split")
    p.add_argument("--judge", help=f"another CLIP folder to measure the {what} with (--clip's still conditions "
                                   "and retrieves): puts suites on different towers in one feature space")
    p.add_argument("--out", help="write the result here as JSON too")


def load_measurers(a, device) -> tuple:
    """(clip, tokenizer, judge or None, {"judged_by": ...} or {}) for parsed add_measure_args arguments."""
    clip, tok = load_eval_clip(a.clip, device)
    judge = load_eval_clip(a.judge, device) if a.judge else None
    return clip, tok, judge, ({"judged_by": clip_name(a.judge)} if judge else {})
