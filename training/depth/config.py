"""How the depth estimator trains: tiny/smoke (tests) and full (GPU or long CPU runs)."""
from __future__ import annotations

from dataclasses import dataclass, field

from training.common.config import Config


@dataclass
class DepthTrain(Config):
    model: dict = field(default_factory=dict)  # DepthConfig fields that differ from its defaults
    size: int = 128
    batch: int = 128
    lr: float = 1e-3
    max_steps: int = 10**9
    eval_every: int = 1000
    log_every: int = 200

    @classmethod
    def smoke(cls) -> "DepthTrain":
        return cls(model={"channels": (8, 16, 32)}, size=64, batch=8, max_steps=6, eval_every=3, log_every=1)

    tiny = smoke
