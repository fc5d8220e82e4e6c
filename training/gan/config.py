"""How the DCGAN trains: tiny/smoke (tests) and full (GPU)."""
from __future__ import annotations

from dataclasses import dataclass, field

from training.common.config import Config


@dataclass
class GanTrain(Config):
    model: dict = field(default_factory=dict)  # GanConfig fields that differ from its defaults
    # thesis: Adam lr 2e-4 (β1 0.5), batch 32; a GPU affords larger batches
    batch: int = 256
    lr: float = 2e-4
    max_steps: int = 10**9
    eval_every: int = 1000
    log_every: int = 200
    eval_scenes: int = 512
    # mode seeking (MSGAN's λ = 1): without it G ignored its noise (one image per sentence)
    ms_weight: float = 1.0

    @classmethod
    def smoke(cls) -> "GanTrain":
        return cls(model={"ngf": 8, "ndf": 8, "cond_dim": 32}, batch=16, max_steps=6, eval_every=3, log_every=1,
                   eval_scenes=16)

    tiny = smoke
