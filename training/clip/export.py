"""ONNX export of the CLIP towers: text_encoder (input_ids only: the mask is derived in the graph) and
vision_encoder, with config.json and parity fixtures."""
from __future__ import annotations

import torch
from torch import nn

from training.common.export import (PIXELS, TOLERANCE, compress, dynamic, export, file_entry, onnx_path, rand_pixels,
                                    sample_ids, write_fixture, write_json)

FIXTURE_TEXTS = ["A dog is running next to a chair in the kitchen.", "부엌에서 개가 의자 옆을 달리고 있다."]


class TextEncoderExport(nn.Module):
    def __init__(self, tower):
        super().__init__()
        self.tower = tower

    def forward(self, input_ids):
        return self.tower(input_ids)  # mask = input_ids != [PAD], as SD2's text_encoder takes input_ids alone


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
