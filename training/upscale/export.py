"""Export the toon upscaler: public/models/toon-mini/upscaler/{onnx/model.onnx, config.json}, its suite.parts entry
and a PyTorch parity fixture (a small seeded image and the upscaler's output on it).

python3 -m training.upscale.export [--checkpoint training/checkpoints/upscale/upscaler.pt] [--suite public/models/toon-mini]
The EMA weights are exported (what eval.py measures); fp16-stored weights, fp32 arithmetic, like the suite's others.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import torch

from ..common.checkpoint import Checkpoint, load_state
from ..common.export import compress, file_entry, write_fixture, write_json
from ..common.onnx_io import export
from .config import UpscaleConfig
from .model import ExportedUpscaler, ToonUpscaler

FIXTURE = Path("test/fixtures/toon-mini/upscaler.json")
MAX_BYTES = 3 * 1024 * 1024  # the bound for the upscaler file
FIXTURE_SIZE = 12  # a 12×12 input → 48×48: small enough for a JSON fixture, big enough to cross the padding


def parity_input(size: int = FIXTURE_SIZE) -> torch.Tensor:
    """Flat fills, a hard diagonal edge, a 1-px line and seeded noise: what the net sees in a panel."""
    gen = torch.Generator().manual_seed(7)
    y, x = torch.meshgrid(torch.arange(size), torch.arange(size), indexing="ij")
    img = torch.stack([(x > y).float(), 0.2 + 0.6 * (x % 4 == 0).float(), 0.5 + 0.0 * x], 0)
    img = (0.85 * img + 0.15 * torch.rand(3, size, size, generator=gen)).clamp(0, 1)
    return img[None]


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", default="training/checkpoints/upscale/upscaler.pt")
    p.add_argument("--suite", default="public/models/toon-mini")
    p.add_argument("--dtype", default="fp16", choices=["fp32", "fp16"])
    p.add_argument("--fixture", default=str(FIXTURE), help="where the parity fixture goes (tests use a temp file)")
    args = p.parse_args(argv)
    ck = Checkpoint.load(Path(args.checkpoint))
    if ck is None:
        raise SystemExit(f"no checkpoint at {args.checkpoint}")
    cfg = UpscaleConfig.from_dict(ck.config)
    net = ToonUpscaler(cfg)
    load_state(net, ck.ema if ck.ema is not None else ck.weights)
    module = ExportedUpscaler(net).eval()
    suite = Path(args.suite)
    out = suite / "upscaler"
    onnx_path = out / "onnx" / "model.onnx"
    x = parity_input()
    export(module, (x,), onnx_path, ["image"], ["upscaled"],
           {"image": {0: "batch", 2: "height", 3: "width"}, "upscaled": {0: "batch", 2: "out_height", 3: "out_width"}})
    dtype = compress(onnx_path, args.dtype)
    if onnx_path.stat().st_size > MAX_BYTES:
        raise SystemExit(f"{onnx_path} is {onnx_path.stat().st_size} bytes, over the upscaler's 3 MB")
    if dtype == "fp16":  # the fixture's outputs come from the weights as the ONNX file stores them
        net.load_state_dict({k: v.half().float() if v.is_floating_point() else v for k, v in net.state_dict().items()})
    write_fixture(Path(args.fixture), "toon-mini/upscaler/onnx/model.onnx", module, {"image": x}, ["upscaled"],
                  f"toon upscaler: parity_input() (training/upscale/export.py), {FIXTURE_SIZE} px → ×{cfg.factor}", 2e-3)
    write_json(out / "config.json", {
        "model_type": "toon-upscaler", "factor": cfg.factor, "input_size": 128, "output_size": 128 * cfg.factor,
        "pixels": "RGB in [0, 1], NCHW float32, in and out (the output is clamped)", "step": ck.step,
        "config": cfg.to_dict(), "parameters": sum(q.numel() for q in net.parameters())})
    entry = {"id": "upscaler", "title": f"Toon upscaler (compact conv net + pixel shuffle, ×{cfg.factor}): 128 → {128 * cfg.factor} px panels",
             "task": "image", "files": [file_entry(onnx_path, suite, dtype), file_entry(out / "config.json", suite)],
             "notes": f"trained on exact ToonScenes pairs (npm run upscale:pairs), step {ck.step}; not yet wired into the studio"}
    write_json(suite / "suite.parts" / "upscaler.json", {"models": [entry]})
    print(f"exported {onnx_path} ({onnx_path.stat().st_size} bytes, {dtype}), step {ck.step}")


if __name__ == "__main__":
    main()
