"""What every config dataclass shares: a dict round trip (checkpoints store configs as dicts, lists for tuples)
and named presets (`--config tiny|smoke|full` → the class's tiny()/smoke()/full())."""
from __future__ import annotations

from dataclasses import asdict, fields

PRESETS = ("tiny", "smoke", "full")


class Config:
    def to_dict(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, d: dict):
        """Inverse of to_dict; unknown keys are an error (a config a newer trainer wrote)."""
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in d.items()})

    @classmethod
    def named(cls, name: str):
        if name not in PRESETS:
            raise ValueError(f"unknown config {name!r}; choose one of {list(PRESETS)}")
        return getattr(cls, name)()

    @classmethod
    def full(cls):
        return cls()
