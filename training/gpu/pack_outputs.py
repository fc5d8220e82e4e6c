"""Pack a GPU run's results into at most 8 files (<= 16 MiB each, <= 60 MiB together) for $OUT:
metrics.json, report.tar (logs, metrics, sample grids) and ckpt.tar.00.. (checkpoints, chunked).
Checkpoints go in priority order; what does not fit is listed in metrics.json under "dropped".
"""
from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

CHUNK = 16 * 1024 * 1024 - 64 * 1024
TOTAL = 60 * 1024 * 1024
MAX_FILES = 8
REPORT_SUFFIXES = (".png", ".json", ".txt", ".log", ".csv")
# Lower number = packed first. Deployed weights before resume-only state (online UNet, GAN discriminator).
PRIORITY = {"ldm-unet-ema.pt": 0, "ldm-vae.pt": 1, "text.pt": 1, "best_generator.pt": 2, "vision.pt": 2, "gan.pt": 4}
# Never brought back: the repo resumes the UNet from its EMA (ldm/train_unet.py load_unet), so the online copy would only
# add 11.8 MB to every later carry.
NOT_KEPT = {"ldm-unet.pt"}


def job_dirs(work: Path) -> dict:
    """Repo checkpoint folder name -> this run's output folder (the UNet run's folder holds the VAE too)."""
    ck = work / "ckpt"
    dirs = {name: ck / name for name in ("clip", "gan", "depth") if (ck / name).exists()}
    ldm = ck / "ldm" if (ck / "ldm" / "ldm-vae.pt").exists() else ck / "ldm-vae"
    if ldm.exists():
        dirs["ldm"] = ldm
    return dirs


def checkpoint_files(work: Path) -> list:
    files = []
    for name, d in job_dirs(work).items():
        for f in sorted(p for p in d.rglob("*") if p.is_file()):
            if f.suffix in (".png", ".log", ".tmp") or f.name in ("metrics.json", "log.txt", "ldm-metrics.json") \
                    or f.name in NOT_KEPT:
                continue
            files.append((PRIORITY.get(f.name, 3), f"{name}/{f.relative_to(d).as_posix()}", f))
    return sorted(files, key=lambda x: (x[0], x[1]))


def pack_outputs(work: Path, out: Path, summary: dict) -> list:
    out.mkdir(parents=True, exist_ok=True)
    summary["metrics"] = {}
    for name, d in job_dirs(work).items():
        for m in ("metrics.json", "ldm-metrics.json"):
            if (d / m).exists():
                summary["metrics"][name] = json.loads((d / m).read_text())
    vae_metrics = work / "ckpt" / "ldm-vae" / "ldm-metrics.json"
    if vae_metrics.exists() and "ldm" in summary["metrics"]:
        summary["metrics"]["ldm"].setdefault("vae", json.loads(vae_metrics.read_text()).get("vae"))
    report = out / "report.tar"
    with tarfile.open(report, "w") as tar:
        for f in sorted(work.rglob("*")):
            if f.is_file() and f.suffix in REPORT_SUFFIXES and "data" not in f.relative_to(work).parts[:1] \
                    and f.stat().st_size < 4 * 1024 * 1024:
                tar.add(f, f.relative_to(work).as_posix())
    budget = TOTAL - report.stat().st_size - 256 * 1024
    max_chunks = MAX_FILES - 2
    chosen, dropped, used = [], [], 0
    for _, arc, f in checkpoint_files(work):
        size = f.stat().st_size + 1024
        if used + size <= min(budget, max_chunks * CHUNK - 10 * 1024):
            chosen.append((arc, f))
            used += size
        else:
            dropped.append(arc)
    if "gan/gan.pt" in dict(chosen) and "gan/best_generator.pt" not in dict(chosen) \
            and (work / "ckpt" / "gan" / "best_generator.pt").exists():
        # gan.pt may resume G from best_generator.pt: never bring one back without the other
        chosen = [(arc, f) for arc, f in chosen if arc != "gan/gan.pt"]
        dropped.append("gan/gan.pt")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for arc, f in chosen:
            tar.add(f, arc)
    data = buf.getvalue()
    names = []
    for i in range(0, len(data), CHUNK):
        name = f"ckpt.tar.{i // CHUNK:02d}"
        (out / name).write_bytes(data[i:i + CHUNK])
        names.append(name)
    summary["checkpoints"] = [arc for arc, _ in chosen]
    summary["dropped"] = dropped
    summary["files"] = ["metrics.json", "report.tar"] + names
    (out / "metrics.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
    return summary["files"]
