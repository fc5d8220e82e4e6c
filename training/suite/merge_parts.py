"""Merge public/models/toon-mini/suite.parts/*.json (one per training part) into suite.json,
the declaration that `npm run manifest` turns into manifest.json entries with bytes and sha256.

python3 -m training.suite.merge_parts [public/models/toon-mini]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SUITE = {"id": "toon-mini", "title": "toon-mini: models trained on ToonScenes",
         "licence": "CC-BY-SA-4.0 (derived from OpenMoji art)"}


def merge(suite_dir: Path) -> dict:
    parts = sorted((suite_dir / "suite.parts").glob("*.json"))
    if not parts:
        raise SystemExit(f"{suite_dir}/suite.parts has no *.json: export a model first")
    models, seen = [], {}
    for p in parts:
        for m in json.loads(p.read_text(encoding="utf-8"))["models"]:
            if m["id"] in seen:
                raise SystemExit(f"model id {m['id']!r} is in both {seen[m['id']]} and {p.name}")
            seen[m["id"]] = p.name
            models.append(m)
    suite = {**SUITE, "models": models}
    (suite_dir / "suite.json").write_text(json.dumps(suite, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return suite


if __name__ == "__main__":
    s = merge(Path(sys.argv[1] if len(sys.argv) > 1 else "public/models/toon-mini"))
    print(f"suite.json: {len(s['models'])} models: {', '.join(m['id'] for m in s['models'])}")
