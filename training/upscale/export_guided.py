"""Export the guided upscaler: public/models/toon-mini/upscaler_guided/{onnx/model.onnx, config.json}, its suite.parts
entry, a PyTorch parity fixture, and the edge-guide fixture that keeps the app's guide (src/core/models/upscale-guide.ts)
equal to training's (guide.py).

python3 -m training.upscale.export_guided [--checkpoint training/checkpoints/upscale-guided/guided.pt]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from ..common.checkpoint import Checkpoint, load_state
from ..common.export import compress, file_entry, write_fixture, write_json
from ..common.onnx_io import export, tensor_fixture
from .config import UpscaleConfig
from .export import FIXTURE_SIZE, MAX_BYTES, parity_input
from .guide import edge_guide
from .model import ExportedGuidedUpscaler, GuidedUpscaler

FIXTURE = Path("test/fixtures/toon-mini/upscaler_guided.json")
GUIDE_FIXTURE = Path("test/fixtures/toon-mini/upscale-guide.json")


def guide_input(size: int) -> torch.Tensor:
    """A drawing's edges at the output size: the parity input upscaled by nearest neighbour (hard steps)."""
    big = torch.nn.functional.interpolate(parity_input(), size=(size, size), mode="nearest")
    return edge_guide(big)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", default="training/checkpoints/upscale-guided/guided.pt")
    p.add_argument("--suite", default="public/models/toon-mini")
    p.add_argument("--dtype", default="fp16", choices=["fp32", "fp16"])
    p.add_argument("--fixture", default=str(FIXTURE))
    p.add_argument("--guide-fixture", default=str(GUIDE_FIXTURE))
    args = p.parse_args(argv)
    ck = Checkpoint.load(Path(args.checkpoint))
    if ck is None:
        raise SystemExit(f"no checkpoint at {args.checkpoint}")
    cfg = UpscaleConfig.from_dict(ck.config)
    net = GuidedUpscaler(cfg)
    load_state(net, ck.ema if ck.ema is not None else ck.weights)
    module = ExportedGuidedUpscaler(net).eval()
    suite = Path(args.suite)
    out = suite / "upscaler_guided"
    onnx_path = out / "onnx" / "model.onnx"
    x, g = parity_input(), guide_input(FIXTURE_SIZE * cfg.factor)
    export(module, (x, g), onnx_path, ["image", "guide"], ["upscaled"],
           {"image": {0: "batch", 2: "height", 3: "width"}, "guide": {0: "batch", 2: "out_height", 3: "out_width"},
            "upscaled": {0: "batch", 2: "out_height", 3: "out_width"}})
    dtype = compress(onnx_path, args.dtype)
    if onnx_path.stat().st_size > MAX_BYTES:
        raise SystemExit(f"{onnx_path} is {onnx_path.stat().st_size} bytes, over the upscaler's 3 MB")
    if dtype == "fp16":
        net.load_state_dict({k: v.half().float() if v.is_floating_point() else v for k, v in net.state_dict().items()})
    write_fixture(Path(args.fixture), "toon-mini/upscaler_guided/onnx/model.onnx", module, {"image": x, "guide": g},
                  ["upscaled"], f"guided toon upscaler: parity_input() and its edge guide, {FIXTURE_SIZE} px → ×{cfg.factor}", 2e-3)
    # the guide maths alone: an RGB image (0..1, NCHW) and its edge map, for the app's implementation
    # bytes, as the app's canvases hold them, so both sides read the same image
    img = (torch.nn.functional.interpolate(parity_input(), size=(24, 24), mode="nearest") * 255).round() / 255
    js_img, _ = tensor_fixture(img)
    Path(args.guide_fixture).write_text(json.dumps({"note": "training/upscale/guide.py edge_guide on this image",
                                                   "image": js_img, "guide": tensor_fixture(edge_guide(img), 6)[0]}) + "\n")
    write_json(out / "config.json", {
        "model_type": "toon-upscaler-guided", "factor": cfg.factor, "input_size": 128, "output_size": 128 * cfg.factor,
        "pixels": "image: RGB in [0, 1], NCHW float32; guide: [N,1,H·f,W·f] edge map (training/upscale/guide.py) of the "
                  "panel's composed drawing at the output size, zeros for none; output clamped",
        "step": ck.step, "base_step": ck.meta.get("base_step"), "config": cfg.to_dict(),
        "parameters": sum(q.numel() for q in net.parameters())})
    entry = {"id": "upscaler_guided", "title": f"Guided toon upscaler (×{cfg.factor}, reads the composed drawing's edges)",
             "task": "image", "files": [file_entry(onnx_path, suite, dtype), file_entry(out / "config.json", suite)],
             "notes": f"the upscaler (step {ck.meta.get('base_step')}) + an edge-guided head, step {ck.step}"}
    # the app warms each session up on zeros: the guide must be factor × the image there too
    for spec in entry["files"][0]["inputs"]:
        spec["warmup"] = [1, 3, 8, 8] if spec["name"] == "image" else [1, 1, 8 * cfg.factor, 8 * cfg.factor]
    write_json(suite / "suite.parts" / "upscaler_guided.json", {"models": [entry]})
    print(f"exported {onnx_path} ({onnx_path.stat().st_size} bytes, {dtype}), step {ck.step}")


if __name__ == "__main__":
    main()
