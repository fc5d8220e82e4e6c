"""Readers for the ToonScenes on-disk format (tools/dataset/FORMAT.md), numpy + json only.

Stable API (every model reads it): load_meta, SceneSplit, ToonScenesDataset, LANGS.
"""
from __future__ import annotations

import json
import os
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np

LANGS = ("en", "ko")  # caption language index: 0 = English, 1 = Korean
# the thesis's single-treatment example captions (Tables 13–17), with Korean versions: sample grids, tokenizer tests
EXAMPLES = [
    ("Six teens playing frisbee in a field of grass", "잔디밭에서 프리스비를 하는 십대 여섯 명"),
    ("A person in a ski suit is skiing.", "스키복을 입은 사람이 스키를 타고 있다."),
    ("A horse drawn carriage is parked along the curb.", "말이 끄는 마차가 길가에 세워져 있다."),
    ("Electric appliances crammed on a counter in a kitchen.", "부엌 조리대 위에 가전제품이 빼곡히 놓여 있다."),
    ("A woman cutting a large white sheet cake.", "여자가 커다란 흰색 시트 케이크를 자르고 있다."),
]


SPLITS = ("train", "val", "test")


def load_meta(root: str) -> dict:
    """dataset.json: name, version, sizes, styles, settings, objects, splits."""
    path = os.path.join(root, "dataset.json")
    if not os.path.exists(path):
        raise FileNotFoundError(f"{root!r} is not a ToonScenes folder: no dataset.json (build one with `npm run dataset`)")
    with open(path, encoding="utf-8") as f:
        meta = json.load(f)
    if meta.get("name") != "ToonScenes":
        raise ValueError(f"{path}: name is {meta.get('name')!r}, expected 'ToonScenes'")
    return meta


def read_jsonl(path: str) -> List[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class SceneSplit:
    """One split (train/val/test): scene rows plus memory-mapped image and depth arrays."""

    def __init__(self, root: str, split: str, limit: Optional[int] = None):
        if split not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
        self.root, self.split = root, split
        self.meta = load_meta(root)
        self.dir = os.path.join(root, split)
        self.scenes = read_jsonl(os.path.join(self.dir, "scenes.jsonl"))
        self.rows = len(self.scenes)  # rows on disk; `limit` keeps only the first N (quick CPU runs)
        self.scenes = self.scenes[:limit] if limit else self.scenes
        self.styles: List[str] = list(self.meta["styles"])
        self.settings: List[str] = [s["id"] for s in self.meta["settings"]]
        self.style_index = {s: i for i, s in enumerate(self.styles)}
        self.setting_index = {s: i for i, s in enumerate(self.settings)}
        self._arrays: Dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.scenes)

    def _array(self, name: str) -> np.ndarray:
        if name not in self._arrays:
            path = os.path.join(self.dir, name + ".npy")
            if not os.path.exists(path):
                raise FileNotFoundError(f"{path} missing (sizes in dataset.json: {self.meta.get('sizes')})")
            arr = np.load(path, mmap_mode="r")  # mmap: the 128 px train split need not fit in RAM
            if arr.shape[0] != self.rows:
                raise ValueError(f"{path}: {arr.shape[0]} rows but scenes.jsonl has {self.rows}")
            self._arrays[name] = arr[: len(self.scenes)]
        return self._arrays[name]

    def images(self, size: int = 64) -> np.ndarray:
        """uint8 [n,size,size,3] RGB."""
        return self._array(f"images_{size}")

    def depth(self, size: int = 64) -> np.ndarray:
        """uint8 [n,size,size], 0 = far … 255 = near."""
        return self._array(f"depth_{size}")

    def captions(self, i: int, lang: str) -> List[str]:
        return list(self.scenes[i]["captions"][lang])

    def all_captions(self, langs: Sequence[str] = LANGS) -> List[str]:
        return [c for s in self.scenes for lang in langs for c in s["captions"][lang]]

    def style_ids(self) -> np.ndarray:
        return np.array([self.style_index[s["style"]] for s in self.scenes], dtype=np.int64)

    def setting_ids(self) -> np.ndarray:
        return np.array([self.setting_index[s["setting"]] for s in self.scenes], dtype=np.int64)


def image_to_tensor_array(img: np.ndarray) -> np.ndarray:
    """uint8 HWC (or NHWC) → float32 CHW in [-1, 1] (the GAN's tanh range; CLIP uses it too)."""
    x = np.asarray(img, dtype=np.float32) / 127.5 - 1.0
    return np.ascontiguousarray(np.moveaxis(x, -1, -3))


def depth_to_array(d: np.ndarray) -> np.ndarray:
    """uint8 HW (or NHW) → float32 1HW in [0, 1], 1 = near."""
    return (np.asarray(d, dtype=np.float32) / 255.0)[..., None, :, :]


try:
    import torch
    from torch.utils.data import Dataset
except ImportError:  # the readers above work without torch (e.g. for tools)
    torch = None
    Dataset = object


class ToonScenesDataset(Dataset):
    """Yields dicts for one split, picking one of the 10 captions (5 EN + 5 KO) at random per access.

    keys: image float [3,s,s] in [-1,1]; depth float [1,d,d] in [0,1] (when depth_size);
    input_ids int64 [L], attention_mask int64 [L] (when an `encode` function is given);
    caption str; lang int (0 en, 1 ko); style int; setting int; index int.
    `encode(text) -> (ids, mask)` is e.g. common/tokenizer.py's WordPieceTokenizer.encode_padded.
    """

    def __init__(self, root: str, split: str, size: int = 64, depth_size: Optional[int] = None,
                 encode: Optional[Callable[[str], tuple]] = None, langs: Sequence[str] = LANGS,
                 fixed_caption: Optional[int] = None):
        self.data = SceneSplit(root, split)
        self.size, self.depth_size, self.encode = size, depth_size, encode
        self.langs = tuple(langs)
        for lang in self.langs:
            if lang not in LANGS:
                raise ValueError(f"unknown caption language {lang!r}; known: {LANGS}")
        self.fixed_caption = fixed_caption  # index into langs×5 for deterministic eval
        self.styles, self.settings = self.data.style_ids(), self.data.setting_ids()

    def __len__(self) -> int:
        return len(self.data)

    def pick_caption(self, i: int):
        scene = self.data.scenes[i]
        choices = [(lang, c) for lang in self.langs for c in scene["captions"][lang]]
        k = self.fixed_caption if self.fixed_caption is not None else int(torch.randint(len(choices), ()))
        return choices[k % len(choices)]

    def __getitem__(self, i: int) -> dict:
        lang, caption = self.pick_caption(i)
        item = {
            "image": torch.from_numpy(image_to_tensor_array(self.data.images(self.size)[i])),
            "caption": caption,
            "lang": LANGS.index(lang),
            "style": int(self.styles[i]),
            "setting": int(self.settings[i]),
            "index": i,
        }
        if self.depth_size:
            item["depth"] = torch.from_numpy(depth_to_array(self.data.depth(self.depth_size)[i]))
        if self.encode is not None:
            ids, mask = self.encode(caption)
            item["input_ids"] = torch.tensor(ids, dtype=torch.int64)
            item["attention_mask"] = torch.tensor(mask, dtype=torch.int64)
        return item


def encode_captions(split: SceneSplit, encode_padded: Callable[[str], tuple], langs: Sequence[str] = LANGS):
    """Every caption pre-tokenised once (tokenising per step would starve a GPU):
    ids int64 [n, C, L], mask int64 [n, C, L], lang int64 [C] with C = 5 per language."""
    return encode_caption_lists([s["captions"] for s in split.scenes], encode_padded, langs, str(split.dir))


def encode_caption_lists(captions: Sequence[dict], encode_padded: Callable[[str], tuple],
                         langs: Sequence[str] = LANGS, where: str = "the split"):
    """encode_captions on the scenes' caption dicts ({"en": [...], "ko": [...]}) alone."""
    per_scene = [[(lang, c) for lang in langs for c in caps[lang]] for caps in captions]
    counts = {len(p) for p in per_scene}
    if len(counts) != 1:
        raise ValueError(f"scenes of {where} have differing caption counts {sorted(counts)}")
    ids, mask = [], []
    for row in per_scene:
        enc = [encode_padded(c) for _, c in row]
        ids.append([e[0] for e in enc]); mask.append([e[1] for e in enc])
    lang = np.array([LANGS.index(lang) for lang, _ in per_scene[0]], dtype=np.int64) if per_scene else np.zeros(0, np.int64)
    return np.array(ids, dtype=np.int64), np.array(mask, dtype=np.int64), lang
