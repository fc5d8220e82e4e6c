"""Weight-only int8 for ONNX graphs: big float initializers become int8 + one fp32 scale per row
(axis 0) and a DequantizeLinear node; arithmetic stays fp32, so WASM and WebGPU run the same graph
and the file is ~4× smaller than fp32. (onnxruntime.quantization is not available on Debian.)"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


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
    model = onnx.load(str(path))
    g = model.graph
    keep, nodes, n_q = [], [], 0
    for init in g.initializer:
        if init.data_type == TensorProto.FLOAT and len(init.dims) >= 2 and init.dims[0] >= min_rows \
                and int(np.prod(init.dims)) >= min_elements:
            q, scale = quantize_rows(numpy_helper.to_array(init))
            base = init.name
            keep += [numpy_helper.from_array(q, base + "__q"), numpy_helper.from_array(scale, base + "__scale"),
                     numpy_helper.from_array(np.zeros(len(scale), np.int8), base + "__zero")]
            nodes.append(helper.make_node("DequantizeLinear", [base + "__q", base + "__scale", base + "__zero"],
                                          [base], axis=0, name=base + "__dq"))
            n_q += 1
        else:
            keep.append(init)
    del g.initializer[:]
    g.initializer.extend(keep)
    all_nodes = nodes + list(g.node)
    del g.node[:]
    g.node.extend(all_nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return {"quantized": n_q}
