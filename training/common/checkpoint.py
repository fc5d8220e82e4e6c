"""Shared plumbing for the latent-diffusion scripts: device + autocast, EMA, bf16 checkpoints, PNG grids."""
from __future__ import annotations

import contextlib
import copy
import hashlib
import os
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import torch

MAX_FILE_BYTES = 16 * 1024 * 1024


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


class Ema:
    """Exponential moving average of weights, with the usual warm-up so short runs still move it."""

    def __init__(self, model: torch.nn.Module, decay: float = 0.999, step: int = 0):
        self.model = copy.deepcopy(model).eval().requires_grad_(False)
        self.decay, self.step = decay, step

    @torch.no_grad()
    def update(self, model: torch.nn.Module) -> None:
        self.step += 1
        d = min(self.decay, (1 + self.step) / (10 + self.step))
        ema_params = list(self.model.parameters())
        # one fused kernel per op for all tensors: a per-tensor loop is hundreds of launches per GPU step
        torch._foreach_mul_(ema_params, d)
        torch._foreach_add_(ema_params, [p.detach() for p in model.parameters()], alpha=1 - d)
        for e, b in zip(self.model.buffers(), model.buffers()):
            e.copy_(b)


def bf16_state(model: torch.nn.Module) -> dict:
    return {k: (v.detach().to(torch.bfloat16) if v.is_floating_point() else v.detach()).cpu()
            for k, v in model.state_dict().items()}


def load_state(model: torch.nn.Module, state: dict) -> None:
    ref = model.state_dict()
    model.load_state_dict({k: v.to(ref[k].dtype) for k, v in state.items()})


def weights_id(state: dict) -> str:
    """Short content hash of a state dict: ties a UNet checkpoint to the VAE whose latents it learned."""
    h = hashlib.sha256()
    for k in sorted(state):
        h.update(k.encode())
        h.update(state[k].float().numpy().tobytes())
    return h.hexdigest()[:16]


def save_checkpoint(path: Path, payload: dict) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    torch.save(payload, tmp)
    size = tmp.stat().st_size
    if size > MAX_FILE_BYTES:
        tmp.unlink()
        raise ValueError(f"{path.name} would be {size} bytes, over the 16 MiB per-file limit")
    tmp.replace(path)  # atomic: a run killed mid-save keeps the previous checkpoint
    return size


def load_checkpoint(path: Path | None) -> dict | None:
    if path is None or not Path(path).exists():
        return None
    # our own files: weights_only=False keeps torch >= 2.6 (default True) loading the metadata dicts
    return torch.load(path, map_location="cpu", weights_only=False)


class Deadline:
    def __init__(self, minutes: float):
        self.start, self.seconds = time.time(), minutes * 60.0

    def elapsed(self) -> float:
        return time.time() - self.start

    def passed(self, reserve_s: float = 0.0) -> bool:
        return self.elapsed() + reserve_s >= self.seconds


def to_uint8_image(x: torch.Tensor) -> np.ndarray:
    """[3,H,W] in [-1,1] or [1,H,W] in [0,1]-ish -> uint8 HWC RGB."""
    x = x.detach().float().cpu()
    if x.shape[0] == 1:
        x = x.repeat(3, 1, 1) * 2 - 1
    return ((x.clamp(-1, 1) + 1) * 127.5).round().byte().permute(1, 2, 0).numpy()


def write_png(path: Path, rgb: np.ndarray) -> None:
    """Minimal RGB8 PNG encoder (no Pillow on the CPU machines)."""
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[y].tobytes() for y in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def grid(rows: list[list[np.ndarray]], pad: int = 2) -> np.ndarray:
    """Tile equally sized HWC tiles row by row on a white background."""
    h, w, _ = rows[0][0].shape
    cols = max(len(r) for r in rows)
    out = np.full((len(rows) * (h + pad) + pad, cols * (w + pad) + pad, 3), 255, np.uint8)
    for i, r in enumerate(rows):
        for j, tile in enumerate(r):
            y, x = pad + i * (h + pad), pad + j * (w + pad)
            out[y:y + h, x:x + w] = tile
    return out
