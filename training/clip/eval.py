"""CLIP metrics on a split: text→image retrieval MRR@K / R@K per caption language, and zero-shot
setting accuracy.

Retrieval, precisely: the gallery is every image of the split; each of a scene's 5 captions in a
language is one query; rank = 1 + number of gallery images whose cosine with the query is strictly
higher than the scene's own image's; MRR@K = mean over queries of 1/rank if rank ≤ K else 0;
R@K = fraction of queries with rank ≤ K.
Zero-shot: an image's predicted setting is the label whose prompt (app-defaults.json's zeroShotPrompts) has
the highest cosine; accuracy per prompt language. The templates are chosen on the val split among
PROMPT_CANDIDATES (`--prompt-search`, again for each new tower): words the captions never use ("webtoon",
"panel") are spelled out letter by letter by the tokenizer and can pull whole settings to 0 %.

python3 -m training.clip.eval --ckpt DIR --tokenizer DIR --data DIR [--split test] --out FILE
python3 -m training.clip.eval --ckpt DIR --tokenizer DIR --data DIR --split val --prompt-search [--write-defaults]
--write-defaults puts each language's best template into app-defaults.json (a tie keeps the one in use).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch

from training.common import app_defaults
from training.common.data import LANGS, SceneSplit, load_meta

PROMPT_CANDIDATES = {
    "en": ["a webtoon panel of a {}", "a picture of the {}", "in the {}", "the {}"],
    "ko": ["{}에서", "{}의 웹툰 장면", "{}의 그림", "{}"],
}
KS = (1, 5, 10)


@torch.no_grad()
def embed_texts(model, tok, texts, device, batch=256) -> torch.Tensor:
    out = []
    for i in range(0, len(texts), batch):
        ids, mask = tok.encode_batch(texts[i:i + batch], model.config.max_len)
        k = max(sum(m) for m in mask)  # drop all-[PAD] columns: masked anyway
        ids, mask = [r[:k] for r in ids], [r[:k] for r in mask]
        out.append(model.text(torch.tensor(ids, device=device), torch.tensor(mask, device=device))[2].float())
    return torch.cat(out) if out else torch.zeros(0, model.config.embed_dim, device=device)


@torch.no_grad()
def embed_images(model, images: np.ndarray, device, batch=256) -> torch.Tensor:
    out = []
    for i in range(0, len(images), batch):
        x = torch.from_numpy(np.array(images[i:i + batch])).to(device)
        out.append(model.vision(x.permute(0, 3, 1, 2).float().div(127.5).sub(1.0)).float())
    return torch.cat(out)


def retrieval_metrics(text: torch.Tensor, image: torch.Tensor, target: torch.Tensor) -> dict:
    sims = text @ image.t()
    own = sims.gather(1, target[:, None])
    rank = 1 + (sims > own).sum(1).float()
    res = {"queries": int(len(target)), "gallery": int(image.shape[0]), "mean_rank": float(rank.mean())}
    for k in KS:
        hit = (rank <= k).float()
        res[f"mrr@{k}"] = float((hit / rank).mean())
        res[f"r@{k}"] = float(hit.mean())
    return res


def evaluate(model, tok, data_root: str, split: str = "test", device="cpu") -> dict:
    model.eval()
    data, meta = SceneSplit(data_root, split), load_meta(data_root)
    image = embed_images(model, data.images(64), device)
    out = {"split": split, "scenes": len(data)}
    for lang in LANGS:
        texts = [c for s in data.scenes for c in s["captions"][lang]]
        target = torch.tensor([i for i, s in enumerate(data.scenes) for _ in s["captions"][lang]], device=device)
        out[f"retrieval_{lang}"] = retrieval_metrics(embed_texts(model, tok, texts, device), image, target)
    truth = torch.from_numpy(data.setting_ids()).to(device)
    prompts = app_defaults.load()["zeroShotPrompts"]
    for lang in LANGS:
        out[f"zero_shot_setting_acc_{lang}"] = zero_shot_accuracy(model, tok, image, truth, meta["settings"],
                                                                  prompts[lang], lang, device)
    out["zero_shot_labels"] = len(meta["settings"])
    out["zero_shot_chance"] = float(np.bincount(data.setting_ids(), minlength=len(meta["settings"])).max() / max(1, len(data)))
    return out


def zero_shot_accuracy(model, tok, image, truth, settings, template: str, lang: str, device) -> float:
    prompts = [template.format(s[lang]) for s in settings]
    pred = (image @ embed_texts(model, tok, prompts, device).t()).argmax(1)
    return float((pred == truth).float().mean())


def prompt_search(model, tok, data_root: str, split: str, device) -> dict:
    """Zero-shot accuracy of every PROMPT_CANDIDATES template on a split (choose on val, report on test)."""
    model.eval()
    data, meta = SceneSplit(data_root, split), load_meta(data_root)
    image = embed_images(model, data.images(64), device)
    truth = torch.from_numpy(data.setting_ids()).to(device)
    return {lang: {t: zero_shot_accuracy(model, tok, image, truth, meta["settings"], t, lang, device)
                   for t in PROMPT_CANDIDATES[lang]} for lang in LANGS}


def best_templates(search: dict, in_use: dict) -> dict:
    """Per language the template with the highest accuracy; a tie keeps the one in use, else the first listed."""
    out = {}
    for lang, scores in search.items():
        top = max(scores.values())
        tied = [t for t, v in scores.items() if v == top]
        out[lang] = in_use.get(lang) if in_use.get(lang) in tied else tied[0]
    return out


def main(argv=None) -> dict:
    from training.clip.io import load_clip
    from training.common.tokenizer import WordPieceTokenizer
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ckpt", required=True); p.add_argument("--tokenizer", required=True)
    p.add_argument("--data", required=True); p.add_argument("--split", default="test")
    p.add_argument("--out", help="write the result here as JSON too")
    p.add_argument("--prompt-search", action="store_true", help="zero-shot accuracy of each candidate template")
    p.add_argument("--write-defaults", action="store_true",
                   help="with --prompt-search: write the best templates into app-defaults.json (zeroShotPrompts)")
    a = p.parse_args(argv)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model, _ = load_clip(a.ckpt, device)
    tok = WordPieceTokenizer.from_file(a.tokenizer)
    res = (prompt_search if a.prompt_search else evaluate)(model, tok, a.data, a.split, device)
    if a.write_defaults:
        if not a.prompt_search:
            p.error("--write-defaults needs --prompt-search")
        chosen = best_templates(res, app_defaults.load()["zeroShotPrompts"])
        app_defaults.update({"zeroShotPrompts": chosen})
        res = {**res, "written": chosen}
    if a.out:
        Path(a.out).write_text(json.dumps(res, indent=1, ensure_ascii=False))
    print(json.dumps(res, indent=1, ensure_ascii=False))
    return res


if __name__ == "__main__":
    main()
