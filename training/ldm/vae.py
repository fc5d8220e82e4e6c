"""Small KL autoencoder (f=4: 128 px RGB -> 32x32x4 latents), GroupNorm + SiLU conv blocks.

Images are in [-1, 1]. The latent scale factor (1 / std of posterior means on train data) is
measured after training and stored with the weights; the UNet works on `latent * scale`.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

from training.common.config import Config
from torch import nn
import torch.nn.functional as F


@dataclass
class VaeConfig(Config):
    channels: tuple = (48, 96, 160)  # one level per entry; len-1 down-samplings -> f = 2**(len-1)
    latent_channels: int = 4
    groups: int = 16

    @property
    def factor(self) -> int:
        return 2 ** (len(self.channels) - 1)



def norm(ch: int, groups: int) -> nn.GroupNorm:
    return nn.GroupNorm(min(groups, ch), ch, eps=1e-6)


class ResBlock(nn.Module):
    def __init__(self, c_in: int, c_out: int, groups: int):
        super().__init__()
        self.n1, self.c1 = norm(c_in, groups), nn.Conv2d(c_in, c_out, 3, padding=1)
        self.n2, self.c2 = norm(c_out, groups), nn.Conv2d(c_out, c_out, 3, padding=1)
        self.skip = nn.Conv2d(c_in, c_out, 1) if c_in != c_out else nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.c1(F.silu(self.n1(x)))
        h = self.c2(F.silu(self.n2(h)))
        return self.skip(x) + h


class Encoder(nn.Module):
    def __init__(self, cfg: VaeConfig):
        super().__init__()
        ch = cfg.channels
        self.conv_in = nn.Conv2d(3, ch[0], 3, padding=1)
        blocks = []
        for i, c in enumerate(ch):
            c_prev = ch[max(i - 1, 0)]
            blocks.append(ResBlock(c_prev, c, cfg.groups))
            if i < len(ch) - 1:
                blocks.append(nn.Conv2d(c, c, 3, stride=2, padding=1))
        blocks.append(ResBlock(ch[-1], ch[-1], cfg.groups))
        self.blocks = nn.Sequential(*blocks)
        self.n_out = norm(ch[-1], cfg.groups)
        self.conv_out = nn.Conv2d(ch[-1], 2 * cfg.latent_channels, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv_out(F.silu(self.n_out(self.blocks(self.conv_in(x)))))


class Decoder(nn.Module):
    def __init__(self, cfg: VaeConfig):
        super().__init__()
        ch = list(reversed(cfg.channels))
        self.conv_in = nn.Conv2d(cfg.latent_channels, ch[0], 3, padding=1)
        blocks = [ResBlock(ch[0], ch[0], cfg.groups)]
        for i, c in enumerate(ch):
            c_prev = ch[max(i - 1, 0)]
            blocks.append(ResBlock(c_prev, c, cfg.groups))
            if i < len(ch) - 1:
                # nearest upsample + conv avoids checkerboard artefacts on flat cartoon fills
                blocks += [nn.Upsample(scale_factor=2.0, mode="nearest"), nn.Conv2d(c, c, 3, padding=1)]
        self.blocks = nn.Sequential(*blocks)
        self.n_out = norm(ch[-1], cfg.groups)
        self.conv_out = nn.Conv2d(ch[-1], 3, 3, padding=1)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.conv_out(F.silu(self.n_out(self.blocks(self.conv_in(z)))))


class KLAutoencoder(nn.Module):
    def __init__(self, cfg: VaeConfig | None = None):
        super().__init__()
        self.cfg = cfg or VaeConfig()
        self.encoder = Encoder(self.cfg)
        self.decoder = Decoder(self.cfg)
        # 1/std of latents; measured by measure_scale() after training, saved in the checkpoint.
        self.register_buffer("scale_factor", torch.tensor(1.0))

    def moments(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        mean, logvar = self.encoder(x).chunk(2, dim=1)
        return mean, logvar.clamp(-30.0, 20.0)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        mean, logvar = self.moments(x)
        z = mean + torch.randn_like(mean) * torch.exp(0.5 * logvar)
        return self.decoder(z), mean, logvar


def sobel_edges(x: torch.Tensor) -> torch.Tensor:
    """Horizontal and vertical finite differences: outlines are what a cartoon VAE must keep."""
    dx = x[..., :, 1:] - x[..., :, :-1]
    dy = x[..., 1:, :] - x[..., :-1, :]
    return torch.cat([dx.flatten(1), dy.flatten(1)], dim=1)


def vae_loss(model: KLAutoencoder, x: torch.Tensor, kl_weight: float = 1e-6,
             edge_weight: float = 0.5) -> tuple[torch.Tensor, dict]:
    recon, mean, logvar = model(x)
    recon = recon.float()
    l1 = (recon - x).abs().mean()
    edge = (sobel_edges(recon) - sobel_edges(x)).abs().mean()
    kl = 0.5 * (mean.float() ** 2 + logvar.float().exp() - 1.0 - logvar.float()).sum(dim=(1, 2, 3)).mean()
    loss = l1 + edge_weight * edge + kl_weight * kl
    # tensors, not floats: .item() every step would stall the GPU; callers read them when logging
    return loss, {"l1": l1.detach(), "edge": edge.detach(), "kl": kl.detach()}


@torch.no_grad()
def measure_scale(model: KLAutoencoder, batches) -> float:
    """1 / std of posterior means over the given image batches (as SD's 0.18215 was measured)."""
    total, total_sq, count = 0.0, 0.0, 0
    for x in batches:
        mean, _ = model.moments(x)
        mean = mean.double()
        total += mean.sum().item()
        total_sq += (mean ** 2).sum().item()
        count += mean.numel()
    var = total_sq / count - (total / count) ** 2
    return float(1.0 / max(var, 1e-12) ** 0.5)


class VaeEncoderExport(nn.Module):
    """SD ONNX vae_encoder: sample [-1,1] -> latent_sample (posterior mean, unscaled, as diffusers exports)."""

    def __init__(self, vae: KLAutoencoder):
        super().__init__()
        self.vae = vae

    def forward(self, sample: torch.Tensor) -> torch.Tensor:
        return self.vae.moments(sample)[0]


class VaeDecoderExport(nn.Module):
    """SD ONNX vae_decoder: latent_sample (unscaled: the caller divides by scale_factor) -> sample."""

    def __init__(self, vae: KLAutoencoder):
        super().__init__()
        self.vae = vae

    def forward(self, latent_sample: torch.Tensor) -> torch.Tensor:
        return self.vae.decoder(latent_sample)
