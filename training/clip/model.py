"""Dual encoder: a small BERT text tower and a ViT image tower, each with a 512-d projection."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import torch
from torch import nn
import torch.nn.functional as F

from training.common.config import Config
from training.common.layers import PostLNBlock, PreLNBlock


@dataclass
class ClipConfig(Config):
    vocab_size: int = 6000
    max_len: int = 48
    text_dim: int = 256
    text_layers: int = 4
    text_heads: int = 4
    image_size: int = 64
    patch: int = 8
    vision_dim: int = 256
    vision_layers: int = 6
    vision_heads: int = 4
    embed_dim: int = 512
    dropout: float = 0.1


class TextTower(nn.Module):
    """BERT: token + position embeddings, post-LN layers, tanh pooler over [CLS], projection."""

    def __init__(self, c: ClipConfig):
        super().__init__()
        self.tok = nn.Embedding(c.vocab_size, c.text_dim, padding_idx=0)
        self.pos = nn.Embedding(c.max_len, c.text_dim)
        self.ln = nn.LayerNorm(c.text_dim, eps=1e-12)
        self.drop = nn.Dropout(c.dropout)
        self.layers = nn.ModuleList(PostLNBlock(c.text_dim, c.text_heads, c.dropout) for _ in range(c.text_layers))
        self.pooler = nn.Linear(c.text_dim, c.text_dim)
        self.proj = nn.Linear(c.text_dim, c.embed_dim, bias=False)

    def forward(self, input_ids: torch.Tensor, attention_mask: Optional[torch.Tensor] = None):
        """→ last_hidden_state [B,L,D], pooler_output [B,D], text_embeds [B,E] (L2-normalised).
        Without a mask, [PAD]=0 positions are masked: SD2's text_encoder interface takes input_ids alone."""
        if attention_mask is None:
            attention_mask = (input_ids != 0).to(torch.int64)
        n = input_ids.shape[1]
        positions = torch.arange(n, device=input_ids.device).unsqueeze(0)
        x = self.drop(self.ln(self.tok(input_ids) + self.pos(positions)))
        # -1e4 rather than -inf: stays finite under fp16/bf16 and rows never become all-masked NaN.
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        pooled = torch.tanh(self.pooler(x[:, 0]))
        return x, pooled, F.normalize(self.proj(pooled), dim=-1)


class VisionTower(nn.Module):
    """ViT: 8 px patches, [CLS] token, pre-LN layers, final LayerNorm, projection."""

    def __init__(self, c: ClipConfig):
        super().__init__()
        self.patchify = nn.Conv2d(3, c.vision_dim, c.patch, c.patch)
        n = (c.image_size // c.patch) ** 2
        self.cls = nn.Parameter(torch.zeros(1, 1, c.vision_dim))
        self.pos = nn.Parameter(torch.randn(1, n + 1, c.vision_dim) * 0.02)
        self.layers = nn.ModuleList(PreLNBlock(c.vision_dim, c.vision_heads, c.dropout) for _ in range(c.vision_layers))
        self.ln = nn.LayerNorm(c.vision_dim, eps=1e-6)
        self.proj = nn.Linear(c.vision_dim, c.embed_dim, bias=False)

    def features(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """[CLS] state after the final LayerNorm [B,D] (also the GAN metric's feature space)."""
        x = self.patchify(pixel_values).flatten(2).transpose(1, 2)
        x = torch.cat([self.cls.expand(x.shape[0], -1, -1), x], dim=1) + self.pos
        for layer in self.layers:
            x = layer(x)
        return self.ln(x[:, 0])

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """pixel_values [B,3,64,64] in [-1,1] → image_embeds [B,E] (L2-normalised)."""
        return F.normalize(self.proj(self.features(pixel_values)), dim=-1)


class Clip(nn.Module):
    def __init__(self, c: ClipConfig):
        super().__init__()
        self.config = c
        self.text, self.vision = TextTower(c), VisionTower(c)
        self.logit_scale = nn.Parameter(torch.tensor(math.log(1 / 0.07)))

    def logits(self, input_ids, attention_mask, pixel_values) -> torch.Tensor:
        """text × image similarity logits [B,B] (row i = caption i)."""
        t = self.text(input_ids, attention_mask)[2]
        v = self.vision(pixel_values)
        return self.logit_scale.clamp(max=math.log(100.0)).exp() * t @ v.t()


def clip_loss(logits: torch.Tensor):
    """Symmetric cross-entropy; accuracy = mean of argmax matches in both directions (the thesis's)."""
    target = torch.arange(logits.shape[0], device=logits.device)
    loss = 0.5 * (F.cross_entropy(logits, target) + F.cross_entropy(logits.t(), target))
    acc = 0.5 * ((logits.argmax(1) == target).float().mean() + (logits.argmax(0) == target).float().mean())
    return loss, acc
