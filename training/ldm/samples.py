"""Sample grids for the thesis's example treatments (Tables 13-17), in English and Korean.

Each treatment gets a reference scene from the test split (character-bigram overlap with its
captions: a text-only stand-in for the app's CLIP retrieval), whose depth conditions the UNet.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from training.common.device import autocast
from training.common.images import grid, to_uint8_image, write_png
from training.ldm.data import depth_to_tensor, images_to_tensor
from training.ldm.schedule import ScheduleConfig, sample_ddim
from training.ldm.unet import STYLES, depth_to_latent_grid

THESIS_EN = ["Six teens playing frisbee in a field of grass", "A person in a ski suit is skiing.",
             "A horse drawn carriage is parked along the curb.",
             "Electric appliances crammed on a counter in a kitchen.", "A woman cutting a large white sheet cake."]
# Our translations (the thesis prints its example treatments in English only).
THESIS_KO = ["풀밭에서 프리스비를 하는 십대 여섯 명", "스키복을 입은 사람이 스키를 타고 있다.",
             "말이 끄는 마차가 연석을 따라 세워져 있다.", "부엌 조리대 위에 가전제품이 빼곡히 놓여 있다.",
             "여자가 커다란 흰색 시트 케이크를 자르고 있다."]


def bigrams(text: str) -> set:
    t = "".join(text.lower().split())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def retrieve(sentence: str, captions: list) -> int:
    q = bigrams(sentence)
    scores = [max((len(q & bigrams(c)) / max(len(q | bigrams(c)), 1)
                   for lang in ("en", "ko") for c in cap.get(lang, [])), default=0.0) for cap in captions]
    return int(np.argmax(scores))


@torch.no_grad()
def decode(vae, z: torch.Tensor, scale: float, device) -> torch.Tensor:
    with autocast(device):
        return vae.decoder(z.to(device) / scale).float().cpu()


@torch.no_grad()
def sample_grids(vae, unet, text, test, scale: float, out_dir: Path, device, *, steps: int = 25,
                 guidance: float = 3.0, strength: float = 0.75, seed: int = 0) -> list[Path]:
    """samples.png: columns = 5 EN + 5 KO treatments; rows = reference, its depth, txt2img, img2img.
    samples-styles.png: rows = the four styles, columns = the EN treatments, same seed and depth."""
    sched = ScheduleConfig()
    sentences = THESIS_EN + THESIS_KO
    refs = [retrieve(s, test.captions) for s in sentences]
    images = images_to_tensor(test.images[refs]).to(device)
    with autocast(device):
        ref_latent = vae.moments(images)[0].float() * scale
    depth = depth_to_latent_grid(depth_to_tensor(test.depth[refs]).to(device), ref_latent.shape[-1])
    style = torch.from_numpy(test.style_ids[refs]).to(device)
    null = torch.full_like(style, len(STYLES))
    cond = unet.context_with_style(text.encode(sentences).to(device), style)
    uncond = unet.context_with_style(text.encode([""] * len(sentences)).to(device), null)
    g = torch.Generator().manual_seed(seed)
    txt2img = sample_ddim(unet, depth, cond, uncond, sched, steps=steps, guidance=guidance, generator=g)
    g = torch.Generator().manual_seed(seed)
    img2img = sample_ddim(unet, depth, cond, uncond, sched, steps=steps, guidance=guidance, generator=g,
                          init_latent=ref_latent, strength=strength)
    rows = [[to_uint8_image(x) for x in images.cpu()],
            [to_uint8_image(d) for d in depth_to_tensor(test.depth[refs])],
            [to_uint8_image(x) for x in decode(vae, txt2img, scale, device)],
            [to_uint8_image(x) for x in decode(vae, img2img, scale, device)]]
    paths = [out_dir / "samples.png"]
    write_png(paths[0], grid(rows))
    style_rows = []
    n = len(THESIS_EN)
    for s in range(len(STYLES)):
        ids = torch.full((n,), s, device=device)
        c = unet.context_with_style(text.encode(THESIS_EN).to(device), ids)
        g = torch.Generator().manual_seed(seed)
        z = sample_ddim(unet, depth[:n], c, uncond[:n], sched, steps=steps, guidance=guidance, generator=g)
        style_rows.append([to_uint8_image(x) for x in decode(vae, z, scale, device)])
    paths.append(out_dir / "samples-styles.png")
    write_png(paths[1], grid(style_rows))
    return paths
