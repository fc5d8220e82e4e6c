"""Export PART A's models to public/models/toon-mini (Hugging Face layout, opset 17).

python3 training/export_toon_mini.py --clip DIR --gan DIR --depth DIR [--out public/models/toon-mini]
    [--fixtures test/fixtures/toon-mini] [--dtype int8|fp16|fp32] [--note "smoke weights: ..."]
    [--model-note text_encoder="..." ...]

Writes tokenizer/, text_encoder/, vision_encoder/, gan_generator/, depth_estimator/
(onnx/model.onnx + config.json each), suite.parts/core.json, and PyTorch parity fixtures that
test/unit/toon-mini-parity.test.ts runs through onnxruntime-node.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

from toon.clip_io import load_clip
from toon.depth_model import DepthConfig, DepthNet
from toon.export_core import (TOLERANCE, TextEncoderExport, compress, copy_tokenizer, dynamic, export, file_entry,
                              onnx_path, rand_pixels, sample_ids, write_fixture, write_json)
from toon.gan import GanConfig, Generator
from toon.ldm_util import load_checkpoint, load_state
from toon.tokenizer import WordPieceTokenizer

FIXTURE_TEXTS = ["A dog is running next to a chair in the kitchen.", "부엌에서 개가 의자 옆을 달리고 있다."]
PIXELS = "RGB uint8 / 127.5 - 1, NCHW float32"


def export_text(clip, tok, suite, fixtures, dtype, note):
    path, tower = onnx_path(suite, "text_encoder"), TextEncoderExport(clip.text).eval()
    c = clip.config
    names = {"input_ids": ["batch", "sequence"], "last_hidden_state": ["batch", "sequence", c.text_dim],
             "pooler_output": ["batch", c.text_dim], "text_embeds": ["batch", c.embed_dim]}
    export(tower, (sample_ids(tok, FIXTURE_TEXTS, c.max_len),), path, ["input_ids"],
           ["last_hidden_state", "pooler_output", "text_embeds"], dynamic(names))
    dtype = compress(path, dtype)
    write_json(suite / "text_encoder" / "config.json", {
        "model_type": "bert", "architectures": ["ToonBertModel"], "vocab_size": c.vocab_size,
        "hidden_size": c.text_dim, "num_hidden_layers": c.text_layers, "num_attention_heads": c.text_heads,
        "intermediate_size": 4 * c.text_dim, "max_position_embeddings": c.max_len, "projection_dim": c.embed_dim,
        "pad_token_id": 0, "attention_mask": "derived in the graph: input_ids != 0",
        "outputs": {"last_hidden_state": "token states (UNet context)", "pooler_output": "tanh(W·h[CLS]): the "
                    "DCGAN's sentence vector", "text_embeds": "L2-normalised 512-d CLIP embedding"}})
    if fixtures:
        # 16 tokens (< max_len) exercises the dynamic sequence axis and padded positions
        write_fixture(fixtures / "text-encoder.json", "toon-mini/text_encoder/onnx/model.onnx", tower,
                      {"input_ids": sample_ids(tok, FIXTURE_TEXTS, 16)}, ["last_hidden_state", "pooler_output",
                      "text_embeds"], note, TOLERANCE["text_encoder"], {"texts": FIXTURE_TEXTS})
    return {"id": "text_encoder", "title": "Text tower (BERT, KO+EN WordPiece) with CLIP projection", "task": "text",
            "files": [file_entry(path, suite, dtype), file_entry(suite / "text_encoder" / "config.json", suite)]}


def export_vision(clip, suite, fixtures, dtype, note, gen):
    path, c = onnx_path(suite, "vision_encoder"), clip.config
    vision = clip.vision.eval()
    export(vision, (rand_pixels(gen, 2, 3, c.image_size, c.image_size),), path, ["pixel_values"], ["image_embeds"],
           dynamic({"pixel_values": ["batch"], "image_embeds": ["batch"]}))
    dtype = compress(path, dtype)
    write_json(suite / "vision_encoder" / "config.json", {
        "model_type": "vit", "image_size": c.image_size, "patch_size": c.patch, "hidden_size": c.vision_dim,
        "num_hidden_layers": c.vision_layers, "num_attention_heads": c.vision_heads, "projection_dim": c.embed_dim,
        "preprocess": PIXELS, "logit_scale": float(clip.logit_scale.exp()),
        "outputs": {"image_embeds": "L2-normalised 512-d CLIP embedding"}})
    if fixtures:
        write_fixture(fixtures / "vision-encoder.json", "toon-mini/vision_encoder/onnx/model.onnx", vision,
                      {"pixel_values": rand_pixels(gen, 1, 3, c.image_size, c.image_size)}, ["image_embeds"], note,
                      TOLERANCE["vision_encoder"])
    return {"id": "vision_encoder", "title": "Image tower (ViT 64 px) with CLIP projection", "task": "image",
            "files": [file_entry(path, suite, dtype), file_entry(suite / "vision_encoder" / "config.json", suite)]}


def export_gan(ckpt, suite, fixtures, dtype, note, gen):
    cfg = GanConfig(**ckpt["config"])
    g = Generator(cfg)
    load_state(g, ckpt["model"])
    g.eval()
    path = onnx_path(suite, "gan_generator")
    export(g, (torch.randn(2, cfg.sentence_dim, generator=gen), torch.randn(2, cfg.noise_dim, generator=gen)), path,
           ["sentence", "noise"], ["image"], dynamic({"sentence": ["batch"], "noise": ["batch"], "image": ["batch"]}))
    dtype = compress(path, dtype)
    write_json(suite / "gan_generator" / "config.json", {
        "model_type": "dcgan-cls", **cfg.to_dict(), "image_size": 64,
        "sentence": "text_encoder pooler_output", "noise": "standard normal", "output": "[-1,1] RGB, NCHW",
        "train_steps": ckpt["step"], "selected_by": ckpt.get("selected_by")})
    if fixtures:
        write_fixture(fixtures / "gan-generator.json", "toon-mini/gan_generator/onnx/model.onnx", g,
                      {"sentence": torch.randn(1, cfg.sentence_dim, generator=gen).tanh(),
                       "noise": torch.randn(1, cfg.noise_dim, generator=gen)}, ["image"], note, TOLERANCE["gan_generator"])
    return {"id": "gan_generator", "title": "Conditional DCGAN generator (GAN-CLS, 64 px)", "task": "gan",
            "files": [file_entry(path, suite, dtype), file_entry(suite / "gan_generator" / "config.json", suite)]}


def export_depth(ckpt, suite, fixtures, dtype, note, gen):
    net = DepthNet(DepthConfig.from_dict(ckpt["config"]))
    load_state(net, ckpt["ema"])
    net.eval()
    path, levels = onnx_path(suite, "depth_estimator"), len(net.config.channels) - 1
    export(net, (rand_pixels(gen, 1, 3, 64, 64),), path, ["pixel_values"], ["predicted_depth"],
           dynamic({"pixel_values": ["batch", 3, "height", "width"], "predicted_depth": ["batch", "height", "width"]}))
    dtype = compress(path, dtype)
    write_json(suite / "depth_estimator" / "config.json", {
        "model_type": "toon-depth-unet", "channels": list(net.config.channels), "trained_size": ckpt.get("size"),
        "size_multiple": 2 ** levels, "preprocess": PIXELS, "output": "[B,H,W] depth in [0,1], 1 = near",
        "train_steps": ckpt["step"], "weights": "ema"})
    if fixtures:
        write_fixture(fixtures / "depth-estimator.json", "toon-mini/depth_estimator/onnx/model.onnx", net,
                      {"pixel_values": rand_pixels(gen, 1, 3, 48, 64)}, ["predicted_depth"], note,
                      TOLERANCE["depth_estimator"])
    return {"id": "depth_estimator", "title": "Depth estimator (small UNet)", "task": "depth",
            "files": [file_entry(path, suite, dtype), file_entry(suite / "depth_estimator" / "config.json", suite)]}


def export_all(clip_dir: Path, gan_dir: Path, depth_dir: Path, suite: Path, fixtures: Path | None,
               dtype: str = "int8", note: str = "", model_notes: dict | None = None) -> dict:
    gen = torch.Generator().manual_seed(0)
    clip, _ = load_clip(clip_dir)
    clip.eval()
    tok_files = copy_tokenizer(clip_dir / "tokenizer", suite)
    tok = WordPieceTokenizer.from_file(str(suite / "tokenizer"))
    gan_ckpt, depth_ckpt = load_checkpoint(gan_dir / "best_generator.pt"), load_checkpoint(depth_dir / "depth.pt")
    if gan_ckpt is None or depth_ckpt is None:
        raise SystemExit(f"need {gan_dir}/best_generator.pt and {depth_dir}/depth.pt")
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
