"""How the CLIP towers train: tiny/smoke (tests: seconds on 2 CPU cores) and full (GPU)."""
from __future__ import annotations

from dataclasses import dataclass, field

from training.common.config import Config


@dataclass
class ClipTrain(Config):
    model: dict = field(default_factory=dict)  # ClipConfig fields that differ from its defaults
    batch: int = 512
    # the thesis's lr 1e-5 is for fine-tuning a pretrained BERT; from scratch a small CLIP needs ~5e-4
    lr: float = 5e-4
    warmup: int = 300
    max_steps: int = 10**9
    eval_every: int = 500
    log_every: int = 100

    @classmethod
    def smoke(cls) -> "ClipTrain":
        return cls(model={"text_dim": 64, "text_layers": 2, "text_heads": 2, "vision_dim": 64, "vision_layers": 2,
                          "vision_heads": 2, "embed_dim": 64, "max_len": 32},
                   batch=16, warmup=5, max_steps=8, eval_every=4, log_every=2)

    tiny = smoke
