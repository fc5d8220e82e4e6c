"""Frozen text conditioning for the UNet: tokenizer + text tower -> last_hidden_state [B,L,D].

Preferred: the trained CLIP text tower checkpoint (the same tower the app exports as
text_encoder, so the browser's token states match training). Without it (smoke, tests) the UNet
trains on a freshly initialised frozen tower, and says so in its checkpoint and metrics
(`text_source`), because such weights only prove the pipeline, not the conditioning.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import torch

from training.clip.io import load_text_tower
from training.clip.model import ClipConfig, TextTower
from training.common.checkpoint import resume_folder, weights_id
from training.common.tokenizer import MAX_LENGTH, PAD_ID, WordPieceTokenizer

log = logging.getLogger("ldm.text")


class TextStates:
    def __init__(self, tokenizer: WordPieceTokenizer, tower: Callable, dim: int, source: str, wid: str,
                 device: torch.device, max_length: int = MAX_LENGTH):
        self.tokenizer, self.tower, self.dim, self.source = tokenizer, tower, dim, source
        self.weights_id, self.device, self.max_length = wid, device, max_length
        self._ids: dict[str, list[int]] = {}

    @torch.no_grad()
    def encode(self, texts: list[str]) -> torch.Tensor:
        ids = torch.tensor([self.input_ids(t) for t in texts], dtype=torch.long)
        return self.encode_ids(ids.to(self.device))

    @torch.no_grad()
    def encode_ids(self, ids: torch.Tensor) -> torch.Tensor:
        """input_ids [B, L] already on the device -> last_hidden_state [B, L, D] (float32)."""
        return self.tower(ids).float()

    def encode_padded(self, text: str) -> tuple[list[int], list[int]]:
        return self.tokenizer.encode_padded(text, self.max_length)

    def input_ids(self, text: str) -> list[int]:
        # captions repeat every epoch; pure-Python WordPiece per step would slow a GPU run
        if text not in self._ids:
            self._ids[text] = self.tokenizer.encode_padded(text, self.max_length)[0]
        return self._ids[text]


def build_tokenizer(tokenizer: Path | None, captions: list[str]) -> tuple[WordPieceTokenizer, str]:
    if tokenizer is not None and Path(tokenizer).exists():
        # folder/file only: logs travel back from the GPU machine into commits, absolute paths must not
        return WordPieceTokenizer.from_file(str(tokenizer)), f"tokenizer {Path(tokenizer).parent.name}/{Path(tokenizer).name}"
    from training.common.vocab import build_vocab
    return WordPieceTokenizer(build_vocab(captions)), "tokenizer built from this dataset's captions"


def load_text_states(device: torch.device, captions: list[str], tokenizer: Path | None = None,
                     text_ckpt: Path | None = None) -> TextStates:
    """text_ckpt: a CLIP checkpoint folder (text.pt + tokenizer/) or its text.pt."""
    folder = resume_folder(text_ckpt) if text_ckpt is not None else None
    has_tower = folder is not None and (folder / "text.pt").exists()
    if tokenizer is None and folder is not None and (folder / "tokenizer").exists():
        tokenizer = folder / "tokenizer"
    tok, tok_note = build_tokenizer(tokenizer, captions)
    if has_tower:
        module, text_ck = load_text_tower(folder, device)
        ccfg = ClipConfig.from_dict(text_ck.config)
        if ccfg.vocab_size != len(tok):
            raise ValueError(f"text tower vocab {ccfg.vocab_size} != tokenizer vocab {len(tok)}: pass the "
                             f"tokenizer the tower was trained with (--tokenizer)")
        source = f"CLIP text tower {folder.name}/text.pt, step {text_ck.step}"
    else:
        torch.manual_seed(0)
        ccfg = ClipConfig(vocab_size=len(tok), max_len=tok.max_length)
        module = TextTower(ccfg).to(device).eval().requires_grad_(False)
        source = "fresh-init text tower (untrained: no CLIP text.pt found)"
        log.warning("TEXT TOWER: no trained CLIP text tower at %s; the UNet trains on a FRESH, FROZEN, RANDOM "
                    "tower. Its samples cannot follow text until it is retrained on the real tower.", text_ckpt)

    def tower(ids: torch.Tensor) -> torch.Tensor:
        # mask = ids != [PAD]: what the exported text_encoder (input_ids only) computes inside
        return module(ids, (ids != PAD_ID).long())[0]

    wid = weights_id({k: v.cpu() for k, v in module.state_dict().items()})
    log.info("text conditioning: %s, %s, width %d", source, tok_note, ccfg.text_dim)
    # the tower's position table bounds the length (smoke CLIP configs use 32 < the tokenizer's 48)
    return TextStates(tok, tower, ccfg.text_dim, source, wid, device, min(tok.max_length, ccfg.max_len))
