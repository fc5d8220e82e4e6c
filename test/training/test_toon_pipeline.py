"""Smoke run of PART A end to end on a real ToonScenes build: train CLIP → GAN (on CLIP's text
tower) → depth, resume, export to ONNX, and onnxruntime-node parity against PyTorch."""
import json
import math
import os
import shutil
import subprocess
from pathlib import Path

import onnx
import pytest

import eval_depth
import export_toon_mini
import train_clip
import train_depth
import train_gan
from conftest import ROOT


@pytest.fixture(scope="module")
def runs(toonscenes96, tmp_path_factory):
    base = tmp_path_factory.mktemp("part-a")
    common = ["--config", "smoke", "--data", toonscenes96, "--minutes", "3"]
    clip = train_clip.main(common + ["--out", str(base / "clip")])
    gan = train_gan.main(common + ["--out", str(base / "gan"), "--clip", str(base / "clip")])
    depth = train_depth.main(common + ["--out", str(base / "depth")])
    return base, {"clip": clip, "gan": gan, "depth": depth}


@pytest.fixture(scope="module")
def judge(runs, toonscenes96):
    """A second CLIP (other seed, more steps) to measure with: the role a newer tower plays after a CLIP run."""
    base, _ = runs
    train_clip.main(["--config", "smoke", "--data", toonscenes96, "--minutes", "3", "--out", str(base / "judge"),
                     "--seed", "7", "--steps", "10"])
    return base / "judge"


def finite(x):
    return x is not None and math.isfinite(x)


def test_metrics_are_computed(runs):
    _, m = runs
    assert m["clip"]["steps"] == 8 and finite(m["clip"]["train_acc"]) and finite(m["clip"]["val_acc"])
    for lang in ("en", "ko"):
        r = m["clip"]["test"][f"retrieval_{lang}"]
        assert r["queries"] == 5 * m["clip"]["test"]["scenes"] and 0 < r["mrr@1"] <= r["mrr@5"] <= r["mrr@10"] <= 1
        assert 0 <= m["clip"]["test"][f"zero_shot_setting_acc_{lang}"] <= 1
    assert finite(m["gan"]["best"]["fd_clip"]) and m["gan"]["best"]["weights"] in ("raw", "ema")
    assert m["gan"]["best"]["diversity_clip"] >= 0 and finite(m["gan"]["best"]["diversity_pixel"])
    assert m["gan"]["ms_weight"] == 1.0
    assert finite(m["depth"]["test"]["mae"]) and 0 <= m["depth"]["test"]["delta1"] <= 1


def test_checkpoints_fit_and_training_resumes(runs, toonscenes96):
    base, _ = runs
    for f in ("clip/text.pt", "clip/vision.pt", "gan/gan.pt", "gan/best_generator.pt", "depth/depth.pt"):
        assert (base / f).stat().st_size < 16 * 2**20
    assert (base / "gan" / "samples.png").read_bytes()[:4] == b"\x89PNG"
    more = ["--config", "smoke", "--data", toonscenes96, "--minutes", "3", "--steps", "2"]
    assert train_clip.main(more + ["--out", str(base / "clip2"), "--resume", str(base / "clip"),
                                   "--tokenizer", str(base / "clip" / "tokenizer")])["steps"] == 10
    depth2 = train_depth.main(more + ["--out", str(base / "depth2"), "--resume", str(base / "depth"), "--lr", "1e-4"])
    assert depth2["steps"] == 8 and depth2["lr"] == 1e-4


def test_eval_depth_measures_a_checkpoint_again_overall_and_per_style(runs, toonscenes96, tmp_path):
    base, m = runs
    out = tmp_path / "depth-eval.json"
    png = tmp_path / "depth.png"
    r = eval_depth.main(["--depth", str(base / "depth"), "--data", toonscenes96, "--out", str(out), "--grid", str(png),
                         "--grid-also", str(base / "depth")])
    assert png.read_bytes()[:4] == b"\x89PNG"
    # the same EMA weights on the same split: the run's own test figure, to the bf16 the checkpoint stores
    assert r["all"]["n"] == m["depth"]["test"]["n"]
    assert r["all"]["mae"] == pytest.approx(m["depth"]["test"]["mae"], rel=1e-3)
    assert sum(s["n"] for s in r["by_style"].values()) == r["all"]["n"]
    assert set(r["by_style"]) <= {"ink", "pastel", "screentone", "manga"}
    assert json.loads(out.read_text())["step"] == m["depth"]["steps"]


def test_export_interfaces_and_onnxruntime_parity(runs):
    base, _ = runs
    models, fixtures = base / "models", base / "fixtures"
    part = export_toon_mini.main(["--clip", str(base / "clip"), "--gan", str(base / "gan"), "--depth",
                                  str(base / "depth"), "--out", str(models / "toon-mini"), "--fixtures", str(fixtures),
                                  "--note", "test"])
    io = {m["id"]: m["files"][0] for m in part["models"] if m["id"] != "tokenizer"}
    assert [t["name"] for t in io["text_encoder"]["inputs"]] == ["input_ids"]
    assert [t["name"] for t in io["text_encoder"]["outputs"]] == ["last_hidden_state", "pooler_output", "text_embeds"]
    assert [t["name"] for t in io["gan_generator"]["inputs"]] == ["sentence", "noise"]
    assert [t["name"] for t in io["depth_estimator"]["outputs"]] == ["predicted_depth"]
    for entry in io.values():
        model = onnx.load(str(models / "toon-mini" / entry["path"]))
        assert model.opset_import[0].version == 17 and entry["dtype"] == "int8"
    run = subprocess.run(["node", os.path.join(ROOT, "test", "training", "ort_parity.mjs"), str(models),
                          *sorted(str(p) for p in fixtures.glob("*.json"))], capture_output=True, text=True, cwd=ROOT)
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.returncode == 0 and len(lines) == 6, run.stdout + run.stderr


def test_resume_keeps_the_checkpoint_architecture(runs, toonscenes96):
    """The GPU run resumes repo checkpoints whatever --config it passes: the architecture must follow the file."""
    base, _ = runs
    common = ["--data", toonscenes96, "--minutes", "3", "--steps", "1"]
    gan = train_gan.main(common + ["--config", "full", "--batch", "4", "--out", str(base / "gan2"),
                                   "--resume", str(base / "gan"), "--clip", str(base / "clip")])
    assert gan["steps"] == 7 and gan["generator_params"] < 10**6  # smoke-sized generator, not full
    depth = train_depth.main(common + ["--config", "full", "--batch", "2", "--out", str(base / "depth3"),
                                       "--resume", str(base / "depth")])
    assert depth["steps"] == 7 and depth["params"] < 10**5


def test_prompt_search_scores_every_candidate_template(runs, toonscenes96):
    from toon.eval_clip import PROMPT_CANDIDATES, PROMPTS, main as eval_clip_main
    base, _ = runs
    res = eval_clip_main(["--ckpt", str(base / "clip"), "--tokenizer", str(base / "clip" / "tokenizer"),
                          "--data", toonscenes96, "--split", "val", "--prompt-search"])
    for lang in ("en", "ko"):
        assert list(res[lang]) == PROMPT_CANDIDATES[lang] and PROMPTS[lang] in res[lang]
        assert all(0 <= v <= 1 for v in res[lang].values())


def test_eval_gan_reports_each_language_beside_the_real_images(runs, toonscenes96):
    import eval_gan
    base, _ = runs
    res = eval_gan.main(["--gan", str(base / "gan"), "--clip", str(base / "clip"), "--data", toonscenes96,
                         "--split", "test", "--scenes", "6"])
    assert res["scenes"] == 6 and res["generator"]["weights"] in ("raw", "ema")
    for part in ("real", "en", "ko"):
        assert 1 - 1e-9 <= res[part]["is_clip"] <= res["labels"] + 1e-9 and 0 <= res[part]["setting_acc"] <= 1
        # one scene, or identical images: float32 rounding can put a zero diversity a hair below 0
        assert res[part]["diversity_clip"] >= -1e-6 or math.isnan(res[part]["diversity_clip"])
    for lang in ("en", "ko"):
        assert finite(res[lang]["fd_clip"]) and 0 <= res[lang]["r_precision"] <= 1


def test_eval_gan_can_measure_with_another_tower(runs, judge, toonscenes96):
    import eval_gan
    base, _ = runs
    common = ["--gan", str(base / "gan"), "--clip", str(base / "clip"), "--data", toonscenes96, "--split", "test",
              "--scenes", "6"]
    own, judged = eval_gan.main(common), eval_gan.main(common + ["--judge", str(judge)])
    assert judged["judged_by"] == "CLIP step 10" and "judged_by" not in own
    # the same images, seen by other features: every figure moves, the real images' included
    assert judged["real"]["diversity_clip"] != own["real"]["diversity_clip"]
    assert judged["en"]["fd_clip"] != own["en"]["fd_clip"] and finite(judged["en"]["fd_clip"])
    assert judged["en"]["diversity_pixel"] == pytest.approx(own["en"]["diversity_pixel"])  # pixels: the same images


def test_eval_ldm_measures_the_app_pipeline_per_language(runs, judge, toonscenes96):
    import eval_ldm
    import train_ldm
    base, _ = runs
    ldm = base / "ldm"  # a tiny LDM on this module's CLIP text tower, as the app pairs them
    train_ldm.main(["--config", "tiny", "--data", toonscenes96, "--out", str(ldm), "--minutes", "1",
                    "--text-ckpt", str(base / "clip"), "--no-samples"])
    common = ["--ldm", str(ldm), "--clip", str(base / "clip"), "--data", toonscenes96, "--scenes", "6",
              "--gallery", "32", "--steps", "4"]
    res = eval_ldm.main(common)
    assert res["scenes"] == 6 and res["gallery"] == 32 and res["steps"] == 4 and res["strength"].startswith("app")
    assert 0 <= res["real"]["style_acc"] <= 1
    for part in (res["real"], res["en"], res["ko"], res["en"]["unconditional"], res["ko"]["unconditional"]):
        assert 1 - 1e-9 <= part["is_clip"] <= res["labels"] + 1e-9 and 0 <= part["setting_acc"] <= 1
    for lang in ("en", "ko"):
        assert finite(res[lang]["fd_clip"]) and 0 <= res[lang]["r_precision"] <= 1
        assert 0 <= res[lang]["retrieval_setting_acc"] <= 1
        assert finite(res[lang]["unconditional"]["fd_clip"]) and 0 <= res[lang]["unconditional"]["r_precision"] <= 1
        assert 0 <= res[lang]["style_acc"] <= 1 and 0 <= res[lang]["unconditional"]["reference_style_kept"] <= 1
        assert 0 <= res[lang]["reference_differs"] <= 6
        # the app's rule: a reference in another style gives only its depth (strength 1), the others img2img
        assert res[lang]["from_noise"] * 6 == pytest.approx(res[lang]["reference_differs"])
    # strength 0 runs no step: guided and unconditional panels are both the decoded reference
    still = eval_ldm.main(common + ["--strength", "0"])
    # a judge measures the same panels: the app's tower still retrieves, so the references do not move
    judged = eval_ldm.main(common + ["--strength", "0", "--judge", str(judge)])
    assert judged["judged_by"] == "CLIP step 10"
    for lang in ("en", "ko"):
        for same in ("retrieval_setting_acc", "reference_differs", "from_noise"):
            assert judged[lang][same] == still[lang][same]
        assert judged[lang]["fd_clip"] != still[lang]["fd_clip"] and finite(judged[lang]["fd_clip"])
    for lang in ("en", "ko"):
        assert still[lang]["setting_acc"] == still[lang]["unconditional"]["setting_acc"]
        assert still[lang]["is_clip"] == pytest.approx(still[lang]["unconditional"]["is_clip"], abs=1e-9)
    # the sweep (sweep_sampling.py) runs the same pipeline without the twins, on val, over a grid
    import sweep_sampling
    sweep_args = ["--ldm", str(ldm), "--clip", str(base / "clip"), "--data", toonscenes96, "--scenes", "6",
                  "--gallery", "32", "--steps", "2,4"]
    first = base / "sweep.json"
    sweep = sweep_sampling.main(sweep_args + ["--guidance", "1,3", "--out", str(first)])
    assert sweep["split"] == "val" and len(sweep["rows"]) == 4
    assert {(r["steps"], r["guidance"]) for r in sweep["rows"]} == {(2, 1.0), (4, 1.0), (2, 3.0), (4, 3.0)}
    assert (sweep["choice"]["steps"], sweep["choice"]["guidance"]) in {(r["steps"], r["guidance"]) for r in sweep["rows"]}
    # a wider grid reuses the rows measured already and chooses over all of them
    wider = sweep_sampling.main(sweep_args + ["--guidance", "3,5", "--extend", str(first)])
    assert len(wider["rows"]) == 6 and wider["rows"][:4] == sweep["rows"]
    with pytest.raises(SystemExit, match="something else"):
        sweep_sampling.main(sweep_args[:-4] + ["--scenes", "5", "--gallery", "32", "--steps", "2", "--guidance", "5",
                                               "--extend", str(first)])


def test_sampling_choice_rule():
    from sweep_sampling import choose
    row = lambda steps, guidance, fd, rp, acc=0.9, style=0.9: {"steps": steps, "guidance": guidance, "fd_clip": fd,
                                                                 "r_precision": rp, "setting_acc": acc, "style_acc": style}
    rows = [row(20, 1.5, 4.0, 0.15), row(20, 3, 4.3, 0.20), row(20, 5, 5.0, 0.25),  # 5.0 > 4.0 * 1.1: too far
            row(10, 3, 4.6, 0.19), row(15, 3, 4.5, 0.20), row(10, 1.5, 3.9, 0.15), row(10, 5, 4.9, 0.24)]
    assert choose(rows) == {"steps": 10, "guidance": 3, "reference_row": {"steps": 20, "guidance": 3}}
    rows[3] = row(10, 3, 4.6, 0.17)  # 10 steps lose 0.03 of R-precision: 15 is the fewest that keep it
    assert choose(rows)["steps"] == 15
    rows[4] = row(15, 3, 4.5, 0.20, style=0.85)  # and a style drop disqualifies as well
    assert choose(rows)["steps"] == 20


def test_check_suite_flags_generators_trained_on_another_clip(runs, toonscenes96, tmp_path):
    import check_suite
    import train_ldm
    base, _ = runs
    ckpt = tmp_path / "checkpoints"
    shutil.copytree(base / "clip", ckpt / "clip")
    shutil.copytree(base / "gan", ckpt / "gan")
    train_ldm.main(["--config", "tiny", "--data", toonscenes96, "--out", str(ckpt / "ldm"), "--minutes", "1",
                    "--text-ckpt", str(ckpt / "clip"), "--no-samples"])
    assert check_suite.problems(ckpt) == []
    # one more CLIP step, as a GPU session that trains only CLIP would land it
    train_clip.main(["--config", "smoke", "--data", toonscenes96, "--minutes", "3", "--steps", "1",
                     "--out", str(tmp_path / "clip-next"), "--resume", str(ckpt / "clip")])
    for f in ("text.pt", "vision.pt"):
        shutil.copyfile(tmp_path / "clip-next" / f, ckpt / "clip" / f)
    found = check_suite.problems(ckpt)
    assert len(found) == 2 and "UNet" in found[0] and "DCGAN" in found[1]
    assert check_suite.main(["--ckpt", str(ckpt)]) == 1


def test_the_kept_generators_were_trained_on_the_kept_clip():
    """The repo's own checkpoints: what the app ships must condition the UNet and DCGAN on the tower they learned."""
    import check_suite
    assert check_suite.problems(Path(ROOT) / "training" / "checkpoints") == []
