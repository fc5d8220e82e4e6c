"""ONNX export helpers that work on torch 1.13 (Debian, CPU) and torch 2.x (GPU machine)."""
from __future__ import annotations

import hashlib
import inspect
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from training.common.onnx_initializers import rewrite_float_initializers

ONNX_TYPES = {TensorProto.FLOAT: "float32", TensorProto.FLOAT16: "float16", TensorProto.INT64: "int64",
              TensorProto.INT32: "int32", TensorProto.UINT8: "uint8", TensorProto.INT8: "int8"}


def export(module: torch.nn.Module, args: tuple, path: Path, input_names: list, output_names: list,
           dynamic_axes: dict, opset: int = 17) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kwargs = dict(input_names=input_names, output_names=output_names, dynamic_axes=dynamic_axes,
                  opset_version=opset, do_constant_folding=True)
    if "dynamo" in inspect.signature(torch.onnx.export).parameters:
        kwargs["dynamo"] = False  # torch 2.x: the TorchScript exporter handles our dynamic axes and opset 17
    module.eval()
    with torch.no_grad():
        torch.onnx.export(module, args, str(path), **kwargs)
    onnx.checker.check_model(onnx.load(str(path)))


def fp16_weights(path: Path, min_elements: int = 256) -> None:
    """Store float initializers as fp16, cast back to fp32 inside the graph: half the bytes,
    fp32 arithmetic, so WASM and WebGPU (with or without shader-f16) run the same graph."""

    def swap(init):
        if int(np.prod(init.dims)) < min_elements:
            return None
        src = numpy_helper.to_array(init)
        if np.abs(src).max(initial=0) > 60000:
            raise ValueError(f"{init.name}: weights beyond the fp16 range; export with fp32 weights")
        stored = numpy_helper.from_array(src.astype(np.float16), init.name + "__fp16")
        return [stored], helper.make_node("Cast", [init.name + "__fp16"], [init.name], to=TensorProto.FLOAT,
                                          name=init.name + "__cast")

    rewrite_float_initializers(path, swap)


def io_specs(path: Path) -> tuple[list, list]:
    """Input/output names, shapes (symbolic dims as strings) and types, as the manifest wants them."""
    model = onnx.load(str(path))

    def spec(v):
        dims = [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]
        return {"name": v.name, "shape": dims, "type": ONNX_TYPES[v.type.tensor_type.elem_type]}

    inits = {i.name for i in model.graph.initializer}
    return [spec(v) for v in model.graph.input if v.name not in inits], [spec(v) for v in model.graph.output]


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tensor_fixture(x: torch.Tensor | np.ndarray, decimals: int = 4) -> tuple[dict, torch.Tensor]:
    """JSON tensor {type, dims, data} with short decimals, and the exact tensor those decimals denote
    (PyTorch must run on what the JS side will read back, not on the unrounded values)."""
    arr = x.detach().cpu().numpy() if isinstance(x, torch.Tensor) else np.asarray(x)
    if arr.dtype.kind in "iu":
        return {"type": "int64", "dims": list(arr.shape), "data": arr.astype(np.int64).ravel().tolist()}, \
            torch.from_numpy(arr.astype(np.int64))
    rounded = np.round(arr.astype(np.float64), decimals)
    return {"type": "float32", "dims": list(arr.shape), "data": rounded.ravel().tolist()}, \
        torch.from_numpy(rounded.astype(np.float32))
