"""Which training jobs a GPU call runs, in which stage, on what data and for how long: a pure function of the
session (selected jobs, minutes, what checkpoints the repo keeps), so the schedule is tested without a GPU.

Stage 1 starts at once: CLIP, depth (the whole budget), and the LDM's VAE while no UNet checkpoint exists (or
the UNet restarts). Stage 2 starts when CLIP and the VAE end: the LDM's UNet and the DCGAN, both conditioned on
the newest text tower, so the tower they learn from is the one the app exports. A job that is not selected does
not run; ldm and gan then read the kept CLIP read-only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

JOBS = ("clip", "depth", "gan", "ldm")
# each job needs these files of the kept CLIP when CLIP does not train in the same call
CLIP_FILES = {"ldm": ("text.pt", "tokenizer/tokenizer.json"),
              "gan": ("text.pt", "vision.pt", "tokenizer/tokenizer.json")}
SLACK_MIN = 0.3  # minutes kept free at the end of the budget for the last saves
MODULES = {"clip": "training.clip.train", "depth": "training.depth.train", "gan": "training.gan.train",
           "ldm-vae": "training.ldm.train", "ldm": "training.ldm.train"}


@dataclass(frozen=True)
class Session:
    jobs: frozenset
    minutes: float
    data: Path
    ckpt: Path                           # the repo's checkpoint folders, one per model
    work: Path                           # this run's outputs: work/ckpt/<job>
    kept: frozenset = frozenset()        # models whose kept folder holds a checkpoint (*.pt)
    has_unet: bool = False               # the kept LDM folder holds ldm-unet-ema.pt
    ldm_restart: bool = False            # train the VAE again and start a fresh UNet on its latents
    clip_share: float = 0.4
    tiny: bool = False
    gan_batch: int | None = None


@dataclass
class Job:
    name: str
    module: str
    config: str
    minutes: float
    args: list = field(default_factory=list)

    def out(self, work: Path) -> Path:
        return work / "ckpt" / self.name


@dataclass
class Plan:
    stage1: list
    stage2: list
    clip_minutes: float
    vae_minutes: float
    missing: list                        # kept CLIP files the selection needs and lacks: refuse before any data step


def parse_jobs(text: str) -> frozenset:
    jobs = frozenset(j.strip() for j in text.split(",") if j.strip())
    if not jobs or jobs - set(JOBS):
        raise ValueError(f"--jobs takes a comma list from {','.join(JOBS)}; got {text!r}")
    return jobs


def configs(s: Session) -> tuple[str, str]:
    """(CLIP/DCGAN/depth config, LDM config)."""
    return ("smoke", "tiny") if s.tiny else ("full", "full")


def budgets(s: Session) -> tuple[float, float]:
    """(CLIP minutes, VAE minutes). CLIP's share ends where the stage-2 models that condition on its text tower
    start; alone, it gets the budget."""
    share = s.clip_share if s.jobs & {"ldm", "gan"} else max(s.minutes - SLACK_MIN, 0.1) / s.minutes
    clip = share * s.minutes if "clip" in s.jobs else 0.0
    unet_kept = s.has_unet and not s.ldm_restart
    vae = 0.0 if unet_kept or "ldm" not in s.jobs else min(0.3 * s.minutes, clip or 0.3 * s.minutes)
    return clip, vae


def resume(s: Session, model: str) -> list:
    return ["--resume", str(s.ckpt / model)] if model in s.kept else []


def plan(s: Session) -> Plan:
    clip_min, vae_min = budgets(s)
    part_cfg, ldm_cfg = configs(s)
    d = ["--data", str(s.data)]
    stage1 = []
    if "depth" in s.jobs:
        stage1.append(Job("depth", MODULES["depth"], part_cfg, s.minutes - SLACK_MIN, d + resume(s, "depth")))
    if clip_min > 0:
        stage1.append(Job("clip", MODULES["clip"], part_cfg, clip_min, d + resume(s, "clip")))
    if vae_min > 0:
        stage1.append(Job("ldm-vae", MODULES["ldm-vae"], ldm_cfg, vae_min, d + resume(s, "ldm") + ["--phase", "vae"]))
    missing = [] if clip_min > 0 else sorted({f for j in s.jobs & CLIP_FILES.keys() for f in CLIP_FILES[j]})
    return Plan(stage1, stage2(s, s.minutes - max(clip_min, vae_min) - SLACK_MIN, True, True), clip_min, vae_min,
                missing)


def stage2(s: Session, minutes: float, clip_ok: bool, vae_ok: bool) -> list:
    """The UNet and the DCGAN for `minutes` (what is left when stage 1 ends), on this run's CLIP when it trained
    and saved (clip_ok), else the kept one; the UNet only when its VAE is there (vae_ok)."""
    clip_min, vae_min = budgets(s)
    part_cfg, ldm_cfg = configs(s)
    d = ["--data", str(s.data)]
    text = s.work / "ckpt" / "clip" if clip_min > 0 and clip_ok else s.ckpt / "clip"
    minutes = max(minutes, 0.5)
    jobs = []
    if "ldm" in s.jobs and (vae_min == 0 or vae_ok):
        vae = ["--resume", str(s.work / "ckpt" / "ldm-vae")] if vae_min else resume(s, "ldm")
        jobs.append(Job("ldm", MODULES["ldm"], ldm_cfg, minutes, d + vae + ["--phase", "unet", "--text-ckpt", str(text)]))
    if "gan" in s.jobs:
        batch = ["--batch", str(s.gan_batch)] if s.gan_batch else []
        jobs.append(Job("gan", MODULES["gan"], part_cfg, minutes, d + resume(s, "gan") + ["--clip", str(text)] + batch))
    return jobs
