"""The thesis's conditional DCGAN (GAN-CLS): sentence vector + 100-d noise → 3×64×64."""
from __future__ import annotations

from dataclasses import dataclass

import torch

from training.common.config import Config
from torch import nn
import torch.nn.functional as F


@dataclass
class GanConfig(Config):
    sentence_dim: int = 256   # the text tower's pooler_output width
    noise_dim: int = 100
    cond_dim: int = 128       # the sentence vector is compressed first (Reed et al. 2016)
    ngf: int = 48            # 3.2 M params: G (6.4 MB bf16) + D fit one 16 MiB checkpoint
    ndf: int = 32
    dropout: float = 0.1


G_MULT = (8, 4, 4, 2, 1)      # channels of the 2,4,8,16,32 px maps (keeps fp16 weights < 16 MiB)
D_MULT = (1, 2, 4, 8, 8, 8)   # channels after each of the 6 down-sampling blocks (32 … 1 px)


class Generator(nn.Module):
    def __init__(self, c: GanConfig):
        super().__init__()
        self.config = c
        self.condition = nn.Sequential(nn.Linear(c.sentence_dim, c.cond_dim), nn.LeakyReLU(0.2))
        chans = [c.cond_dim + c.noise_dim] + [m * c.ngf for m in G_MULT]
        blocks = []
        for a, b in zip(chans[:-1], chans[1:]):  # 5 blocks: 1→2→4→8→16→32 px
            blocks += [nn.ConvTranspose2d(a, b, 4, 2, 1, bias=False), nn.Dropout(c.dropout),
                       nn.BatchNorm2d(b), nn.ReLU(True)]
        blocks += [nn.ConvTranspose2d(chans[-1], 3, 4, 2, 1), nn.Tanh()]  # 6th block: 32→64 px
        self.net = nn.Sequential(*blocks)

    def forward(self, sentence: torch.Tensor, noise: torch.Tensor) -> torch.Tensor:
        """sentence [B,D], noise [B,100] → image [B,3,64,64] in [-1,1]."""
        z = torch.cat([self.condition(sentence), noise], dim=1)
        return self.net(z[:, :, None, None])


class Discriminator(nn.Module):
    def __init__(self, c: GanConfig):
        super().__init__()
        chans = [3] + [m * c.ndf for m in D_MULT]
        blocks = []
        for i, (a, b) in enumerate(zip(chans[:-1], chans[1:])):
            blocks += [nn.Conv2d(a, b, 4, 2, 1, bias=False)]
            blocks += [nn.BatchNorm2d(b)] if i else []  # DCGAN: no norm on the first block
            blocks += [nn.LeakyReLU(0.2, True)]
        self.features = nn.Sequential(*blocks)
        self.condition = nn.Sequential(nn.Linear(c.sentence_dim, c.cond_dim), nn.LeakyReLU(0.2))
        self.joint = nn.Sequential(nn.Linear(chans[-1] + c.cond_dim, chans[-1]), nn.LeakyReLU(0.2, True),
                                   nn.Linear(chans[-1], 1))

    def forward(self, image: torch.Tensor, sentence: torch.Tensor):
        """→ (logit [B] of 'real and matching', image features [B,F] for feature matching)."""
        f = self.features(image).flatten(1)
        return self.joint(torch.cat([f, self.condition(sentence)], dim=1)).squeeze(1), f


def d_loss(d: Discriminator, real, fake, right, wrong, smooth: float = 0.9, fake_cond=None):
    """GAN-CLS: (real, right) → real (one-sided smoothing), (real, wrong) and (fake, its own sentence) → fake.
    fake_cond: the sentences the fakes were drawn from, when they are not `right` (mode-seeking pairs)."""
    bce = F.binary_cross_entropy_with_logits
    real_right = d(real, right)[0]
    real_wrong = d(real, wrong)[0]
    fake_right = d(fake.detach(), right if fake_cond is None else fake_cond)[0]
    loss = bce(real_right, torch.full_like(real_right, smooth)) + 0.5 * (
        bce(real_wrong, torch.zeros_like(real_wrong)) + bce(fake_right, torch.zeros_like(fake_right)))
    # a tensor, not a float: reading it every step would make the host wait for the GPU
    return loss, (real_right.detach() > 0).float().mean()


def g_loss(d: Discriminator, real, fake, cond, fm_weight: float = 1.0, noise=None, ms_weight: float = 0.0):
    """Fool the discriminator + feature matching (mean D features of real vs fake batches)
    + mode seeking when ms_weight > 0 (see mode_seeking). → (loss, adv, fm, ms ratio), the last three detached
    0-d tensors (NaN ratio without mode seeking) so a training step never waits on the GPU to log them."""
    logit, f_fake = d(fake, cond)
    with torch.no_grad():
        f_real = d.features(real).flatten(1)
    adv = F.binary_cross_entropy_with_logits(logit, torch.ones_like(logit))
    fm = F.mse_loss(f_fake.mean(0), f_real.mean(0))
    loss, ratio = adv + fm_weight * fm, torch.full((), float("nan"), device=logit.device)
    if ms_weight > 0:
        ms, ratio = mode_seeking(fake, noise)
        loss = loss + ms_weight * ms
    return loss, adv.detach(), fm.detach(), ratio


def paired_conditions(right: torch.Tensor) -> torch.Tensor:
    """The fakes' sentences for mode seeking: the batch's first half, twice (its size must be even)."""
    half = right[: len(right) // 2]
    return torch.cat([half, half])


def mode_seeking(fake: torch.Tensor, noise: torch.Tensor, eps: float = 1e-5):
    """MSGAN (Mao et al. 2019): the two halves of the batch share sentences and differ in noise; a generator
    that ignores its noise makes alike images, so 1/(image distance / noise distance) is large.
    Without it the conditional DCGAN collapsed onto one image per sentence. → (loss, detached ratio tensor)."""
    a, b = fake.float().chunk(2)
    za, zb = noise.float().chunk(2)
    ratio = (a - b).abs().mean() / (za - zb).abs().mean()
    return 1.0 / (ratio + eps), ratio.detach()
