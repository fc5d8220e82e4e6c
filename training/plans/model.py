"""The scene planner: a dilated character CNN that tags each character (span type, kind, count, action, relation,
place, time, pronoun) and reads the line's setting and time of day. Small enough to plan a 64-line treatment on
WASM in well under a frame budget per line."""
from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F

from .config import PlannerConfig
from .features import N_CHO, N_CLASSES, N_JONG, N_JUNG
from .labels import COUNTS, GENDERS, RELATIONS, TIMES, LabelSpace


class ChannelNorm(nn.Module):
    """LayerNorm over channels of a [B, C, L] tensor, so the conv stack never transposes."""

    def __init__(self, dim: int):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(1, dim, 1))
        self.bias = nn.Parameter(torch.zeros(1, dim, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        mu = x.mean(1, keepdim=True)
        var = (x - mu).pow(2).mean(1, keepdim=True)
        return (x - mu) / torch.sqrt(var + 1e-5) * self.weight + self.bias


class Block(nn.Module):
    def __init__(self, dim: int, kernel: int, dilation: int, dropout: float):
        super().__init__()
        self.norm = ChannelNorm(dim)
        self.conv = nn.Conv1d(dim, dim, kernel, padding=dilation * (kernel // 2), dilation=dilation)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """x [B, C, L], mask [B, 1, L]. Padding stays zero into the conv, as at a line's ends, so a line reads the
        same alone or padded in a batch (and no gradient reaches the norm of an all-zero column). SiLU, not GELU:
        Debian torch 1.13's erf-GELU backward returns garbage on some of these tensors."""
        return (x + self.drop(F.silu(self.conv(self.norm(x) * mask)))) * mask


class ScenePlanner(nn.Module):
    def __init__(self, cfg: PlannerConfig, labels: LabelSpace, vocab_size: int):
        super().__init__()
        d = cfg.dim
        self.char = nn.Embedding(vocab_size, d, padding_idx=0)
        self.cho = nn.Embedding(N_CHO, d, padding_idx=0)
        self.jung = nn.Embedding(N_JUNG, d, padding_idx=0)
        self.jong = nn.Embedding(N_JONG, d, padding_idx=0)
        self.cls = nn.Embedding(N_CLASSES, d, padding_idx=0)
        self.blocks = nn.ModuleList([Block(d, cfg.kernel, cfg.dilations[i % len(cfg.dilations)], cfg.dropout)
                                     for i in range(cfg.layers)])
        self.context = nn.Linear(2 * d, d)
        self.final = Block(d, cfg.kernel, 1, cfg.dropout)
        self.norm = nn.LayerNorm(d)
        ns = len(labels.settings)
        self.heads = nn.ModuleDict({
            "bio": nn.Linear(d, labels.n_bio), "kind": nn.Linear(d, len(labels.kinds)), "count": nn.Linear(d, len(COUNTS)),
            "action": nn.Linear(d, len(labels.actions)), "rel": nn.Linear(d, len(RELATIONS)),
            "place": nn.Linear(d, ns + 1), "time_tok": nn.Linear(d, len(TIMES)), "pron": nn.Linear(d, len(GENDERS)),
        })
        self.sentence = nn.Sequential(nn.Linear(2 * d, d), nn.SiLU(), nn.Dropout(cfg.dropout))
        self.setting = nn.Linear(d, ns + 1)
        self.time = nn.Linear(d, len(TIMES) + 1)

    @staticmethod
    def pooled(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Masked mean and max over the characters of x [B, C, L] → [B, 2C]."""
        n = mask.sum(2).clamp(min=1.0)
        mean = x.sum(2) / n
        mx = (x + (mask - 1.0) * 1e4).max(2).values
        return torch.cat([mean, mx], dim=-1)

    def forward(self, feats: torch.Tensor) -> dict:
        mask = (feats[..., 4] > 0).unsqueeze(1).to(torch.float32)
        x = (self.char(feats[..., 0]) + self.cho(feats[..., 1]) + self.jung(feats[..., 2]) + self.jong(feats[..., 3])
             + self.cls(feats[..., 4])).transpose(1, 2) * mask
        for b in self.blocks:
            x = b(x, mask)
        # the whole line, added back at every character: a count or a name reads better knowing the sentence
        x = self.final(x + self.context(self.pooled(x, mask)).unsqueeze(2) * mask, mask)
        pooled = self.pooled(x, mask)
        x = self.norm(x.transpose(1, 2))
        out = {k: h(x) for k, h in self.heads.items()}
        s = self.sentence(pooled)
        out["setting"] = self.setting(s)
        out["time"] = self.time(s)
        return out


class ExportedPlanner(nn.Module):
    """ONNX face: int64 features [B, L, 5] → probabilities (softmax over the last axis of each head)."""

    def __init__(self, planner: ScenePlanner):
        super().__init__()
        self.planner = planner

    def forward(self, feats: torch.Tensor):
        out = self.planner(feats)
        return tuple(F.softmax(out[k], dim=-1) for k in OUTPUT_NAMES)


OUTPUT_NAMES = ("bio", "kind", "count", "action", "rel", "place", "time_tok", "pron", "setting", "time")
