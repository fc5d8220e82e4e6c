"""One GPU session: load data, train every toon-mini model concurrently from the repo's checkpoints,
export the LDM as a check, and pack at most 8 files (<= 16 MiB each, <= 60 MiB together) into OUT.

python3 -m training.gpu.run --out "$OUT" [--minutes 9] [--data DIR] [--tiny] [--jobs clip,depth,gan,ldm]
Which job runs when, on what and for how long: gpu/plan.py (a pure function, tested).
--jobs runs a subset (the carry cannot hold every checkpoint plus data): a job not selected is not run;
ldm and gan then read the repo's CLIP checkpoint read-only (ldm: text.pt + tokenizer, gan: both towers).
Results come back into the repo with training/gpu/ingest.sh (see training/README.md, "GPU runs").
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from training.gpu.data import resolve_data
from training.gpu.pack_outputs import pack_outputs
from training.gpu.plan import JOBS, Session, parse_jobs, plan, stage2
from training.gpu.watch import GpuWatch

TRAINING = Path(__file__).resolve().parents[1]
REPO = TRAINING.parent


def start(j, work: Path) -> dict:
    cmd = [sys.executable, "-m", j.module, "--config", j.config, "--out", str(j.out(work)),
           "--minutes", f"{j.minutes:.2f}", *j.args]
    log = work / "logs" / f"{j.name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(cmd, stdout=log.open("w"), stderr=subprocess.STDOUT, cwd=REPO)
    print(f"[gpu_run] start {j.name} ({j.minutes:.2f} min): {' '.join(cmd[1:])}", flush=True)
    return {"name": j.name, "cmd": cmd, "minutes": j.minutes, "proc": proc, "t0": time.time()}


def wait(jobs: list, hard_deadline: float) -> None:
    for j in jobs:
        left = max(hard_deadline - time.time(), 1.0)
        try:
            j["rc"] = j["proc"].wait(timeout=left)
        except subprocess.TimeoutExpired:
            j["proc"].kill()  # only our own child, by its handle
            j["rc"] = "killed (over the wall budget)"
        j["seconds"] = round(time.time() - j["t0"], 1)
        print(f"[gpu_run] {j['name']} ended rc={j['rc']} after {j['seconds']}s", flush=True)


def kept_models(ckpt: Path) -> frozenset:
    """Models whose kept folder holds a checkpoint (a tokenizer or log alone is not one)."""
    return frozenset(m for m in JOBS if (ckpt / m).exists() and any((ckpt / m).glob("*.pt")))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--minutes", type=float, default=9.0, help="wall budget for training (all jobs)")
    ap.add_argument("--data", type=Path)
    ap.add_argument("--ckpt", type=Path, default=TRAINING / "checkpoints", help="checkpoints kept in the repo")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "toon-gpu-run")
    ap.add_argument("--tiny", action="store_true", help="CPU dry run: tiny/smoke configs, seconds per job")
    ap.add_argument("--clip-share", type=float, default=0.4,
                    help="share of the budget for CLIP before the UNet and GAN start; 0 freezes the text tower")
    ap.add_argument("--jobs", default=",".join(JOBS), help="comma list of jobs to run (default: all)")
    ap.add_argument("--gan-batch", type=int,
                    help="the DCGAN's batch (default: its config's; at 256 it drifted on the GPU, at 64 it did not)")
    ap.add_argument("--ldm-restart", action="store_true",
                    help="keep training the VAE and start a fresh UNet on its latents, although a UNet checkpoint exists")
    a = ap.parse_args(argv)
    try:
        selected = parse_jobs(a.jobs)
    except ValueError as e:
        raise SystemExit(str(e))
    restart, restart_why = ldm_restart(a.ckpt / "ldm", "tiny" if a.tiny else "full", a.ldm_restart)
    session = Session(jobs=selected, minutes=a.minutes, data=Path("."), ckpt=a.ckpt, work=a.work,
                      kept=kept_models(a.ckpt), has_unet=(a.ckpt / "ldm" / "ldm-unet-ema.pt").exists(),
                      ldm_restart=restart, clip_share=a.clip_share, tiny=a.tiny, gan_batch=a.gan_batch)
    missing = plan(session).missing
    missing = [f for f in missing if not (a.ckpt / "clip" / f).exists()]
    if missing:  # before the data step: device minutes
        raise SystemExit(f"--jobs {','.join(sorted(selected))} needs {', '.join(missing)} in {a.ckpt / 'clip'} "
                         "(carry it: see training/gpu/carry.sh) or add clip to --jobs")
    t_start = time.time()
    shutil.rmtree(a.work, ignore_errors=True)
    a.work.mkdir(parents=True)
    data, data_note = resolve_data(a.data, a.work, a.tiny)
    session = replace(session, data=data)
    data_seconds = round(time.time() - t_start, 1)
    print(f"[gpu_run] data: {data} ({data_note}, {data_seconds}s); jobs: {','.join(sorted(selected))}", flush=True)
    if restart and "ldm" in selected:
        print(f"[gpu_run] LDM restart: {restart_why}", flush=True)
    t_train = time.time()
    watch = GpuWatch(a.work / "logs" / "gpu-util.csv").start()
    the_plan = plan(session)
    stage1 = [start(j, a.work) for j in the_plan.stage1]
    hard = t_train + a.minutes * 60 + 45  # each job keeps its own --minutes; this only stops a hung one
    wait([j for j in stage1 if j["name"] != "depth"], hard)
    clip_ok = (a.work / "ckpt" / "clip" / "text.pt").exists()
    vae_ok = (a.work / "ckpt" / "ldm-vae" / "ldm-vae.pt").exists()
    if "ldm" in selected and the_plan.vae_minutes and not vae_ok:
        print("[gpu_run] VAE phase failed: skipping the UNet phase", flush=True)
    left = a.minutes - (time.time() - t_train) / 60 - 0.3
    stage2_jobs = [start(j, a.work) for j in stage2(session, left, clip_ok, vae_ok)]
    wait(stage2_jobs + [j for j in stage1 if j["name"] == "depth"], hard)
    jobs = stage1 + stage2_jobs
    watch.stop()
    gpu_busy = watch.summary({j["name"]: (j["t0"], j["t0"] + j["seconds"]) for j in jobs if "seconds" in j})
    export_rc = None
    if (a.work / "ckpt" / "ldm" / "ldm-unet-ema.pt").exists():
        try:  # only a check (ingest re-exports at home): it must never eat the minutes packing needs
            export_rc = subprocess.call([sys.executable, "-m", "training.ldm.export", "--ckpt",
                                         str(a.work / "ckpt" / "ldm"), "--out", str(a.work / "export" / "toon-mini"),
                                         "--fixtures", str(a.work / "export" / "fixtures")],
                                        stdout=(a.work / "logs" / "export-ldm.log").open("w"),
                                        stderr=subprocess.STDOUT, timeout=120, cwd=REPO)
        except subprocess.TimeoutExpired:
            export_rc = "timed out (120 s)"
    summary = {"minutes_budget": a.minutes, "ldm_restart": restart_why if restart and "ldm" in selected else None,
               "seconds": round(time.time() - t_start, 1), "data": data_note, "data_seconds": data_seconds,
               "tiny": a.tiny, "jobs_selected": sorted(selected), "export_ldm_rc": export_rc, "device": device_name(),
               "gpu_busy_while": gpu_busy,  # nvidia-smi every 5 s (training/gpu/watch.py); None on a CPU run
               "jobs": {j["name"]: {"rc": j.get("rc"), "seconds": j.get("seconds"), "minutes_budget": round(j["minutes"], 2),
                                    "cmd": " ".join(Path(c).name if c.startswith("/") else c for c in j["cmd"][1:])}
                        for j in jobs}}
    files = pack_outputs(a.work, a.out, summary)
    print(f"[gpu_run] wrote {len(files)} files to {a.out}: {', '.join(files)}", flush=True)
    ok = all(j.get("rc") == 0 for j in jobs)
    return 0 if ok else 1


def ldm_restart(ldm_dir: Path, ldm_cfg: str, forced: bool) -> tuple[bool, str]:
    """Whether the VAE trains again and the UNet starts fresh on its latents: when asked, or when the kept
    VAE was trained at another image size than this run's config (its UNet learned latents of another grid)."""
    if forced:
        return True, "asked for (--ldm-restart)"
    vae_path = ldm_dir / "ldm-vae.pt"
    if not vae_path.exists() or not (ldm_dir / "ldm-unet-ema.pt").exists():
        return False, "no kept UNet"
    import torch  # only here: the rest of the runner must start without torch's import time
    from training.ldm.config import LdmTrain
    kept = torch.load(vae_path, map_location="cpu", weights_only=False).get("image_size")
    size = LdmTrain.named(ldm_cfg).image_size
    if kept != size:
        return True, f"kept VAE trained at {kept} px, config {ldm_cfg} trains at {size} px"
    return False, f"kept VAE and config {ldm_cfg} both at {size} px"


def device_name() -> str:
    try:
        import torch
        return torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"
    except Exception as e:  # noqa: BLE001 - a summary field must never fail the run
        return f"unknown ({e})"


if __name__ == "__main__":
    sys.exit(main())
