"""The planner's label spaces, read from the catalogue file the app ships (scene_planner/catalog.json)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import List

SPAN_TYPES = ["thing", "name", "action", "relation", "place", "time", "unknown", "pronoun"]
RELATIONS = ["on", "next_to", "left_of", "right_of", "in_front_of", "behind", "uses", "plays_with", "rides", "cuts", "pulls"]
TIMES = ["day", "sunset", "night"]
GENDERS = ["m", "f", "pl"]
COUNTS = [1, 2, 3, 4, None]  # None: a plural with no number
CATALOG = Path("public/models/toon-mini/scene_planner/catalog.json")


@dataclass(frozen=True)
class LabelSpace:
    settings: List[str]
    kinds: List[str]
    actions: List[str]

    @property
    def n_bio(self) -> int:
        return 1 + 2 * len(SPAN_TYPES)

    def to_dict(self) -> dict:
        return {"spanTypes": SPAN_TYPES, "settings": self.settings, "times": TIMES, "kinds": self.kinds,
                "actions": self.actions, "relations": RELATIONS, "genders": GENDERS,
                "counts": [c if c is not None else "many" for c in COUNTS]}


def load_labels(path: Path = CATALOG) -> LabelSpace:
    c = json.loads(Path(path).read_text(encoding="utf-8"))
    return LabelSpace(settings=[s["id"] for s in c["settings"]], kinds=[k["id"] for k in c["kinds"]],
                      actions=[a["id"] for a in c["actions"]])
