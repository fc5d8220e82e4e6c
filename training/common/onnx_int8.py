"""Weight-only int8 for ONNX graphs: big float initializers become int8 + one fp32 scale per row
(axis 0) and a DequantizeLinear node; arithmetic stays fp32, so WASM and WebGPU run the same graph
and the file is ~4× smaller than fp32. (onnxruntime.quantization is not available on Debian.)"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from onnx import helper, numpy_helper

from training.common.onnx_initializers import rewrite_float_initializers


def quantize_rows(w: np.ndarray):
    """Symmetric per-row int8: w ≈ q * scale[row]."""
    rows = w.reshape(w.shape[0], -1).astype(np.float64)
    scale = np.abs(rows).max(1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(rows / scale[:, None]), -127, 127).astype(np.int8).reshape(w.shape)
    return q, scale.astype(np.float32)


# onnxruntime-web 1.30's WebGPU DequantizeLinear returns garbage for a one-scale (per-tensor) int8 tensor, and a
# later per-axis one with few rows can reuse that broken kernel; weights with fewer rows stay fp32 (training/README.md).
MIN_ROWS = 16


def int8_weights(path: Path, min_elements: int = 4096, min_rows: int = MIN_ROWS) -> dict:
    """Rewrite the model at `path` in place; returns counts for the log."""

    def swap(init):
        if len(init.dims) < 2 or init.dims[0] < min_rows or int(np.prod(init.dims)) < min_elements:
            return None
        q, scale = quantize_rows(numpy_helper.to_array(init))
        base = init.name
        stored = [numpy_helper.from_array(q, base + "__q"), numpy_helper.from_array(scale, base + "__scale"),
                  numpy_helper.from_array(np.zeros(len(scale), np.int8), base + "__zero")]
        return stored, helper.make_node("DequantizeLinear", [base + "__q", base + "__scale", base + "__zero"],
                                        [base], axis=0, name=base + "__dq")

    return {"quantized": rewrite_float_initializers(path, swap)}
