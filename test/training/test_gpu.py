"""The GPU-run tooling without a GPU: stage planning (gpu/plan.py), the CPU dry run of the whole flow, the
refusals before any data step, the LDM restart rule, the pack sizes, the training-log rows and the GPU watcher."""
import json
import subprocess
from pathlib import Path

import pytest

from training.gpu.plan import Session, parse_jobs, plan, stage2

from conftest import PY, ROOT, run


def test_gpu_run_dry_run_packs_at_most_8_small_files(tmp_path):
    out = tmp_path / "out"
    run(["-m", "training.gpu.run", "--tiny", "--minutes", "1", "--out", str(out), "--work", str(tmp_path / "work"),
         "--ckpt", str(tmp_path / "no-checkpoints"), "--gan-batch", "6"], timeout=600)
    files = sorted(p for p in out.iterdir())
    assert 3 <= len(files) <= 8
    assert all(p.stat().st_size <= 16 * 1024 * 1024 for p in files)
    summary = json.loads((out / "metrics.json").read_text())
    assert {j: v["rc"] for j, v in summary["jobs"].items()} == {n: 0 for n in ("clip", "depth", "ldm-vae", "ldm", "gan")}
    assert "ldm/ldm-unet-ema.pt" in summary["checkpoints"] and summary["export_ldm_rc"] == 0
    assert summary["metrics"]["gan"]["batch"] == 6  # --gan-batch reaches train_gan


@pytest.mark.parametrize("jobs, message", [("ldm,bogus", "--jobs takes a comma list"),
                                           ("ldm", "needs text.pt, tokenizer/tokenizer.json"),
                                           ("gan,depth", "needs text.pt, tokenizer/tokenizer.json, vision.pt")])
def test_gpu_run_refuses_a_job_selection_it_cannot_run_before_touching_data(tmp_path, jobs, message):
    r = subprocess.run([PY, "-m", "training.gpu.run", "--tiny", "--jobs", jobs, "--out", str(tmp_path / "out"),
                        "--work", str(tmp_path / "work"), "--ckpt", str(tmp_path / "no-checkpoints")],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and message in r.stderr, r.stderr[-2000:]
    assert not (tmp_path / "work").exists(), "the data step must not start"


def test_ldm_restart_when_the_kept_vae_has_another_image_size(tmp_path):
    from training.gpu.run import ldm_restart
    from training.common.checkpoint import save_checkpoint
    assert ldm_restart(tmp_path, "full", False)[0] is False  # nothing kept: nothing to restart
    save_checkpoint(tmp_path / "ldm-vae.pt", {"image_size": 64})
    save_checkpoint(tmp_path / "ldm-unet-ema.pt", {"step": 1})
    again, why = ldm_restart(tmp_path, "full", False)
    assert again and "64 px" in why and "128 px" in why
    assert ldm_restart(tmp_path, "smoke", False)[0] is False
    assert ldm_restart(tmp_path, "smoke", True) == (True, "asked for (--ldm-restart)")


def test_training_log_rows_go_to_the_end_of_the_table():
    from training.gpu.log_row import MARK, append_rows
    card = f"# card\n| date | model |\n|---|---|\n{MARK}\n| day 1 | clip |\n| day 2 | gan |\n\nSuites shipped:\n"
    out = append_rows(card, ["| day 3 | ldm |"])
    assert out == f"# card\n| date | model |\n|---|---|\n{MARK}\n| day 1 | clip |\n| day 2 | gan |\n| day 3 | ldm |\n\nSuites shipped:\n"
    assert append_rows(f"{MARK}\n", ["| a |"]) == f"{MARK}\n| a |\n"


@pytest.mark.parametrize("jobs, sizes", [("ldm", "128"), ("depth,ldm", "128"), ("clip,gan", "64"), ("gan", "64"),
                                         ("clip,depth", "64,128"), ("clip,depth,gan,ldm", "64,128")])
def test_the_gpu_pack_carries_only_the_image_sizes_the_jobs_train_at(jobs, sizes):
    # the function itself, cut out of the script: packing for real would overwrite a developer's .gpu-data
    script = 'source <(sed -n "/^pack_sizes()/,/^}/p" training/gpu/carry.sh); pack_sizes "$1"'
    r = subprocess.run(["bash", "-c", script, "-", jobs], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == sizes, r.stdout + r.stderr


def test_gpu_watch_records_and_summarises_per_window(tmp_path):
    import time
    from training.gpu.watch import GpuWatch
    smi = tmp_path / "nvidia-smi"
    smi.write_text("#!/bin/sh\necho '57, 1234'\n")
    smi.chmod(0o755)
    t0 = time.time()
    watch = GpuWatch(tmp_path / "logs" / "gpu-util.csv", every=0.1, smi=str(smi)).start()
    time.sleep(0.6)
    watch.stop()
    rows = (tmp_path / "logs" / "gpu-util.csv").read_text().splitlines()
    assert rows[0].startswith("time,") and len(rows) >= 3 and rows[1].endswith(",57,1234")
    busy = watch.summary({"all": (t0, time.time()), "before": (0.0, 1.0)})
    assert busy["all"]["mean_util_percent"] == 57 and busy["all"]["max_memory_mib"] == 1234 and busy["before"] is None
    # no nvidia-smi (a CPU run): nothing runs, nothing is written, every window is None
    idle = GpuWatch(tmp_path / "none.csv", smi="no-such-nvidia-smi").start()
    idle.stop()
    assert not (tmp_path / "none.csv").exists() and idle.summary({"all": (0.0, time.time())}) == {"all": None}


def session(jobs="clip,depth,gan,ldm", **kw):
    base = dict(jobs=parse_jobs(jobs), minutes=6.5, data=Path("data"), ckpt=Path("kept"), work=Path("work"))
    return Session(**{**base, **kw})


def names(jobs):
    return [j.name for j in jobs]


def arg(job, flag):
    return job.args[job.args.index(flag) + 1] if flag in job.args else None


def test_plan_all_four_first_session_clip_and_vae_first_then_unet_and_gan_on_the_new_tower():
    p = plan(session())
    assert names(p.stage1) == ["depth", "clip", "ldm-vae"] and names(p.stage2) == ["ldm", "gan"]
    assert p.clip_minutes == pytest.approx(0.4 * 6.5) and p.vae_minutes == pytest.approx(0.3 * 6.5)
    depth, clip, vae = p.stage1
    assert depth.minutes == pytest.approx(6.2) and clip.minutes == pytest.approx(2.6)
    assert all(arg(j, "--data") == "data" and arg(j, "--resume") is None for j in p.stage1)  # nothing kept
    assert vae.module == "training.ldm.train" and arg(vae, "--phase") == "vae" and vae.config == "full"
    ldm, gan = p.stage2
    assert arg(ldm, "--text-ckpt") == str(Path("work/ckpt/clip")) and arg(gan, "--clip") == str(Path("work/ckpt/clip"))
    assert arg(ldm, "--resume") == str(Path("work/ckpt/ldm-vae")) and arg(ldm, "--phase") == "unet"
    assert ldm.minutes == pytest.approx(6.5 - 2.6 - 0.3) and p.missing == []


def test_plan_resumes_kept_checkpoints_and_skips_the_vae_once_a_unet_is_kept():
    p = plan(session(kept=frozenset({"clip", "depth", "gan", "ldm"}), has_unet=True))
    assert names(p.stage1) == ["depth", "clip"] and p.vae_minutes == 0
    assert [arg(j, "--resume") for j in p.stage1] == [str(Path("kept/depth")), str(Path("kept/clip"))]
    ldm, gan = p.stage2
    assert arg(ldm, "--resume") == str(Path("kept/ldm")) and arg(gan, "--resume") == str(Path("kept/gan"))
    # a restart trains the VAE again (from its weights) and the UNet afresh on its latents
    again = plan(session(kept=frozenset({"ldm"}), has_unet=True, ldm_restart=True))
    assert "ldm-vae" in names(again.stage1) and arg(again.stage2[0], "--resume") == str(Path("work/ckpt/ldm-vae"))


def test_plan_clip_alone_gets_the_whole_budget_and_generators_alone_read_the_kept_tower():
    alone = plan(session("clip"))
    assert names(alone.stage1) == ["clip"] and alone.stage1[0].minutes == pytest.approx(6.5 - 0.3)
    assert alone.stage2 == []
    gen = plan(session("gan,ldm", kept=frozenset({"clip"}), has_unet=True))
    assert gen.stage1 == [] and gen.clip_minutes == 0
    assert gen.missing == ["text.pt", "tokenizer/tokenizer.json", "vision.pt"]  # the runner checks them on disk
    ldm, gan = gen.stage2
    assert arg(ldm, "--text-ckpt") == str(Path("kept/clip")) and arg(gan, "--clip") == str(Path("kept/clip"))
    assert ldm.minutes == pytest.approx(6.5 - 0.3)
    assert names(plan(session("clip,ldm,gan", clip_share=0.0)).stage1) == ["ldm-vae"]  # 0 freezes the tower


def test_stage2_follows_what_stage1_left():
    s = session()
    fell_back = stage2(s, 3.0, clip_ok=False, vae_ok=True)  # CLIP crashed: the generators keep the kept tower
    assert [arg(j, "--text-ckpt") or arg(j, "--clip") for j in fell_back] == [str(Path("kept/clip"))] * 2
    assert names(stage2(s, 3.0, clip_ok=True, vae_ok=False)) == ["gan"]  # no VAE: no UNet
    assert all(j.minutes == 0.5 for j in stage2(s, -2.0, True, True))  # late: a short run rather than none


def test_plan_tiny_dry_run_configs_and_gan_batch():
    p = plan(session(tiny=True, gan_batch=64))
    assert {j.name: j.config for j in p.stage1 + p.stage2} == {"depth": "smoke", "clip": "smoke", "ldm-vae": "tiny",
                                                               "ldm": "tiny", "gan": "smoke"}
    assert arg(p.stage2[1], "--batch") == "64" and arg(plan(session()).stage2[1], "--batch") is None


def test_parse_jobs_refuses_unknown_or_empty_selections():
    assert parse_jobs(" ldm , gan ") == frozenset({"ldm", "gan"})
    for bad in ("", "ldm,bogus", ","):
        with pytest.raises(ValueError, match="comma list"):
            parse_jobs(bad)
