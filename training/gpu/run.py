"""One GPU session: load data, train every toon-mini model concurrently from the repo's checkpoints,
export the LDM as a check, and pack at most 8 files (<= 16 MiB each, <= 60 MiB together) into OUT.

python3 training/gpu_run.py --out "$OUT" [--minutes 9] [--data DIR] [--tiny] [--jobs clip,depth,gan,ldm]
Stage 1 (t=0):   clip, depth, and the LDM's VAE (only while no UNet checkpoint exists)
Stage 2 (after clip and the VAE finish): LDM UNet and DCGAN, both conditioned on the new text tower,
                 so the tower they learn from is the one the app exports.
--jobs runs a subset (the carry cannot hold every checkpoint plus data): a job not selected is not run;
ldm and gan then read the repo's CLIP checkpoint read-only (ldm: text.pt + tokenizer, gan: both towers).
Results come back into the repo with training/ingest_gpu_run.sh (see training/README.md).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from toon.gpu_pack import pack_outputs  # noqa: E402
from toon.gpu_data import resolve_data  # noqa: E402
from toon.gpu_watch import GpuWatch  # noqa: E402


def job(name: str, script: str, args: list, minutes: float, work: Path, cfg: str) -> dict:
    out = work / "ckpt" / name
    cmd = [sys.executable, str(HERE / script), "--config", cfg, "--out", str(out), "--minutes", f"{minutes:.2f}", *args]
    return {"name": name, "cmd": cmd, "out": out, "log": work / "logs" / f"{name}.log", "minutes": minutes}


def start(j: dict) -> dict:
    j["log"].parent.mkdir(parents=True, exist_ok=True)
    j["t0"] = time.time()
    j["proc"] = subprocess.Popen(j["cmd"], stdout=j["log"].open("w"), stderr=subprocess.STDOUT)
    print(f"[gpu_run] start {j['name']} ({j['minutes']:.2f} min): {' '.join(j['cmd'][1:])}", flush=True)
    return j


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


def resume_args(src: Path | None) -> list:
    """Resume only from a folder holding a checkpoint (a tokenizer or log alone is not one)."""
    return ["--resume", str(src)] if src is not None and src.exists() and any(src.glob("*.pt")) else []


JOBS = ("clip", "depth", "gan", "ldm")


def parse_jobs(text: str) -> set:
    jobs = {j.strip() for j in text.split(",") if j.strip()}
    unknown = jobs - set(JOBS)
    if unknown or not jobs:
        raise SystemExit(f"--jobs takes a comma list from {','.join(JOBS)}; got {text!r}")
    return jobs


def check_inputs(jobs: set, clip_dir: Path, clip_runs: bool) -> None:
    """Fail before the data step (device minutes) when a selected job would lack the text tower it needs."""
    if clip_runs:
        return
    need = {"ldm": ["text.pt", "tokenizer/tokenizer.json"], "gan": ["text.pt", "vision.pt", "tokenizer/tokenizer.json"]}
    missing = sorted({f for j in jobs & need.keys() for f in need[j] if not (clip_dir / f).exists()})
    if missing:
        raise SystemExit(f"--jobs {','.join(sorted(jobs))} needs {', '.join(missing)} in {clip_dir} "
                         "(carry it: see training/prepare_gpu_carry.sh) or add clip to --jobs")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--minutes", type=float, default=9.0, help="wall budget for training (all jobs)")
    ap.add_argument("--data", type=Path)
    ap.add_argument("--ckpt", type=Path, default=HERE / "checkpoints", help="checkpoints kept in the repo")
    ap.add_argument("--work", type=Path, default=Path("/tmp/toon-gpu-run"))
    ap.add_argument("--tiny", action="store_true", help="CPU dry run: tiny/smoke configs, seconds per job")
    ap.add_argument("--clip-share", type=float, default=0.4,
                    help="share of the budget for CLIP before the UNet and GAN start; 0 freezes the text tower")
    ap.add_argument("--jobs", default=",".join(JOBS), help="comma list of jobs to run (default: all)")
    ap.add_argument("--gan-batch", type=int,
                    help="the DCGAN's batch (default: its config's; session 6: at 256 it drifted, at 64 it did not)")
    ap.add_argument("--ldm-restart", action="store_true",
                    help="keep training the VAE and start a fresh UNet on its latents, although a UNet checkpoint exists")
    a = ap.parse_args(argv)
    selected = parse_jobs(a.jobs)
    ckpt = {name: a.ckpt / name for name in JOBS}
    # CLIP's share ends where the stage-2 models that condition on its text tower start; alone, it gets the budget
    share = a.clip_share if selected & {"ldm", "gan"} else max(a.minutes - 0.3, 0.1) / a.minutes
    clip_min = share * a.minutes if "clip" in selected else 0.0
    check_inputs(selected, ckpt["clip"], clip_min > 0)
    t_start = time.time()
    shutil.rmtree(a.work, ignore_errors=True)
    a.work.mkdir(parents=True)
    data, data_note = resolve_data(a.data, a.work, a.tiny)
    data_seconds = round(time.time() - t_start, 1)
    print(f"[gpu_run] data: {data} ({data_note}, {data_seconds}s); jobs: {','.join(sorted(selected))}", flush=True)
    t_train = time.time()
    watch = GpuWatch(a.work / "logs" / "gpu-util.csv").start()
    part_a_cfg, ldm_cfg = ("smoke", "tiny") if a.tiny else ("full", "full")
    total = a.minutes
    restart, restart_why = ldm_restart(ckpt["ldm"], ldm_cfg, a.ldm_restart)
    if restart and "ldm" in selected:
        print(f"[gpu_run] LDM restart: {restart_why}", flush=True)
    ldm_has_unet = (ckpt["ldm"] / "ldm-unet-ema.pt").exists() and not restart
    vae_min = 0.0 if ldm_has_unet or "ldm" not in selected else min(0.3 * total, clip_min or 0.3 * total)
    d = ["--data", str(data)]
    stage1 = []
    if "depth" in selected:
        stage1.append(job("depth", "train_depth.py", d + resume_args(ckpt["depth"]), total - 0.3, a.work, part_a_cfg))
    if clip_min > 0:
        stage1.append(job("clip", "train_clip.py", d + resume_args(ckpt["clip"]), clip_min, a.work, part_a_cfg))
    if vae_min:
        stage1.append(job("ldm-vae", "train_ldm.py", d + resume_args(ckpt["ldm"]) + ["--phase", "vae"],
                          vae_min, a.work, ldm_cfg))
    for j in stage1:
        start(j)
    hard = t_train + total * 60 + 45  # each job keeps its own --minutes; this only stops a hung one
    wait([j for j in stage1 if j["name"] != "depth"], hard)
    clip_out = a.work / "ckpt" / "clip"
    clip_src = clip_out if (clip_out / "text.pt").exists() else ckpt["clip"]
    ldm_src = a.work / "ckpt" / "ldm-vae" if vae_min else ckpt["ldm"]
    rest = max(total - (time.time() - t_train) / 60 - 0.3, 0.5)
    stage2 = []
    if "ldm" in selected and vae_min and not (ldm_src / "ldm-vae.pt").exists():
        print("[gpu_run] VAE phase failed: skipping the UNet phase", flush=True)
    elif "ldm" in selected:
        stage2.append(job("ldm", "train_ldm.py",
                          d + resume_args(ldm_src) + ["--phase", "unet", "--text-ckpt", str(clip_src)], rest, a.work,
                          ldm_cfg))
    if "gan" in selected:
        gan_batch = ["--batch", str(a.gan_batch)] if a.gan_batch else []
        stage2.append(job("gan", "train_gan.py", d + resume_args(ckpt["gan"]) + ["--clip", str(clip_src)] + gan_batch,
                          rest, a.work, part_a_cfg))
    for j in stage2:
        start(j)
    wait(stage2 + [j for j in stage1 if j["name"] == "depth"], hard)
    jobs = stage1 + stage2
    watch.stop()
    gpu_busy = watch.summary({j["name"]: (j["t0"], j["t0"] + j["seconds"]) for j in jobs if "seconds" in j})
    export_rc = None
    if (a.work / "ckpt" / "ldm" / "ldm-unet-ema.pt").exists():
        try:  # only a check (ingest re-exports at home): it must never eat the minutes packing needs
            export_rc = subprocess.call([sys.executable, str(HERE / "export_ldm.py"), "--ckpt",
                                         str(a.work / "ckpt" / "ldm"), "--out", str(a.work / "export" / "toon-mini"),
                                         "--fixtures", str(a.work / "export" / "fixtures")],
                                        stdout=(a.work / "logs" / "export-ldm.log").open("w"),
                                        stderr=subprocess.STDOUT, timeout=120)
        except subprocess.TimeoutExpired:
            export_rc = "timed out (120 s)"
    summary = {"minutes_budget": total, "ldm_restart": restart_why if restart and "ldm" in selected else None,
               "seconds": round(time.time() - t_start, 1), "data": data_note, "data_seconds": data_seconds,
               "tiny": a.tiny, "jobs_selected": sorted(selected), "export_ldm_rc": export_rc, "device": device_name(),
               "gpu_busy_while": gpu_busy,  # nvidia-smi every 5 s (toon/gpu_watch.py); None on a CPU run
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
    from toon.ldm_config import get_config
    kept = torch.load(vae_path, map_location="cpu", weights_only=False).get("image_size")
    size = get_config(ldm_cfg)["image_size"]
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
