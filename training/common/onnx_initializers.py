"""Shared by the weight compressors (fp16 in onnx_io, int8 in onnx_int8): swap big float initializers
for a stored form plus one node that rebuilds the fp32 tensor at the head of the graph."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import onnx
from onnx import TensorProto

# (stored initializers, node whose output is the original initializer's name), or None to keep it as is
Swap = Optional[tuple[list, onnx.NodeProto]]


def rewrite_float_initializers(path: Path, swap: Callable[[onnx.TensorProto], Swap]) -> int:
    """Rewrite the model at `path` in place; `swap` sees each float initializer. Returns how many were swapped."""
    model = onnx.load(str(path))
    g = model.graph
    keep, nodes = [], []
    for init in g.initializer:
        swapped = swap(init) if init.data_type == TensorProto.FLOAT else None
        if swapped is None:
            keep.append(init)
        else:
            keep += swapped[0]
            nodes.append(swapped[1])
    del g.initializer[:]
    g.initializer.extend(keep)
    all_nodes = nodes + list(g.node)  # the rebuild nodes first, so every consumer sees its fp32 input
    del g.node[:]
    g.node.extend(all_nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return len(nodes)
