"""Write the reference values for the TypeScript CLIP metrics (tools/clip-report/metrics.ts):
a small fixed input and what clip/eval.py computes on it.

/usr/bin/python3 -m training.clip.report_fixture [--out test/fixtures/clip-report/eval-clip-metrics.json]

Retrieval: clip/eval.py's retrieval_metrics itself. Zero-shot: the same expressions as
clip/eval.py's evaluate (argmax of image @ promptsᵀ; chance = largest class share), which has no
function of its own to call. The input has exact ties (duplicated image rows) because the rank
counts only strictly higher scores.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch

from training.clip.eval import KS, retrieval_metrics


def unit_rows(rng: np.random.Generator, n: int, d: int) -> np.ndarray:
    x = rng.standard_normal((n, d)).astype(np.float32)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="test/fixtures/clip-report/eval-clip-metrics.json")
    a = p.parse_args()
    rng = np.random.default_rng(20231127)
    dim, n_images, per_scene, n_labels = 8, 12, 3, 5
    image = unit_rows(rng, n_images, dim)
    image[7] = image[3]  # a tie with a scene's own image: a strictly-higher rank rule keeps rank 1 possible
    image[10] = image[2]
    target = np.repeat(np.arange(n_images), per_scene)
    # Queries near their own image (varying noise), so ranks spread over 1 … n_images.
    noise = rng.standard_normal((len(target), dim)).astype(np.float32) * rng.uniform(0.2, 2.0, (len(target), 1)).astype(np.float32)
    text = image[target] + noise
    text = (text / np.linalg.norm(text, axis=1, keepdims=True)).astype(np.float32)
    text[5] = image[7]  # query of scene 1 equal to another image: rank > 1 by a clear margin
    text[9] = image[3]  # query of scene 3 equal to its own image, which ties with image 7
    retrieval = retrieval_metrics(torch.from_numpy(text), torch.from_numpy(image), torch.from_numpy(target))

    prompts = unit_rows(rng, n_labels, dim)
    truth = rng.integers(0, n_labels, n_images)
    pred = (torch.from_numpy(image) @ torch.from_numpy(prompts).t()).argmax(1)
    zero_shot = {
        "accuracy": float((pred == torch.from_numpy(truth)).float().mean()),
        "chance": float(np.bincount(truth, minlength=n_labels).max() / max(1, n_images)),
        "predicted": pred.tolist(),
    }
    out = {
        "source": "training/clip/report_fixture.py (clip/eval.py retrieval_metrics and evaluate's zero-shot lines)",
        "ks": list(KS), "dim": dim,
        "image": image.tolist(), "text": text.tolist(), "target": target.tolist(),
        "prompts": prompts.tolist(), "truth": truth.tolist(),
        "retrieval": retrieval, "zero_shot": zero_shot,
    }
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {a.out}: retrieval {retrieval}, zero-shot {zero_shot['accuracy']}")


if __name__ == "__main__":
    main()
