"""Append one training-log row per model of a GPU run (metrics.json) to the end of the model card's table,
the rows that follow the line `<!-- training-log:append -->` (oldest first); prints the rows too.

python3 -m training.gpu.log_row RUN/metrics.json public/models/toon-mini/README.md
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

MARK = "<!-- training-log:append -->"


def fmt(v) -> str:
    if v is None:
        return "—"  # no checkpoint to compare with: a first run
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def ldm_cells(m: dict) -> tuple:
    u, v = m.get("unet") or {}, m.get("vae") or {}
    before = (u.get("unet_val_mse_before") or {}).get("mean")
    after = (u.get("unet_val_mse") or {}).get("mean")
    steps = f"VAE {m.get('vae_steps_total')} (+{v.get('steps_this_run', 0)}), UNet {m.get('unet_steps_total')} " \
            f"(+{u.get('steps_this_run', 0)})"
    metric = f"UNet val MSE {fmt(before)} → {fmt(after)}"
    if v:
        metric += f"; VAE test L1 {fmt(v.get('vae_test_l1_before'))} → {fmt(v.get('vae_test_l1'))}"
    return steps, metric


def generic_cells(m: dict) -> tuple:
    steps = f"{m.get('steps', '?')} (+{m.get('steps_this_run', '?')})"
    skip = {"steps", "steps_this_run", "params", "batch", "minutes_this_run"}
    metric = ", ".join(f"{k} {fmt(v)}" for k, v in m.items() if isinstance(v, (int, float)) and k not in skip)
    return steps, metric[:200]


def rows(summary: dict) -> list:
    day = time.strftime("%Y-%m-%d", time.gmtime())
    out = []
    for name, m in sorted(summary.get("metrics", {}).items()):
        steps, metric = ldm_cells(m) if name == "ldm" else generic_cells(m)
        jobs = summary.get("jobs", {})
        secs = (jobs.get(name) or {}).get("seconds") or m.get("seconds")
        if name == "ldm" and isinstance(secs, (int, float)):
            secs += (jobs.get("ldm-vae") or {}).get("seconds") or 0  # the VAE phase ran as its own job
        minutes = f"{secs / 60:.1f}" if isinstance(secs, (int, float)) else "?"
        out.append(f"| {day} | {summary.get('device', '?')} | {name} | {steps} | {minutes} | {metric} |")
    return out


def main(metrics_path: str, card: str) -> None:
    summary = json.loads(Path(metrics_path).read_text())
    new = rows(summary)
    print("\n".join(new))
    p = Path(card)
    if p.exists() and MARK in p.read_text(encoding="utf-8"):
        p.write_text(append_rows(p.read_text(encoding="utf-8"), new), encoding="utf-8")


def append_rows(text: str, new: list) -> str:
    """New rows go after the table's last row below MARK, so the log reads oldest to newest."""
    lines = text.split("\n")
    end = lines.index(MARK) + 1
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return "\n".join(lines[:end] + new + lines[end:])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
