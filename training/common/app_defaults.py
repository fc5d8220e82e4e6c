"""public/models/toon-mini/app-defaults.json: the suite's sampling, panel, style and prompt defaults, the one
file the app, the CLIs and the evaluators read and training writes (sweep --write-defaults, prompt search
--write-defaults, the LDM export's styles). Nothing here reads another language's source.
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

PATH = Path(__file__).resolve().parents[2] / "public" / "models" / "toon-mini" / "app-defaults.json"
# strengthRule values the evaluators know how to apply (ldm/eval.py strengths)
STRENGTH_RULES = ("from-noise-when-gallery-style-differs",)
LANGS = ("en", "ko")


def _number(v, name: str, low: float, high: float | None = None, integer: bool = False):
    if isinstance(v, bool) or not isinstance(v, (int, float)) or (integer and not isinstance(v, int)):
        raise ValueError(f"{name} must be {'an integer' if integer else 'a number'}, got {v!r}")
    if v < low or (high is not None and v > high):
        raise ValueError(f"{name} = {v} is outside [{low}, {high if high is not None else '∞'}]")


def validate(d: dict) -> dict:
    """Raises ValueError on the first field that breaks the schema; returns d."""
    for key in ("sampling", "panel", "styles", "zeroShotPrompts"):
        if key not in d:
            raise ValueError(f"app defaults lack {key!r}")
    s, p = d["sampling"], d["panel"]
    _number(s.get("steps"), "sampling.steps", 1, 1000, integer=True)
    _number(s.get("guidance"), "sampling.guidance", 0.0)
    _number(s.get("strength"), "sampling.strength", 0.0, 1.0)
    if s.get("strengthRule") not in STRENGTH_RULES:
        raise ValueError(f"sampling.strengthRule {s.get('strengthRule')!r} is not one of {STRENGTH_RULES}")
    if not isinstance(s.get("chosenBy"), str):
        raise ValueError("sampling.chosenBy must say where steps and guidance come from")
    for k in ("variants", "topK", "displaySize"):
        _number(p.get(k), f"panel.{k}", 1, integer=True)
    styles = d["styles"]
    if not styles or not all(isinstance(x, str) and x for x in styles) or len(set(styles)) != len(styles):
        raise ValueError(f"styles must be distinct non-empty names, got {styles!r}")
    for lang in LANGS:
        t = d["zeroShotPrompts"].get(lang)
        if not isinstance(t, str) or t.count("{}") != 1:
            raise ValueError(f"zeroShotPrompts.{lang} must hold the label slot {{}} once, got {t!r}")
    return d


def load(path: Path = PATH) -> dict:
    return validate(json.loads(Path(path).read_text(encoding="utf-8")))


def dumps(d: dict) -> str:
    """Two-space JSON with lists of plain values on one line (as the committed file is written)."""
    text = json.dumps(d, indent=2, ensure_ascii=False)
    flat = lambda m: "[" + ", ".join(x.strip() for x in m.group(1).split(",\n")) + "]"
    return re.sub(r"\[\n\s*((?:(?:\"[^\"\n]*\"|[-0-9.eE+]+|true|false|null),\n\s*)*(?:\"[^\"\n]*\"|[-0-9.eE+]+|true|false|null))\n\s*\]",
                  flat, text) + "\n"


def update(changes: dict, path: Path = PATH) -> dict:
    """Merges `changes` ({section: {field: value}} or {section: list}) into the file, validates, writes it.
    Writes nothing when the result equals what is there."""
    old = load(path)
    new = copy.deepcopy(old)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(new.get(key), dict):
            new[key].update(value)
        else:
            new[key] = value
    validate(new)
    if new != old:
        Path(path).write_text(dumps(new), encoding="utf-8")
    return new


def template(d: dict, lang: str) -> str:
    """The zero-shot prompt template of a language, as str.format takes it ('the {}')."""
    return d["zeroShotPrompts"][lang]
