"""Device choice, autocast and host-to-device copies that never make a training step wait for the GPU; the
wall-clock deadline every trainer stops on."""
from __future__ import annotations

import contextlib
import os
import time

import torch


def pick_device() -> torch.device:
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = True  # fp32 leftovers outside autocast run on tensor cores
        torch.backends.cudnn.allow_tf32 = True
        torch.backends.cudnn.benchmark = True
        if os.environ.get("TOON_SYNC_DEBUG") == "1":
            # a device run's check that training steps never wait on the GPU: every sync warns once per line
            torch.cuda.set_sync_debug_mode("warn")
        return torch.device("cuda")
    return torch.device("cpu")


def to_device(t: torch.Tensor, device: torch.device) -> torch.Tensor:
    """A host tensor onto the device without the host waiting for the GPU's queue to drain: a plain
    .to("cuda") of pageable memory synchronises, and each such wait left the GPU idle while Python caught up."""
    if device.type != "cuda":
        return t.to(device)
    return t.pin_memory().to(device, non_blocking=True)


def autocast(device: torch.device):
    """bf16 autocast on CUDA; plain fp32 on CPU (torch 1.13's CPU bf16 is slower than fp32)."""
    if device.type == "cuda":
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


class Deadline:
    def __init__(self, minutes: float):
        self.start, self.seconds = time.time(), minutes * 60.0

    def elapsed(self) -> float:
        return time.time() - self.start

    def passed(self, reserve_s: float = 0.0) -> bool:
        return self.elapsed() + reserve_s >= self.seconds
