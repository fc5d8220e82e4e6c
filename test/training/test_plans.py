"""Scene planner training: features (the TypeScript side mirrors them), labels from corpus spans, and a tiny
train → export run on a corpus the real generator writes."""
import json
import os
import subprocess
import tempfile

import onnx
import pytest

from conftest import ROOT, run
from training.plans.data import IGNORE, encode_line, utf16_to_cp
from training.plans.features import C_HANGUL, C_UPPER, features, normalize
from training.plans.labels import SPAN_TYPES, load_labels


def test_features_read_hangul_jamo_and_classes():
    vocab = {"A": 2, "가": 3}
    f = features(normalize("A각 "), vocab)
    assert f[0] == [2, 0, 0, 0, C_UPPER]
    # 각 = ㄱ + ㅏ + ㄱ: initial 1, medial 1, final 2 (1-based); unseen syllable → id 1 (unknown)
    assert f[1] == [1, 1, 1, 2, C_HANGUL]
    assert f[2][4] == 1  # space


def test_spans_become_char_labels_with_utf16_offsets():
    labels = load_labels()
    text = "🙂 Two dogs"
    assert utf16_to_cp(text)[3] == 2  # the emoji is two UTF-16 units, one code point
    rec = {"text": text, "setting": "park", "time": None,
           "spans": [{"start": 3, "end": 11, "tag": "thing", "kind": "dog", "count": 2}]}
    ex = encode_line(rec, labels, {})
    thing = SPAN_TYPES.index("thing")
    assert ex.tok["bio"][:4] == [0, 0, 1 + 2 * thing, 2 + 2 * thing]
    assert ex.tok["kind"][2] == labels.kinds.index("dog") and ex.tok["kind"][1] == IGNORE
    assert ex.tok["count"][2] == 1  # the class of count 2
    assert ex.setting == labels.settings.index("park") and ex.time == 3  # 3 = no time stated


@pytest.fixture(scope="module")
def corpus():
    tsx = os.path.join(ROOT, "node_modules", ".bin", "tsx")
    out = tempfile.mkdtemp(prefix="plan-corpus-")
    for name, seed in (("train", 1), ("test", 2)):
        r = subprocess.run([tsx, "tools/dataset/plans/corpus-cli.ts", "--lines", "300", "--stories", "10", "--seed", str(seed),
                            "--out", f"{out}/{name}.jsonl"], cwd=ROOT, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-2000:]
    return out


def test_tiny_train_and_export(corpus):
    run_dir = os.path.join(corpus, "run")
    run(["-m", "training.plans.train", "--config", "tiny", "--corpus", f"{corpus}/train.jsonl",
         "--test-corpus", f"{corpus}/test.jsonl", "--out", run_dir, "--minutes", "1"])
    metrics = json.load(open(os.path.join(run_dir, "metrics.json")))
    assert metrics["steps_this_run"] > 0 and 0 <= metrics["test"]["setting"] <= 1
    suite = os.path.join(corpus, "suite")
    os.makedirs(os.path.join(suite, "scene_planner"))
    with open(os.path.join(ROOT, "public/models/toon-mini/scene_planner/catalog.json"), encoding="utf-8") as f:
        catalog = f.read()
    with open(os.path.join(suite, "scene_planner", "catalog.json"), "w", encoding="utf-8") as f:
        f.write(catalog)
    fixture = os.path.join(corpus, "fixture.json")
    run(["-m", "training.plans.export", "--checkpoint", f"{run_dir}/planner.pt", "--suite", suite, "--fixture", fixture])
    model = onnx.load(os.path.join(suite, "scene_planner", "onnx", "model.onnx"))
    assert [o.name for o in model.graph.output] == ["bio", "kind", "count", "action", "rel", "place", "time_tok", "pron",
                                                    "setting", "time"]
    config = json.load(open(os.path.join(suite, "scene_planner", "config.json"), encoding="utf-8"))
    assert config["model_type"] == "toon-scene-planner" and config["labels"]["kinds"][0] == "person"
    parts = json.load(open(os.path.join(suite, "suite.parts", "plans.json"), encoding="utf-8"))
    assert [f["path"] for f in parts["models"][0]["files"]] == [
        "scene_planner/onnx/model.onnx", "scene_planner/config.json", "scene_planner/catalog.json"]


def test_augment_makes_up_words_outside_spans_and_keeps_labels_on_their_words():
    import random
    from training.plans.augment import augment_line
    rec = {"type": "line", "lang": "en", "text": "Two dogs run happily on the beach today.", "setting": "beach", "time": None,
           "spans": [{"start": 0, "end": 8, "tag": "thing", "kind": "dog", "count": 2},
                     {"start": 21, "end": 33, "tag": "place", "setting": "beach"}]}
    rng = random.Random(3)
    for _ in range(20):
        a = augment_line(rec, rng)
        assert a["text"] != rec["text"]
        assert [a["text"][s["start"]:s["end"]] for s in a["spans"]] == ["Two dogs", "on the beach"]
    # a line whose every word is labelled has nothing to make up
    assert augment_line({**rec, "text": "Two dogs", "spans": rec["spans"][:1]}, rng) is None
