"""The latent depth-to-image model measured the way the app uses it, per caption language, on a held-out split:
CLIP retrieves the train image nearest the caption, its depth conditions the UNet, the caption guides it, and the
panel starts from the reference noised to `strength` (the app's defaults, from app-defaults.json's `sampling`:
DDIM steps, guidance, and its strength, or 1 — the reference's depth alone — where the gallery reference has
another art style than the one asked for, as its strengthRule says).

setting_acc: share of panels CLIP's zero-shot classifier (app-defaults.json's zeroShotPrompts, EN) puts in the setting of the scene
whose caption drew them. retrieval_setting_acc: share of retrieved references already in that setting (the
dataset's labels). unconditional: the same references, noise and depth with the empty prompt and the null style;
its figures are what reference + depth carry alone, the gaps to the guided ones are what the text adds.
is_clip, fd_clip, r_precision: as gan/eval.py (Inception Score, Fréchet distance and caption retrieval in CLIP
space), beside the real images; compare is_clip with the DCGAN's (report/gan-eval.json), as the thesis compares
its diffusion panels (Table 18, IS 7.14) with its DCGAN (Table 2, IS 4.99) — on CLIP's 18-setting scale here.
style_acc: share of panels whose art style, read by a linear probe on CLIP image features (fitted on the gallery's
real images), is the style asked for (the test scene's); style_acc_reference_differs: the same where the retrieved
reference is in another style — does the style row hold a strip's style against its references?
Panels are area-averaged to CLIP's 64 px, as the real images are.

python3 -m training.ldm.eval --ldm DIR --clip DIR --data DIR [--split test] [--scenes 256] [--judge CLIP_DIR]
    [--out FILE]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from training.clip.eval import embed_texts
from training.clip.image_metrics import frechet_distance, setting_scores
from training.clip.io import add_measure_args, load_measurers
from training.common import app_defaults
from training.common.checkpoint import load_resume
from training.common.cli import report
from training.common.data import LANGS, SceneSplit, load_meta
from training.common.device import autocast
from training.ldm.config import LdmTrain
from training.ldm.data import depth_to_tensor, images_to_tensor
from training.ldm.schedule import ScheduleConfig, add_noise, alphas_cumprod, ddim_step, img2img_timesteps, sample_ddim
from training.ldm.text import load_text_states
from training.ldm.train_unet import build_unet
from training.ldm.train_vae import build_vae
from training.ldm.unet import STYLES, depth_to_latent_grid

CLIP_SIZE = 64


def app_sampling(defaults: dict | None = None) -> dict:
    """The app's steps, guidance and img2img strength (app-defaults.json), so the eval measures what the app runs."""
    s = (defaults or app_defaults.load())["sampling"]
    return {"steps": int(s["steps"]), "guidance": float(s["guidance"]), "strength": float(s["strength"]),
            "rule": s["strengthRule"]}


def app_policy(app: dict) -> str:
    return f"app: {app['strength']:g}, or 1 where the reference's style differs ({app['rule']})"


def clip_view(images: torch.Tensor) -> torch.Tensor:
    """[n,3,S,S] in [-1,1] -> CLIP's 64 px by area average (real and generated images alike)."""
    images = images.float()
    return images if images.shape[-1] == CLIP_SIZE else F.adaptive_avg_pool2d(images, CLIP_SIZE)


def load_ldm(folder: Path, clip_dir: Path, device) -> dict:
    vae_ck, ema_ck = load_resume(folder, "ldm-vae.pt"), load_resume(folder, "ldm-unet-ema.pt")
    cfg = LdmTrain.full()  # architecture comes from the checkpoints; this only fills defaults
    text = load_text_states(device, [], None, clip_dir)
    return {"vae": build_vae(cfg, vae_ck).to(device).eval(), "unet": build_unet(cfg, text.dim, ema_ck).to(device).eval(),
            "text": text, "scale": float(vae_ck.meta["scale_factor"]),
            "size": int(vae_ck.meta["image_size"]), "step": ema_ck.step, "vae_step": vae_ck.step}


@torch.no_grad()
def sample_unguided(unet, depth, context, sched: ScheduleConfig, steps: int, noise, init_latent, strength: float):
    """The empty prompt alone, as sample_ddim's unconditional half: one UNet call per step instead of two."""
    ac = alphas_cumprod(sched)
    ts = img2img_timesteps(sched, steps, strength)
    if not ts:
        return init_latent  # strength 0: the reference itself, as sample_ddim returns it
    x = add_noise(init_latent, noise, torch.full((len(noise),), ts[0], dtype=torch.long), ac) if strength < 1 else noise
    for t in ts:
        out = unet(torch.cat([x, depth], 1), torch.full((len(x),), t, dtype=torch.long, device=x.device), context)
        x = ddim_step(out.float(), t, x, sched, ac, steps)
    return x


def app_strengths(ref_styles: np.ndarray, asked: np.ndarray, app: dict) -> np.ndarray:
    """strengthRule from-noise-when-gallery-style-differs: a gallery reference in another style gives only its depth."""
    return np.where(ref_styles == asked, app["strength"], 1.0)


@torch.no_grad()
def panels(ldm: dict, captions: list, refs: np.ndarray, gallery: SceneSplit, styles: np.ndarray, strengths: np.ndarray,
           device, opts: dict, seed: int, batch: int = 32, twin: bool = True) -> tuple:
    """Guided panels and their unconditional twins (same reference, depth, noise and strength), [n,3,S,S] in [-1,1];
    twin=False skips the twins (None) for a third of the time (ldm/sweep.py)."""
    vae, unet, text, scale, size = ldm["vae"], ldm["unet"], ldm["text"], ldm["scale"], ldm["size"]
    sched, guided, plain = ScheduleConfig(), [], []
    for i in range(0, len(captions), batch):
        r = refs[i:i + batch]
        ref_images = images_to_tensor(gallery.images(size)[r]).to(device)
        with autocast(device):
            ref_latent = vae.moments(ref_images)[0].float() * scale
        depth = depth_to_latent_grid(depth_to_tensor(gallery.depth(size)[r]).to(device), ref_latent.shape[-1])
        style = torch.from_numpy(styles[i:i + batch]).to(device)
        null = torch.full_like(style, len(STYLES))
        cond = unet.context_with_style(text.encode(captions[i:i + batch]).to(device), style)
        uncond = unet.context_with_style(text.encode([""] * len(r)).to(device), null)
        noise = torch.randn(ref_latent.shape, generator=torch.Generator().manual_seed(seed + i)).to(device)
        z, z0 = torch.empty_like(ref_latent), torch.empty_like(ref_latent)
        for strength in np.unique(strengths[i:i + batch]):  # one DDIM run per strength in the batch
            m = torch.from_numpy(strengths[i:i + batch] == strength).to(device)
            z[m] = sample_ddim(unet, depth[m], cond[m], uncond[m], sched, steps=opts["steps"], guidance=opts["guidance"],
                               init_latent=ref_latent[m], strength=float(strength), noise=noise[m])
            if twin:
                z0[m] = sample_unguided(unet, depth[m], uncond[m], sched, opts["steps"], noise[m], ref_latent[m],
                                        float(strength))
        with autocast(device):
            guided.append(vae.decoder(z / scale).float().clamp(-1, 1))
            if twin:
                plain.append(vae.decoder(z0 / scale).float().clamp(-1, 1))
    return torch.cat(guided), torch.cat(plain) if twin else None


def embed(clip, images: torch.Tensor, batch: int = 256) -> tuple:
    feats = torch.cat([clip.vision.features(clip_view(images[i:i + batch])) for i in range(0, len(images), batch)])
    return feats.float(), F.normalize(clip.vision.proj(feats), dim=-1).float()


def style_ids(split: SceneSplit, n: int) -> np.ndarray:
    return np.array([STYLES.index(s["style"]) if s.get("style") in STYLES else len(STYLES) for s in split.scenes[:n]])


def style_probe(feats: torch.Tensor, styles: torch.Tensor, ridge: float = 1.0):
    """A linear read-out of the art style from CLIP image features (ridge regression on one-hot styles, closed
    form: deterministic), fitted on the gallery's real images; returns feats -> predicted style ids."""
    mu, sd = feats.mean(0), feats.std(0) + 1e-6
    design = lambda f: torch.cat([(f - mu) / sd, torch.ones(len(f), 1, device=f.device)], 1).double()
    a = design(feats)
    w = torch.linalg.solve(a.t() @ a + ridge * torch.eye(a.shape[1], dtype=a.dtype, device=a.device),
                           a.t() @ F.one_hot(styles, len(STYLES)).double())
    return lambda f: (design(f) @ w).argmax(1)


@torch.no_grad()
def evaluate(ldm: dict, clip, tok, data_root: str, split: str, scenes: int, gallery_size: int, device,
             opts: dict | None = None, seed: int = 1234, twin: bool = True, judge: tuple | None = None) -> dict:
    """clip/tok retrieve the references (the app's towers); judge = (clip, tok) measures the panels, when given
    another CLIP: then suites on different towers are measured in one feature space and can be compared."""
    app = app_sampling()
    opts = {"steps": app["steps"], "guidance": app["guidance"], "strength": None, **(opts or {})}  # None: the app's rule
    jclip, jtok = judge or (clip, tok)
    data, gallery, meta = SceneSplit(data_root, split), SceneSplit(data_root, "train"), load_meta(data_root)
    n, size = min(scenes, len(data)), ldm["size"]
    real = images_to_tensor(data.images(size)[:n]).to(device)
    real_feats, _ = embed(jclip, real)
    truth = torch.from_numpy(data.setting_ids()[:n]).to(device)
    prompt = app_defaults.template(app_defaults.load(), "en")
    labels = embed_texts(jclip, jtok, [prompt.format(s["en"]) for s in meta["settings"]], device)
    g_n = min(gallery_size, len(gallery))
    gallery_images = images_to_tensor(gallery.images(size)[:g_n]).to(device)
    gallery_feats, gallery_emb = embed(clip, gallery_images)
    if judge:
        gallery_feats, _ = embed(jclip, gallery_images)  # the style probe reads the judge's features
    gallery_settings = torch.from_numpy(gallery.setting_ids()[:g_n]).to(device)
    styles, gallery_styles = style_ids(data, n), torch.from_numpy(style_ids(gallery, g_n)).to(device)
    asked = torch.from_numpy(styles).to(device)
    style_of = style_probe(gallery_feats, gallery_styles)
    shown = {**opts, "strength": opts["strength"] if opts["strength"] is not None else app_policy(app)}
    out = {"split": split, "scenes": n, "gallery": g_n, "labels": len(meta["settings"]), **shown,
           "real": {**setting_scores(jclip, clip_view(real), labels, truth),
                    "style_acc": float((style_of(real_feats) == asked).float().mean())}}
    for lang in LANGS:
        captions = [(data.captions(i, lang) or [""])[0] for i in range(n)]
        query = embed_texts(clip, tok, captions, device)
        text_emb = embed_texts(jclip, jtok, captions, device) if judge else query
        refs = (query @ gallery_emb.t()).argmax(1)
        ref_styles = gallery_styles[refs]
        strengths = (app_strengths(ref_styles.cpu().numpy(), styles, app) if opts["strength"] is None
                     else np.full(n, float(opts["strength"])))
        guided, plain = panels(ldm, captions, refs.cpu().numpy(), gallery, styles, strengths, device, opts, seed,
                               twin=twin)
        measure = lambda images: {**setting_scores(jclip, clip_view(images), labels, truth),
                                  **closeness(jclip, images, real_feats, text_emb)}
        other = ref_styles != asked
        guided_style = style_of(embed(jclip, guided)[0])
        out[lang] = {**measure(guided), "retrieval_setting_acc": float((gallery_settings[refs] == truth).float().mean()),
                     "from_noise": float((strengths >= 1).mean()),
                     # the style row against the reference's own style: asked-for style kept where they differ?
                     "style_acc": float((guided_style == asked).float().mean()),
                     "style_acc_reference_differs":
                         float((guided_style == asked)[other].float().mean()) if other.any() else None,
                     "reference_differs": int(other.sum())}
        if twin:
            out[lang]["unconditional"] = {**measure(plain), "reference_style_kept":
                                          float((style_of(embed(jclip, plain)[0]) == ref_styles).float().mean())}
    return out


def closeness(clip, images: torch.Tensor, real_feats: torch.Tensor, text_emb: torch.Tensor) -> dict:
    """fd_clip to the real images; r_precision: share of panels whose nearest caption (of all n) drew them."""
    feats, emb = embed(clip, images)
    hits = (emb @ text_emb.t()).argmax(1) == torch.arange(len(emb), device=emb.device)
    return {"fd_clip": frechet_distance(real_feats.cpu().numpy(), feats.cpu().numpy()),
            "r_precision": float(hits.float().mean())}


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ldm", required=True, help="LDM checkpoint folder (ldm-vae.pt, ldm-unet-ema.pt)")
    add_measure_args(p, "panels", scenes=256)  # --data: images at the VAE's size
    p.add_argument("--gallery", type=int, default=2048, help="first N train scenes to retrieve references from")
    p.add_argument("--steps", type=int, help="DDIM steps (default: app-defaults.json)")
    p.add_argument("--guidance", type=float, help="guidance scale (default: app-defaults.json)")
    p.add_argument("--strength", type=float, default=None,
                   help="one strength for every panel (default: the app's rule, app-defaults.json)")
    a = p.parse_args(argv)
    app = app_sampling()
    a.steps = app["steps"] if a.steps is None else a.steps
    a.guidance = app["guidance"] if a.guidance is None else a.guidance
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    clip, tok, judge, judged = load_measurers(a, device)
    ldm = load_ldm(Path(a.ldm), Path(a.clip), device)
    res = {"unet_step": ldm["step"], "vae_step": ldm["vae_step"], "text_source": ldm["text"].source, **judged,
           **evaluate(ldm, clip, tok, a.data, a.split, a.scenes, a.gallery, device,
                      {k: getattr(a, k) for k in ("steps", "guidance", "strength")}, judge=judge)}
    return report(res, a.out)


if __name__ == "__main__":
    main(sys.argv[1:])
