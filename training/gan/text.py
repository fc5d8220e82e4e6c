"""Sentence vectors for the GAN: the frozen text tower's pooler_output ([CLS]), precomputed once."""
from __future__ import annotations

import torch

from training.common.data import SceneSplit, encode_captions


@torch.no_grad()
def sentence_bank(tower, tok, split: SceneSplit, device, batch: int = 512):
    """→ pooler [n,C,D] and text_embeds [n,C,E] for every caption (C = 5 EN + 5 KO)."""
    ids, mask, _ = encode_captions(split, lambda t: tok.encode_padded(t, tower.pos.num_embeddings))
    n, c, length = ids.shape
    ids, mask = torch.from_numpy(ids).view(-1, length), torch.from_numpy(mask).view(-1, length)
    pooled, embeds = [], []
    for i in range(0, len(ids), batch):
        m = mask[i:i + batch]
        k = int(m.sum(1).max())  # trailing [PAD] columns change nothing (masked), so skip them
        _, p, e = tower(ids[i:i + batch, :k].to(device), m[:, :k].to(device))
        pooled.append(p.float()); embeds.append(e.float())
    return torch.cat(pooled).view(n, c, -1), torch.cat(embeds).view(n, c, -1)


@torch.no_grad()
def encode_sentences(tower, tok, texts, device):
    ids, mask = tok.encode_batch(texts, tower.pos.num_embeddings)
    _, pooled, embeds = tower(torch.tensor(ids, device=device), torch.tensor(mask, device=device))
    return pooled.float(), embeds.float()
