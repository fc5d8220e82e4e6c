"""Transformer blocks with hand-written attention: torch 1.13 cannot export
nn.MultiheadAttention at opset 17 (aten::_native_multi_head_attention), this exports cleanly."""
from __future__ import annotations

import math
from typing import Optional

import torch
from torch import nn
import torch.nn.functional as F


class SelfAttention(nn.Module):
    def __init__(self, dim: int, heads: int, dropout: float = 0.0):
        super().__init__()
        if dim % heads:
            raise ValueError(f"dim {dim} is not divisible by heads {heads}")
        self.heads, self.head_dim = heads, dim // heads
        self.q, self.k, self.v, self.out = (nn.Linear(dim, dim) for _ in range(4))
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, bias: Optional[torch.Tensor] = None) -> torch.Tensor:
        """x [B,L,D]; bias [B,1,1,L] additive (0 keep, large negative drop)."""
        b, n, _ = x.shape
        split = lambda t: t.reshape(b, n, self.heads, self.head_dim).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(self.head_dim))
        if bias is not None:
            scores = scores + bias
        attn = self.drop(F.softmax(scores, dim=-1))
        y = torch.matmul(attn, v).transpose(1, 2).reshape(b, n, self.heads * self.head_dim)
        return self.out(y)


class FeedForward(nn.Sequential):
    def __init__(self, dim: int, mult: int = 4, dropout: float = 0.0):
        super().__init__(nn.Linear(dim, dim * mult), nn.GELU(), nn.Linear(dim * mult, dim), nn.Dropout(dropout))


class PostLNBlock(nn.Module):
    """BERT's layer: residual then LayerNorm."""

    def __init__(self, dim: int, heads: int, dropout: float):
        super().__init__()
        self.attn, self.ff = SelfAttention(dim, heads, dropout), FeedForward(dim, 4, dropout)
        self.ln1, self.ln2 = nn.LayerNorm(dim, eps=1e-12), nn.LayerNorm(dim, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias=None):
        x = self.ln1(x + self.drop(self.attn(x, bias)))
        return self.ln2(x + self.ff(x))


class PreLNBlock(nn.Module):
    """ViT's layer: LayerNorm then residual."""

    def __init__(self, dim: int, heads: int, dropout: float):
        super().__init__()
        self.attn, self.ff = SelfAttention(dim, heads, dropout), FeedForward(dim, 4, dropout)
        self.ln1, self.ln2 = nn.LayerNorm(dim, eps=1e-6), nn.LayerNorm(dim, eps=1e-6)

    def forward(self, x, bias=None):
        x = x + self.attn(self.ln1(x), bias)
        return x + self.ff(self.ln2(x))
