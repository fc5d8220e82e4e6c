"""ONNX export of the depth estimator (its EMA weights) from depth.pt."""
from __future__ import annotations

from training.common.export import (PIXELS, TOLERANCE, compress, dynamic, export, file_entry, onnx_path, rand_pixels,
                                    write_fixture, write_json)
from training.common.checkpoint import Checkpoint, load_state
from training.depth.model import DepthConfig, DepthNet


def export_depth(ckpt: Checkpoint, suite, fixtures, dtype, note, gen):
    net = DepthNet(DepthConfig.from_dict(ckpt.config))
    load_state(net, ckpt.ema)
    net.eval()
    path, levels = onnx_path(suite, "depth_estimator"), len(net.config.channels) - 1
    export(net, (rand_pixels(gen, 1, 3, 64, 64),), path, ["pixel_values"], ["predicted_depth"],
           dynamic({"pixel_values": ["batch", 3, "height", "width"], "predicted_depth": ["batch", "height", "width"]}))
    dtype = compress(path, dtype)
    write_json(suite / "depth_estimator" / "config.json", {
        "model_type": "toon-depth-unet", "channels": list(net.config.channels), "trained_size": ckpt.meta.get("size"),
        "size_multiple": 2 ** levels, "preprocess": PIXELS, "output": "[B,H,W] depth in [0,1], 1 = near",
        "train_steps": ckpt.step, "weights": "ema"})
    if fixtures:
        write_fixture(fixtures / "depth-estimator.json", "toon-mini/depth_estimator/onnx/model.onnx", net,
                      {"pixel_values": rand_pixels(gen, 1, 3, 48, 64)}, ["predicted_depth"], note,
                      TOLERANCE["depth_estimator"])
    return {"id": "depth_estimator", "title": "Depth estimator (small UNet)", "task": "depth",
            "files": [file_entry(path, suite, dtype), file_entry(suite / "depth_estimator" / "config.json", suite)]}
