"""Depth-conditioned latent UNet with the Stable Diffusion 2 depth interface.

forward(sample [B,5,h,w] = 4 scaled latents + 1 depth in [-1,1], timestep [B], encoder_hidden_states
[B,L,D]) -> [B,4,h,w]. The art style rides inside encoder_hidden_states as one extra row (a learned
style embedding appended after the L text token states), so the ONNX interface stays SD2's.
Attention is hand-written: torch 1.13 cannot export nn.MultiheadAttention at opset 17.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from training.common.config import Config
from torch import nn
import torch.nn.functional as F

STYLES = ("ink", "pastel", "screentone", "manga")


@dataclass
class UnetConfig(Config):
    context_dim: int = 256            # width of the text tower's token states
    channels: tuple = (64, 128, 192)  # per level; level 0 runs at latent resolution
    attention_levels: tuple = (False, True, True)
    head_dim: int = 32
    groups: int = 32
    n_styles: int = len(STYLES)       # style row n_styles is the null style (CFG / unknown)



def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32, device=t.device) / half)
    args = t.float()[:, None] * freqs[None, :]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=1)


class ResBlock(nn.Module):
    def __init__(self, c_in: int, c_out: int, t_dim: int, groups: int):
        super().__init__()
        self.n1, self.c1 = nn.GroupNorm(groups, c_in), nn.Conv2d(c_in, c_out, 3, padding=1)
        self.t = nn.Linear(t_dim, c_out)
        self.n2, self.c2 = nn.GroupNorm(groups, c_out), nn.Conv2d(c_out, c_out, 3, padding=1)
        self.skip = nn.Conv2d(c_in, c_out, 1) if c_in != c_out else nn.Identity()

    def forward(self, x: torch.Tensor, temb: torch.Tensor) -> torch.Tensor:
        h = self.c1(F.silu(self.n1(x)))
        h = h + self.t(F.silu(temb))[:, :, None, None]
        h = self.c2(F.silu(self.n2(h)))
        return self.skip(x) + h


class Attention(nn.Module):
    """Scaled dot-product attention from q/k/v Linear layers (exports cleanly at opset 17)."""

    def __init__(self, dim: int, context_dim: int, head_dim: int):
        super().__init__()
        self.heads, self.head_dim = max(dim // head_dim, 1), head_dim
        inner = self.heads * head_dim
        self.q = nn.Linear(dim, inner, bias=False)
        self.k = nn.Linear(context_dim, inner, bias=False)
        self.v = nn.Linear(context_dim, inner, bias=False)
        self.out = nn.Linear(inner, dim)

    def forward(self, x: torch.Tensor, context: torch.Tensor) -> torch.Tensor:
        b, n, _ = x.shape
        m = context.shape[1]
        q = self.q(x).reshape(b, n, self.heads, self.head_dim).transpose(1, 2)
        k = self.k(context).reshape(b, m, self.heads, self.head_dim).transpose(1, 2)
        v = self.v(context).reshape(b, m, self.heads, self.head_dim).transpose(1, 2)
        w = torch.softmax(torch.matmul(q, k.transpose(2, 3)) * (self.head_dim ** -0.5), dim=-1)
        h = torch.matmul(w, v).transpose(1, 2).reshape(b, n, self.heads * self.head_dim)
        return self.out(h)


class TransformerBlock(nn.Module):
    """Self-attention, cross-attention to the text+style context, GELU feed-forward."""

    def __init__(self, dim: int, context_dim: int, head_dim: int, groups: int):
        super().__init__()
        self.norm_in = nn.GroupNorm(groups, dim)
        self.proj_in = nn.Linear(dim, dim)
        self.n1, self.self_attn = nn.LayerNorm(dim), Attention(dim, dim, head_dim)
        self.n2, self.cross_attn = nn.LayerNorm(dim), Attention(dim, context_dim, head_dim)
        self.n3 = nn.LayerNorm(dim)
        self.ff = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))
        self.proj_out = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor, context: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        t = self.proj_in(self.norm_in(x).reshape(b, c, h * w).transpose(1, 2))
        y = self.n1(t)
        t = t + self.self_attn(y, y)
        t = t + self.cross_attn(self.n2(t), context)
        t = t + self.ff(self.n3(t))
        return x + self.proj_out(t).transpose(1, 2).reshape(b, c, h, w)


class Level(nn.Module):
    def __init__(self, c_in: int, c_out: int, t_dim: int, cfg: UnetConfig, attention: bool):
        super().__init__()
        self.res = ResBlock(c_in, c_out, t_dim, cfg.groups)
        self.attn = TransformerBlock(c_out, cfg.context_dim, cfg.head_dim, cfg.groups) if attention else None

    def forward(self, x, temb, context):
        x = self.res(x, temb)
        return self.attn(x, context) if self.attn is not None else x


class DepthUnet(nn.Module):
    def __init__(self, cfg: UnetConfig | None = None):
        super().__init__()
        self.cfg = cfg = cfg or UnetConfig()
        ch, t_dim = cfg.channels, 4 * cfg.channels[0]
        self.t_mlp = nn.Sequential(nn.Linear(ch[0], t_dim), nn.SiLU(), nn.Linear(t_dim, t_dim))
        self.conv_in = nn.Conv2d(5, ch[0], 3, padding=1)
        self.down = nn.ModuleList()
        self.downsample = nn.ModuleList()
        c_prev = ch[0]
        for i, c in enumerate(ch):
            self.down.append(Level(c_prev, c, t_dim, cfg, cfg.attention_levels[i]))
            self.downsample.append(nn.Conv2d(c, c, 3, stride=2, padding=1) if i < len(ch) - 1 else nn.Identity())
            c_prev = c
        self.mid = Level(ch[-1], ch[-1], t_dim, cfg, True)
        self.mid_res = ResBlock(ch[-1], ch[-1], t_dim, cfg.groups)
        self.up = nn.ModuleList()
        self.upsample = nn.ModuleList()
        for i in reversed(range(len(ch))):
            c_out = ch[max(i - 1, 0)] if i > 0 else ch[0]
            self.up.append(Level(c_prev + ch[i], c_out, t_dim, cfg, cfg.attention_levels[i]))
            self.upsample.append(nn.Upsample(scale_factor=2.0, mode="nearest") if i > 0 else nn.Identity())
            c_prev = c_out
        self.norm_out = nn.GroupNorm(cfg.groups, ch[0])
        self.conv_out = nn.Conv2d(ch[0], 4, 3, padding=1)
        nn.init.zeros_(self.conv_out.weight)
        nn.init.zeros_(self.conv_out.bias)
        # Rows 0..n_styles-1 are the styles, row n_styles the null style; appended to the text context.
        self.style_embedding = nn.Embedding(cfg.n_styles + 1, cfg.context_dim)
        nn.init.normal_(self.style_embedding.weight, std=0.5)

    def context_with_style(self, token_states: torch.Tensor, style_ids: torch.Tensor) -> torch.Tensor:
        """[B,L,D] text states + style ids [B] -> [B,L+1,D] encoder_hidden_states."""
        row = self.style_embedding(style_ids).to(token_states.dtype)[:, None, :]
        return torch.cat([token_states, row], dim=1)

    def forward(self, sample: torch.Tensor, timestep: torch.Tensor, encoder_hidden_states: torch.Tensor):
        temb = self.t_mlp(timestep_embedding(timestep, self.cfg.channels[0]))
        x = self.conv_in(sample)
        skips = []
        for level, down in zip(self.down, self.downsample):
            x = level(x, temb, encoder_hidden_states)
            skips.append(x)
            x = down(x)
        x = self.mid_res(self.mid(x, temb, encoder_hidden_states), temb)
        for level, up in zip(self.up, self.upsample):
            x = level(torch.cat([x, skips.pop()], dim=1), temb, encoder_hidden_states)
            x = up(x)
        return self.conv_out(F.silu(self.norm_out(x)))


def depth_to_latent_grid(depth: torch.Tensor, size: int) -> torch.Tensor:
    """depth [B,1,H,W] (any range, larger = nearer) -> [B,1,size,size] in [-1,1].

    Area-average to latent size, then per-image min-max to [-1,1] as SD2's depth2img does;
    a flat depth map maps to 0 everywhere. The browser must do the same.
    """
    d = F.adaptive_avg_pool2d(depth.float(), size)
    lo = d.amin(dim=(1, 2, 3), keepdim=True)
    hi = d.amax(dim=(1, 2, 3), keepdim=True)
    span = hi - lo
    return torch.where(span > 1e-6, 2.0 * (d - lo) / span.clamp_min(1e-6) - 1.0, torch.zeros_like(d))
