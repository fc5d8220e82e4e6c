"""Export the CLIP towers, the DCGAN generator and the depth estimator to public/models/toon-mini (Hugging Face
layout, opset 17) as the suite part `core`; the LDM exports its own part (python3 -m training.ldm.export).

python3 -m training.suite.export_core --clip DIR --gan DIR --depth DIR [--out public/models/toon-mini]
    [--fixtures test/fixtures/toon-mini] [--dtype int8|fp16|fp32] [--note "smoke weights: ..."]
    [--model-note text_encoder="..." ...]

Writes tokenizer/, text_encoder/, vision_encoder/, gan_generator/, depth_estimator/
(onnx/model.onnx + config.json each), suite.parts/core.json, and PyTorch parity fixtures that
test/unit/toon-mini/onnx-parity.test.ts runs through onnxruntime-node.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

from training.clip.export import export_text, export_vision
from training.clip.io import load_clip
from training.common.checkpoint import load_resume
from training.common.export import copy_tokenizer, file_entry, write_json
from training.common.tokenizer import WordPieceTokenizer
from training.depth.export import export_depth
from training.gan.export import export_gan


def export_all(clip_dir: Path, gan_dir: Path, depth_dir: Path, suite: Path, fixtures: Path | None,
               dtype: str = "int8", note: str = "", model_notes: dict | None = None) -> dict:
    gen = torch.Generator().manual_seed(0)
    clip, _ = load_clip(clip_dir)
    clip.eval()
    tok_files = copy_tokenizer(clip_dir / "tokenizer", suite)
    tok = WordPieceTokenizer.from_file(str(suite / "tokenizer"))
    gan_ckpt, depth_ckpt = load_resume(gan_dir, "best_generator.pt"), load_resume(depth_dir, "depth.pt")
    models = [{"id": "tokenizer", "title": "WordPiece tokenizer (Korean + English)", "task": "text",
               "files": [file_entry(p, suite) for p in tok_files]},
              export_text(clip, tok, suite, fixtures, dtype, note),
              export_vision(clip, suite, fixtures, dtype, note, gen),
              export_gan(gan_ckpt, suite, fixtures, dtype, note, gen),
              export_depth(depth_ckpt, suite, fixtures, dtype, note, gen)]
    for m in models:
        # a model trained further than the rest (CLIP on its own) gets its own note
        text = (model_notes or {}).get(m["id"], note)
        if text:
            m["notes"] = text
    part = {"suite": "toon-mini", "part": "core", "models": models}
    write_json(suite / "suite.parts" / "core.json", part)
    return part


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clip", type=Path, required=True)
    ap.add_argument("--gan", type=Path, required=True)
    ap.add_argument("--depth", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("public/models/toon-mini"))
    ap.add_argument("--fixtures", type=Path, default=Path("test/fixtures/toon-mini"))
    ap.add_argument("--no-fixtures", action="store_true")
    ap.add_argument("--dtype", default="int8", choices=["int8", "fp16", "fp32"])
    ap.add_argument("--note", default="", help="e.g. 'smoke weights: not trained to quality'")
    ap.add_argument("--model-note", action="append", default=[], metavar="ID=TEXT",
                    help="notes for one model id (repeatable); overrides --note for it")
    a = ap.parse_args(argv)
    model_notes = {}
    for item in a.model_note:
        mid, sep, text = item.partition("=")
        if not sep:
            ap.error(f"--model-note needs ID=TEXT, got {item!r}")
        model_notes[mid] = text
    part = export_all(a.clip, a.gan, a.depth, a.out, None if a.no_fixtures else a.fixtures, a.dtype, a.note,
                      model_notes)
    for m in part["models"]:
        for f in m["files"]:
            print(f"{f['path']}: {(a.out / f['path']).stat().st_size} bytes {f.get('dtype', '')}")
    return part


if __name__ == "__main__":
    main(sys.argv[1:])
