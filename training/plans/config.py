"""Scene planner sizes and training schedule."""
from __future__ import annotations

from dataclasses import dataclass

from ..common.config import Config


@dataclass
class PlannerConfig(Config):
    dim: int = 128
    layers: int = 6
    kernel: int = 3
    dilations: tuple = (1, 2, 4, 8, 1, 2)
    dropout: float = 0.0
    lines: int = 160_000
    stories: int = 4_000
    batch: int = 64
    lr: float = 2e-3
    epochs: float = 2.0
    unk_rate: float = 0.04
    # share of lines copied with made-up words outside their spans (training/plans/augment.py)
    augment: float = 0.3

    @classmethod
    def tiny(cls) -> "PlannerConfig":
        return cls(dim=32, layers=2, dilations=(1, 2), lines=300, stories=20, batch=16, epochs=1.0)

    @classmethod
    def smoke(cls) -> "PlannerConfig":
        return cls(dim=64, layers=3, dilations=(1, 2, 4), lines=3_000, stories=100, batch=32, epochs=1.0)
