"""The one checkpoint type of the suite and the one way a run resumes from it.

A checkpoint file is a torch.save'd dict: `config` (the model's config as a dict), `step`, `weights` (bf16 state
dict), and where a model keeps them `ema` + `ema_step` (the depth estimator), `optimizer` (none of the four keeps
AdamW's moments: they would triple the files, and each run's warm-up restarts instead), `parts` (other nets saved
beside, the DCGAN's discriminator) and model facts (`meta`: the VAE's scale_factor, the UNet's vae_id/text_id...).
Files written before this type name the weights `model` (CLIP towers, depth, best generator) or `generator` and
`discriminator` (gan.pt); Checkpoint.from_dict reads those layouts as they are, so no kept file is rewritten.

Resuming, for every model: `--resume DIR` (or a file inside DIR) → `resume_folder` → `Checkpoint.load(DIR/name)` →
`restore(ck, model, ema)`; the step counter continues from `ck.step`, the EMA from `ck.ema` when the file keeps
one, else from the weights themselves.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import torch

MAX_FILE_BYTES = 16 * 1024 * 1024
WEIGHT_KEYS = ("weights", "model", "generator")  # the main net's state, newest layout first
PART_KEYS = ("discriminator",)                    # other nets older files keep at the top level
FIELDS = ("config", "step", "weights", "ema", "ema_step", "optimizer", "parts")


@dataclass
class Checkpoint:
    config: dict
    step: int = 0
    weights: Optional[dict] = None
    ema: Optional[dict] = None
    ema_step: Optional[int] = None
    optimizer: Optional[dict] = None
    parts: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict) -> "Checkpoint":
        d = dict(d)
        weights = next((d.pop(k) for k in WEIGHT_KEYS if k in d), None)
        for k in WEIGHT_KEYS:
            d.pop(k, None)
        parts = {**{k: d.pop(k) for k in PART_KEYS if k in d}, **d.pop("parts", {})}
        return cls(config=d.pop("config", {}), step=int(d.pop("step", 0)), weights=weights, ema=d.pop("ema", None),
                   ema_step=d.pop("ema_step", None), optimizer=d.pop("optimizer", None), parts=parts, meta=d)

    def to_dict(self) -> dict:
        out = {**self.meta, "config": self.config, "step": self.step}
        for k in ("weights", "ema", "ema_step", "optimizer"):
            if getattr(self, k) is not None:
                out[k] = getattr(self, k)
        if self.parts:
            out["parts"] = self.parts
        return out

    @classmethod
    def load(cls, path: Optional[Path]) -> Optional["Checkpoint"]:
        d = load_checkpoint(path)
        return None if d is None else cls.from_dict(d)

    def save(self, path: Path) -> int:
        return save_checkpoint(path, self.to_dict())


def resume_folder(path) -> Optional[Path]:
    """--resume takes the checkpoint folder or any file in it."""
    if path is None:
        return None
    p = Path(path)
    return p.parent if p.is_file() else p


def load_resume(path, name: str, required: bool = True) -> Optional[Checkpoint]:
    """The checkpoint `name` of a --resume folder; None without --resume; FileNotFoundError when required and absent."""
    folder = resume_folder(path)
    if folder is None:
        return None
    ck = Checkpoint.load(folder / name)
    if ck is None and required:
        raise FileNotFoundError(f"no {name} in {folder}")
    return ck


def restore(ck: Checkpoint, model: torch.nn.Module, ema=None) -> int:
    """Loads the weights into `model` and, given an Ema, its weights and step (the file's EMA when it keeps one,
    else the weights: the average restarts from them); returns the step to continue from."""
    load_state(model, ck.weights)
    if ema is not None:
        load_state(ema.model, ck.ema if ck.ema is not None else ck.weights)
        ema.step = int(ck.ema_step if ck.ema_step is not None else ck.step)
    return ck.step


def bf16_state(model: torch.nn.Module) -> dict:
    return {k: (v.detach().to(torch.bfloat16) if v.is_floating_point() else v.detach()).cpu()
            for k, v in model.state_dict().items()}


def load_state(model: torch.nn.Module, state: dict) -> None:
    ref = model.state_dict()
    model.load_state_dict({k: v.to(ref[k].dtype) for k, v in state.items()})


def weights_id(state: dict) -> str:
    """Short content hash of a state dict: ties a UNet checkpoint to the VAE whose latents it learned."""
    h = hashlib.sha256()
    for k in sorted(state):
        h.update(k.encode())
        h.update(state[k].float().numpy().tobytes())
    return h.hexdigest()[:16]


def save_checkpoint(path: Path, payload: dict) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    torch.save(payload, tmp)
    size = tmp.stat().st_size
    if size > MAX_FILE_BYTES:
        tmp.unlink()
        raise ValueError(f"{path.name} would be {size} bytes, over the 16 MiB per-file limit")
    tmp.replace(path)  # atomic: a run killed mid-save keeps the previous checkpoint
    return size


def load_checkpoint(path: Path | None) -> dict | None:
    if path is None or not Path(path).exists():
        return None
    # our own files: weights_only=False keeps torch >= 2.6 (default True) loading the metadata dicts
    return torch.load(path, map_location="cpu", weights_only=False)
