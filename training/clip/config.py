"""smoke (tests: seconds on 2 CPU cores) and full (GPU) configs of PART A's models."""
from __future__ import annotations

CLIP = {
    "smoke": {"model": {"text_dim": 64, "text_layers": 2, "text_heads": 2, "vision_dim": 64,
                        "vision_layers": 2, "vision_heads": 2, "embed_dim": 64, "max_len": 32},
              "batch": 16, "lr": 5e-4, "warmup": 5, "max_steps": 8, "eval_every": 4, "log_every": 2},
    # the thesis's lr 1e-5 is for fine-tuning a pretrained BERT; from scratch a small CLIP needs ~5e-4
    "full": {"model": {}, "batch": 512, "lr": 5e-4, "warmup": 300, "max_steps": 10**9,
             "eval_every": 500, "log_every": 100},
}

GAN = {
    "smoke": {"model": {"ngf": 8, "ndf": 8, "cond_dim": 32}, "batch": 16, "lr": 2e-4,
              "max_steps": 6, "eval_every": 3, "log_every": 1, "eval_scenes": 16, "ms_weight": 1.0},
    # thesis: Adam lr 2e-4 (β1 0.5), batch 32; a GPU affords larger batches
    # ms_weight: mode seeking (MSGAN's λ = 1); without it G ignored its noise (one image per sentence)
    "full": {"model": {}, "batch": 256, "lr": 2e-4, "max_steps": 10**9, "eval_every": 1000,
             "log_every": 200, "eval_scenes": 512, "ms_weight": 1.0},
}

DEPTH = {
    "smoke": {"model": {"channels": (8, 16, 32)}, "size": 64, "batch": 8, "lr": 1e-3,
              "max_steps": 6, "eval_every": 3, "log_every": 1},
    "full": {"model": {}, "size": 128, "batch": 128, "lr": 1e-3, "max_steps": 10**9,
             "eval_every": 1000, "log_every": 200},
}


def pick(table: dict, name: str) -> dict:
    if name not in table:
        raise ValueError(f"unknown config {name!r}; choose one of {sorted(table)}")
    return table[name]
