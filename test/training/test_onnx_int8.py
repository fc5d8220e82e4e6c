"""Weight-only int8 (toon/onnx_int8.py): many-row weights get per-row DequantizeLinear; one-row tensors such as a
ViT's [1,N,D] positional embedding stay fp32 (onnxruntime-web 1.30's WebGPU per-tensor DequantizeLinear is wrong)."""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from training.common.onnx_int8 import int8_weights


def _model(path):
    rng = np.random.default_rng(0)
    pos = rng.standard_normal((1, 65, 256)).astype(np.float32)
    w = rng.standard_normal((256, 64)).astype(np.float32)
    nodes = [helper.make_node("Add", ["x", "pos"], ["h"]), helper.make_node("MatMul", ["h", "w"], ["y"])]
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 65, 256])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 65, 64])],
                          [numpy_helper.from_array(pos, "pos"), numpy_helper.from_array(w, "w")])
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    return pos, w


def test_one_row_tensors_stay_fp32(tmp_path):
    path = tmp_path / "m.onnx"
    pos, w = _model(path)
    assert int8_weights(path) == {"quantized": 1}
    m = onnx.load(str(path))
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    dq = [n for n in m.graph.node if n.op_type == "DequantizeLinear"]
    assert [n.output[0] for n in dq] == ["w"] and inits["w__scale"].shape == (256,)
    np.testing.assert_array_equal(inits["pos"], pos)
    assert np.abs(inits["w__q"] * inits["w__scale"][:, None] - w).max() <= inits["w__scale"].max() / 2 + 1e-7
