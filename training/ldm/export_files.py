"""Hugging Face (diffusers ONNX) side files for the exported LDM, and its manifest suite part."""
from __future__ import annotations

from pathlib import Path

from training.common import app_defaults
from training.common.checkpoint import Checkpoint
from training.common.export import file_entry, write_json
from training.ldm.schedule import ScheduleConfig
from training.ldm.unet import STYLES


def config_paths(out: Path) -> list[Path]:
    return [out / "model_index.json", out / "scheduler" / "scheduler_config.json", out / "unet" / "config.json",
            out / "unet" / "style_embeddings.json", out / "vae_encoder" / "config.json",
            out / "vae_decoder" / "config.json"]


def write_configs(out: Path, vae, unet, scale: float, vae_ckpt: Checkpoint, unet_ckpt: Checkpoint, context_length: int) -> None:
    sched = ScheduleConfig.from_dict(unet_ckpt.meta.get("schedule", {}))
    write_json(out / "model_index.json", {
        "_class_name": "OnnxStableDiffusionDepth2ImgPipeline", "_diffusers_version": "0.25.0",
        "scheduler": ["diffusers", "DDIMScheduler"], "text_encoder": ["diffusers", "OnnxRuntimeModel"],
        "tokenizer": ["transformers", "BertTokenizerFast"], "unet": ["diffusers", "OnnxRuntimeModel"],
        "vae_decoder": ["diffusers", "OnnxRuntimeModel"], "vae_encoder": ["diffusers", "OnnxRuntimeModel"],
        "toonsmith": {"latent_scale_factor": scale, "vae_scale_factor": vae.cfg.factor,
                      "image_size": vae_ckpt.meta.get("image_size", 128),
                      "context": "text_encoder last_hidden_state [B,48,D] + 1 style row from unet/style_embeddings.json",
                      "depth": "area-average to latent size, per-image min-max to [-1,1], appended as channel 5",
                      "guidance_unconditional": "empty prompt '' + null style row"}})
    write_json(out / "scheduler" / "scheduler_config.json", {
        "_class_name": "DDIMScheduler", "_diffusers_version": "0.25.0", "clip_sample": False,
        "trained_betas": None, "rescale_betas_zero_snr": False, **sched.to_dict()})
    ucfg = unet.cfg
    write_json(out / "unet" / "config.json", {
        "_class_name": "UNet2DConditionModel", "in_channels": 5, "out_channels": 4,
        "block_out_channels": list(ucfg.channels), "cross_attention_dim": ucfg.context_dim,
        "attention_levels": list(ucfg.attention_levels), "attention_head_dim": ucfg.head_dim,
        "sample_size": vae_ckpt.meta.get("image_size", 128) // vae.cfg.factor, "context_length": context_length,
        "timestep_dtype": "int64", "prediction_type": sched.prediction_type,
        "size_multiple": 2 ** (len(ucfg.channels) - 1), "train_steps": unet_ckpt.step,
        "text_source": unet_ckpt.meta.get("text_source")})
    rows = unet.style_embedding.weight.detach().float().tolist()
    write_json(out / "unet" / "style_embeddings.json", {
        "styles": list(STYLES) + ["none"], "dim": ucfg.context_dim,
        "note": "append row [style] after the text token states; 'none' is the null style for guidance",
        "rows": [[round(v, 6) for v in r] for r in rows]})
    for name in ("vae_encoder", "vae_decoder"):
        write_json(out / name / "config.json", {
            "_class_name": "AutoencoderKL", "in_channels": 3, "out_channels": 3,
            "latent_channels": vae.cfg.latent_channels, "block_out_channels": list(vae.cfg.channels),
            "scaling_factor": scale, "sample_size": vae_ckpt.meta.get("image_size", 128),
            "latent_sample": "posterior mean (encoder); multiply by scaling_factor before the UNet, divide before "
                             "the decoder", "train_steps": vae_ckpt.step})


def sync_styles(out: Path, n_rows: int) -> dict:
    """app-defaults.json's styles = the UNet's style rows (STYLES, without the null row), in the suite folder being
    written; a folder without one (a test export) gets the repo's defaults with those styles."""
    if n_rows != len(STYLES) + 1:
        raise ValueError(f"the UNet has {n_rows} style rows, STYLES names {len(STYLES)} (+ the null row)")
    path = out / "app-defaults.json"
    if not path.exists():
        path.write_text(app_defaults.dumps(app_defaults.load()), encoding="utf-8")
    return app_defaults.update({"styles": list(STYLES)}, path)


def write_suite_part(out: Path, onnx_paths: list, dtypes: dict, vae_ckpt: Checkpoint, unet_ckpt: Checkpoint, note: str) -> dict:
    root = out
    unet_p, enc_p, dec_p = onnx_paths
    base = (note + " ") if note else ""
    trained = (f"VAE {vae_ckpt.step} steps ({vae_ckpt.meta.get('seconds_total', 0) / 60:.1f} min), "
               f"UNet {unet_ckpt.step} steps ({unet_ckpt.meta.get('seconds_total', 0) / 60:.1f} min); "
               f"text conditioning: {unet_ckpt.meta.get('text_source')}")
    cfgs = config_paths(out)
    part = {"suite": "toon-mini", "part": "ldm", "models": [
        {"id": "unet", "title": "Depth-conditioned latent UNet (SD2-depth interface)", "task": "diffuse",
         "files": [file_entry(unet_p, root, dtypes[unet_p])] + [file_entry(p, root) for p in cfgs[:4]],
         "notes": base + trained},
        {"id": "vae_encoder", "title": "KL autoencoder, encoder (f=4)", "task": "diffuse",
         "files": [file_entry(enc_p, root, dtypes[enc_p]), file_entry(cfgs[4], root)], "notes": base + trained},
        {"id": "vae_decoder", "title": "KL autoencoder, decoder (f=4)", "task": "diffuse",
         "files": [file_entry(dec_p, root, dtypes[dec_p]), file_entry(cfgs[5], root)], "notes": base + trained}]}
    write_json(out / "suite.parts" / "ldm.json", part)
    return part
