"""Export the scene planner: public/models/toon-mini/scene_planner/{onnx/model.onnx, config.json}, its suite.parts
entry and a PyTorch parity fixture (the features of a few lines and the planner's outputs on them).

python3 -m training.plans.export --checkpoint training/checkpoints/plans/planner.pt [--suite public/models/toon-mini]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from ..common.checkpoint import Checkpoint, load_state
from ..common.export import compress, file_entry, write_fixture, write_json
from ..common.onnx_io import export
from .config import PlannerConfig
from .features import MAX_CHARS, features, normalize
from .labels import load_labels
from .model import OUTPUT_NAMES, ExportedPlanner, ScenePlanner

FIXTURE = Path("test/fixtures/toon-mini/scene-planner.json")
# Lines for the parity fixture: both scripts, digits, a name, punctuation; padded together in one batch.
PARITY_LINES = ["Two dogs chase a ball on the beach at sunset.", "민지가 공원에서 강아지 두 마리와 산책한다."]


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", default="training/checkpoints/plans/planner.pt")
    p.add_argument("--suite", default="public/models/toon-mini")
    p.add_argument("--dtype", default="fp16", choices=["fp32", "fp16", "int8"])
    p.add_argument("--fixture", default=str(FIXTURE), help="where the parity fixture goes (tests use a temp file)")
    args = p.parse_args(argv)
    ck = Checkpoint.load(Path(args.checkpoint))
    if ck is None:
        raise SystemExit(f"no checkpoint at {args.checkpoint}")
    cfg = PlannerConfig.from_dict(ck.config)
    labels = load_labels()
    vocab = ck.meta["vocab"]
    planner = ScenePlanner(cfg, labels, vocab_size=max(vocab.values()) + 1)
    load_state(planner, ck.weights)
    planner.eval()
    module = ExportedPlanner(planner).eval()
    suite = Path(args.suite)
    out = suite / "scene_planner"
    onnx_path = out / "onnx" / "model.onnx"
    rows = [features(normalize(t), vocab) for t in PARITY_LINES]
    L = max(len(r) for r in rows)
    feats = torch.zeros(len(rows), L, 5, dtype=torch.long)
    for i, r in enumerate(rows):
        feats[i, : len(r)] = torch.tensor(r)
    export(module, (feats,), onnx_path, ["features"], list(OUTPUT_NAMES),
           {"features": {0: "batch", 1: "chars"}, **{n: {0: "batch", 1: "chars"} for n in OUTPUT_NAMES[:-2]},
            "setting": {0: "batch"}, "time": {0: "batch"}})
    dtype = compress(onnx_path, args.dtype)
    # the fixture's outputs come from the stored weights as the ONNX file holds them (fp16-rounded when fp16)
    if dtype == "fp16":
        planner.load_state_dict({k: v.half().float() if v.is_floating_point() else v for k, v in planner.state_dict().items()})
    write_fixture(Path(args.fixture), "toon-mini/scene_planner/onnx/model.onnx", module, {"features": feats}, list(OUTPUT_NAMES),
                  "scene planner: features of PARITY_LINES (training/plans/export.py) → probabilities", 2e-3,
                  {"lines": PARITY_LINES})
    write_json(out / "config.json", {"model_type": "toon-scene-planner", "max_chars": MAX_CHARS, "step": ck.step,
                                     "config": cfg.to_dict(), "labels": labels.to_dict(), "vocab": vocab})
    entry = {"id": "scene_planner", "title": "Scene planner (character CNN, KO+EN): who, what, where and when of a line",
             "task": "text", "files": [file_entry(onnx_path, suite, dtype), file_entry(out / "config.json", suite),
                                       file_entry(out / "catalog.json", suite)],
             "notes": f"trained on the ToonScenes planner corpus (tools/dataset/plans), step {ck.step}"}
    write_json(suite / "suite.parts" / "plans.json", {"models": [entry]})
    print(f"exported {onnx_path} ({onnx_path.stat().st_size} bytes, {dtype}), step {ck.step}")


if __name__ == "__main__":
    main()
