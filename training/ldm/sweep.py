"""The app's sampling settings (DDIM steps, classifier-free guidance) chosen by a computed rule, not by eye:
ldm/eval.py's app pipeline (CLIP retrieval, depth, the app's strength policy) on the VAL split — the test split
stays for the figures the model card reports — over a grid, without the unconditional twins.

The rule, fixed before the grid is run (means over the KO and EN captions):
1. guidance: at the most steps of the grid, the guidance with the highest r_precision among those whose fd_clip is
   within FD_SLACK of the lowest there (the text followed as far as the panels stay near the real images);
2. steps: the fewest steps whose panels at that guidance lose no more than FD_SLACK of fd_clip and DROP of
   r_precision, setting_acc and style_acc against the most steps (the author waits for every step).

python3 -m training.ldm.sweep --ldm DIR --clip DIR --data DIR [--scenes 256] [--out FILE] [--write-defaults]
--write-defaults puts the chosen steps and guidance into app-defaults.json (sampling; chosenBy = --out).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

from training.clip.io import load_eval_clip
from training.common import app_defaults
from training.common.cli import report
from training.common.data import LANGS
from training.ldm.eval import app_policy, app_sampling, evaluate, load_ldm

FD_SLACK = 0.10   # fd_clip may be 10 % above the best
DROP = 0.02       # r_precision, setting_acc and style_acc may be 0.02 below (about one standard error at 256 x 2)
METRICS = ("fd_clip", "r_precision", "setting_acc", "style_acc")


def summarise(res: dict) -> dict:
    """Per-language figures -> their mean over languages, per metric."""
    return {m: sum(res[lang][m] for lang in LANGS) / len(LANGS) for m in METRICS}


def choose(rows: list[dict]) -> dict:
    """Applies the module's rule to rows of {steps, guidance, fd_clip, r_precision, setting_acc, style_acc}."""
    top = max(r["steps"] for r in rows)
    at_top = [r for r in rows if r["steps"] == top]
    best_fd = min(r["fd_clip"] for r in at_top)
    guidance = max((r for r in at_top if r["fd_clip"] <= best_fd * (1 + FD_SLACK)), key=lambda r: r["r_precision"])
    ref = guidance
    ok = [r for r in rows if r["guidance"] == guidance["guidance"]
          and r["fd_clip"] <= ref["fd_clip"] * (1 + FD_SLACK)
          and all(r[m] >= ref[m] - DROP for m in ("r_precision", "setting_acc", "style_acc"))]
    pick = min(ok, key=lambda r: r["steps"])  # ref itself always qualifies
    return {"steps": pick["steps"], "guidance": pick["guidance"], "reference_row": {"steps": top,
            "guidance": guidance["guidance"]}}


def earlier_rows(path: Path, same: dict) -> list[dict]:
    earlier = json.loads(path.read_text(encoding="utf-8"))
    differs = {k: (earlier.get(k), v) for k, v in same.items() if earlier.get(k) != v}
    if differs:
        raise SystemExit(f"--extend {path}: measured on something else ({differs}); rows would not compare")
    return earlier["rows"]


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ldm", required=True)
    p.add_argument("--clip", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--split", default="val")
    p.add_argument("--scenes", type=int, default=256)
    p.add_argument("--gallery", type=int, default=2048)
    p.add_argument("--steps", default="10,15,20", help="comma list of DDIM step counts")
    p.add_argument("--guidance", default="1.5,3,5", help="comma list of guidance scales")
    p.add_argument("--out", help="write the sweep here as JSON too")
    p.add_argument("--write-defaults", action="store_true",
                   help="write the choice into app-defaults.json (sampling.steps, .guidance, .chosenBy = --out)")
    p.add_argument("--extend", type=Path,
                   help="an earlier sweep's JSON of the same UNet, split, scenes and gallery: its rows join this grid "
                        "(the choice is made over all of them), e.g. when the best guidance sat at the grid's edge")
    a = p.parse_args(argv)
    app = app_sampling()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    clip, tok = load_eval_clip(a.clip, device)
    ldm = load_ldm(Path(a.ldm), Path(a.clip), device)
    rows = earlier_rows(a.extend, {"unet_step": ldm["step"], "split": a.split, "scenes": a.scenes,
                                   "gallery": a.gallery}) if a.extend else []
    done = {(r["steps"], r["guidance"]) for r in rows}
    for guidance in [float(g) for g in a.guidance.split(",")]:
        for steps in [int(s) for s in a.steps.split(",")]:
            if (steps, guidance) in done:
                continue
            t0 = time.time()
            res = evaluate(ldm, clip, tok, a.data, a.split, a.scenes, a.gallery, device,
                           {"steps": steps, "guidance": guidance}, twin=False)
            rows.append({"steps": steps, "guidance": guidance, **summarise(res),
                         "per_language": {lang: {m: res[lang][m] for m in METRICS} for lang in LANGS},
                         "seconds": round(time.time() - t0, 1)})
            print(json.dumps(rows[-1]), flush=True)
    out = {"unet_step": ldm["step"], "split": a.split, "scenes": a.scenes, "gallery": a.gallery,
           "strength": app_policy(app), "app_defaults_when_run": {k: app[k] for k in ("steps", "guidance")},
           "rule": {"fd_slack": FD_SLACK, "drop": DROP, "text": __doc__.split("The rule")[1].split("cd training")[0].strip()},
           "choice": choose(rows), "rows": rows}
    if a.write_defaults:
        write_choice(out["choice"], a.out)
    return report(out, a.out)


def write_choice(choice: dict, out: str | None, path: Path = app_defaults.PATH) -> dict:
    """The chosen steps and guidance become the app's; chosenBy names the sweep's JSON (relative to the suite)."""
    if not out:
        raise SystemExit("--write-defaults needs --out: app-defaults.json names the sweep its values come from")
    where = Path(out).resolve()
    suite = Path(path).resolve().parent
    chosen_by = where.relative_to(suite).as_posix() if suite in where.parents else where.name
    return app_defaults.update({"sampling": {"steps": choice["steps"], "guidance": choice["guidance"],
                                             "chosenBy": chosen_by}}, path)


if __name__ == "__main__":
    main(sys.argv[1:])
