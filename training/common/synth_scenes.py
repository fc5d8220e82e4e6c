"""Write a tiny ToonScenes-format dataset with numpy alone, for tests and the CPU dry run of the GPU
script when the Node builder (tools/dataset) is not available. Not training data for real weights:
flat two-tone settings with outlined discs and boxes, depth from the horizon and object depth.

python3 -m training.common.synth_scenes --out DIR --count 64 --seed 1
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

SETTINGS = [("beach", "beach", "해변", (120, 190, 240), (230, 210, 150)),
            ("forest", "forest", "숲", (170, 220, 250), (60, 140, 70)),
            ("kitchen", "kitchen", "부엌", (240, 230, 210), (180, 140, 100)),
            ("city", "city street", "도시 거리", (200, 210, 230), (120, 120, 130))]
OBJECTS = [("ball", "ball", "공", (230, 60, 60)), ("box", "box", "상자", (240, 180, 40)),
           ("dog", "dog", "개", (150, 100, 60)), ("cat", "cat", "고양이", (90, 90, 200))]
STYLES = ["ink", "pastel", "screentone", "manga"]


def render(rng: np.random.Generator, size: int, setting, objects, style: str):
    yy, xx = np.mgrid[0:size, 0:size] / size
    horizon = 0.55
    img = np.where(yy[..., None] < horizon, np.array(setting[3]), np.array(setting[4])).astype(np.float32)
    depth = np.where(yy < horizon, 0.0, 0.3 + 0.5 * (yy - horizon) / (1 - horizon))
    for (obj, x, y, s, d) in objects:
        if obj[0] == "box":
            inside = (abs(xx - x) < s) & (abs(yy - y) < s)
            rim = inside & ~((abs(xx - x) < s - 0.03) & (abs(yy - y) < s - 0.03))
        else:
            r = np.hypot(xx - x, yy - y)
            inside, rim = r < s, (r < s) & (r > s - 0.03)
        img[inside] = obj[3]
        img[rim] = (20, 20, 20)
        depth[inside] = d
    if style == "pastel":
        img = 0.6 * img + 0.4 * 255
    elif style == "manga":
        img = np.repeat(img.mean(axis=-1, keepdims=True), 3, axis=-1)
    elif style == "screentone":
        img = img * (0.85 + 0.15 * ((np.indices((size, size)).sum(0) % 4) < 2))[..., None]
    return img.clip(0, 255).astype(np.uint8), (depth * 255).clip(0, 255).astype(np.uint8)


def scene(rng: np.random.Generator, i: int, sizes):
    setting = SETTINGS[rng.integers(len(SETTINGS))]
    style = STYLES[rng.integers(len(STYLES))]
    objs = [(OBJECTS[rng.integers(len(OBJECTS))], rng.uniform(0.2, 0.8), rng.uniform(0.6, 0.85),
             rng.uniform(0.08, 0.18), rng.uniform(0.6, 1.0)) for _ in range(rng.integers(1, 3))]
    en = " and ".join(f"a {o[0][1]}" for o in objs)
    ko = "와 ".join(o[0][2] for o in objs)
    captions = {"en": [f"{en} on the {setting[1]}", f"{en} in a {setting[1]}", f"a {setting[1]} with {en}",
                       f"{style} drawing of {en}", f"{en}"],
                "ko": [f"{setting[2]}에 있는 {ko}", f"{setting[2]}의 {ko}", f"{ko}가 있는 {setting[2]}",
                       f"{ko} 그림", ko]}
    rendered = {s: render(rng, s, setting, objs, style) for s in sizes}
    meta = {"id": f"s{i:07d}", "setting": setting[0], "time": "day", "style": style,
            "objects": [{"kind": o[0][0], "count": 1, "action": None, "x": x, "y": y, "scale": s, "depth": d,
                         "on": None} for (o, x, y, s, d) in objs],
            "relations": [], "captions": captions}
    return meta, rendered


def write(out: Path, count: int, seed: int, sizes=(64, 128)) -> None:
    rng = np.random.default_rng(seed)
    splits = {"train": count - 2 * max(count // 20, 2), "val": max(count // 20, 2), "test": max(count // 20, 2)}
    index = 0
    for split, n in splits.items():
        rows = [scene(rng, index + k, sizes) for k in range(n)]
        index += n
        d = out / split
        d.mkdir(parents=True, exist_ok=True)
        (d / "scenes.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m, _ in rows),
                                        encoding="utf-8")
        for s in sizes:
            np.save(d / f"images_{s}.npy", np.stack([r[s][0] for _, r in rows]))
            np.save(d / f"depth_{s}.npy", np.stack([r[s][1] for _, r in rows]))
    (out / "dataset.json").write_text(json.dumps({
        "name": "ToonScenes", "version": 1, "seed": seed, "count": count, "sizes": list(sizes), "styles": STYLES,
        "settings": [{"id": s[0], "en": s[1], "ko": s[2]} for s in SETTINGS],
        "objects": [{"id": o[0], "en": o[1], "ko": o[2], "category": "thing"} for o in OBJECTS],
        "splits": splits, "synthetic": True}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=64)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sizes", default="64,128")
    a = ap.parse_args()
    write(Path(a.out), a.count, a.seed, tuple(int(s) for s in a.sizes.split(",")))
