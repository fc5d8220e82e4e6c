"""What every model's ONNX export shares: Hugging Face layout paths, weight compression, PyTorch parity fixtures,
suite.parts entries."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import torch

from training.common.checkpoint import MAX_FILE_BYTES
from training.common.onnx_int8 import int8_weights
from training.common.onnx_io import export, fp16_weights, io_specs, tensor_fixture

# cosine ≥ 0.99 is the bound; max_abs is per model, set from the measured int8 error plus margin
TOLERANCE = {"text_encoder": 0.05, "vision_encoder": 0.02, "gan_generator": 0.05, "depth_estimator": 0.02}


def compress(path: Path, dtype: str) -> str:
    if dtype == "int8":
        int8_weights(path)
    elif dtype == "fp16":
        fp16_weights(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SystemExit(f"{path} is {path.stat().st_size} bytes, over 16 MiB: use --dtype int8 or shrink the model")
    return dtype


def write_fixture(path: Path, model_path: str, module, inputs: dict, outputs: list, note: str, max_abs: float,
                  extra: dict | None = None) -> dict:
    """Rounded inputs + PyTorch fp32 outputs computed from exactly those rounded inputs."""
    js, tensors = {}, []
    for name, value in inputs.items():
        js[name], t = tensor_fixture(value)
        tensors.append(t)
    with torch.no_grad():
        out = module(*tensors)
    out = out if isinstance(out, tuple) else (out,)
    fx = {"model": model_path, "note": note, "tolerance": {"cosine": 0.99, "max_abs": max_abs}, **(extra or {}),
          "inputs": js, "outputs": {n: tensor_fixture(o, 6)[0] for n, o in zip(outputs, out)}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(fx) + "\n")
    return fx


def write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def file_entry(path: Path, suite: Path, dtype: str | None = None) -> dict:
    """A suite.json declaration entry: path relative to the suite folder; npm run manifest adds bytes + sha256."""
    entry = {"path": path.relative_to(suite).as_posix()}
    if dtype:
        inputs, outputs = io_specs(path)
        entry.update(dtype=dtype, inputs=inputs, outputs=outputs)
    return entry


def copy_tokenizer(src: Path, suite: Path) -> list:
    dst = suite / "tokenizer"
    dst.mkdir(parents=True, exist_ok=True)
    files = []
    for name in ("tokenizer.json", "tokenizer_config.json"):
        if not (src / name).exists():
            raise SystemExit(f"{src / name} missing (clip/train.py writes OUT/tokenizer/)")
        shutil.copyfile(src / name, dst / name)
        files.append(dst / name)
    return files


def onnx_path(suite: Path, model_id: str) -> Path:
    return suite / model_id / "onnx" / "model.onnx"


def dynamic(names: dict) -> dict:
    return {k: {i: n for i, n in enumerate(v) if isinstance(n, str)} for k, v in names.items()}


def sample_ids(tok, texts, length: int) -> torch.Tensor:
    return torch.tensor([tok.encode_padded(t, length)[0] for t in texts], dtype=torch.int64)


def rand_pixels(gen: torch.Generator, *shape) -> torch.Tensor:
    return torch.rand(*shape, generator=gen) * 2 - 1


PIXELS = "RGB uint8 / 127.5 - 1, NCHW float32"
