"""Sample grids: tensors to uint8 tiles, tiles to a grid, a grid to PNG (no Pillow on the CPU machines)."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import torch


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
