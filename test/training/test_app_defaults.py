"""public/models/toon-mini/app-defaults.json: the one defaults file training writes and the evaluators read."""
import copy
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from training.common import app_defaults


def test_the_committed_file_is_valid_and_written_as_the_module_writes_it():
    text = app_defaults.PATH.read_text(encoding="utf-8")
    d = app_defaults.load()
    assert app_defaults.dumps(d) == text  # training's writes leave no formatting diff
    assert d["zeroShotPrompts"]["en"].format("kitchen") != d["zeroShotPrompts"]["en"]


@pytest.mark.parametrize("path, value, message", [
    (("sampling", "steps"), 0, "sampling.steps"), (("sampling", "steps"), 2.5, "integer"),
    (("sampling", "strength"), 1.5, "sampling.strength"), (("sampling", "guidance"), "3", "number"),
    (("sampling", "strengthRule"), "sometimes", "strengthRule"), (("panel", "topK"), 0, "panel.topK"),
    (("styles",), ["ink", "ink"], "distinct"), (("styles",), [], "distinct"),
    (("zeroShotPrompts", "ko"), "부엌", "label slot"), (("zeroShotPrompts", "en"), "{} and {}", "label slot")])
def test_validate_names_the_field_that_breaks_the_schema(path, value, message):
    d = copy.deepcopy(app_defaults.load())
    target = d
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValueError, match=message):
        app_defaults.validate(d)
    del d["panel"]
    with pytest.raises(ValueError, match="panel"):
        app_defaults.validate(d)


def test_update_merges_one_section_and_writes_only_on_change(tmp_path):
    path = tmp_path / "app-defaults.json"
    path.write_text(app_defaults.PATH.read_text(encoding="utf-8"), encoding="utf-8")
    before = app_defaults.load(path)
    path.touch()
    stamp = path.stat().st_mtime_ns
    app_defaults.update({"sampling": {"steps": before["sampling"]["steps"]}}, path)
    assert path.stat().st_mtime_ns == stamp  # unchanged: not rewritten
    new = app_defaults.update({"sampling": {"steps": 17}}, path)
    assert new["sampling"] == {**before["sampling"], "steps": 17} and new["panel"] == before["panel"]
    assert json.loads(path.read_text())["sampling"]["steps"] == 17
    with pytest.raises(ValueError):
        app_defaults.update({"sampling": {"steps": -1}}, path)
    assert app_defaults.load(path)["sampling"]["steps"] == 17  # a refused update writes nothing


def test_the_sweep_writes_its_choice_and_names_itself(tmp_path):
    from training.ldm.sweep import write_choice
    suite = tmp_path / "toon-mini"
    (suite / "report").mkdir(parents=True)
    path = suite / "app-defaults.json"
    path.write_text(app_defaults.PATH.read_text(encoding="utf-8"), encoding="utf-8")
    d = write_choice({"steps": 15, "guidance": 5.0}, str(suite / "report" / "sweep-next.json"), path)
    assert (d["sampling"]["steps"], d["sampling"]["guidance"], d["sampling"]["chosenBy"]) == (15, 5.0, "report/sweep-next.json")
    with pytest.raises(SystemExit, match="needs --out"):
        write_choice({"steps": 15, "guidance": 5.0}, None, path)


def test_prompt_search_keeps_the_template_in_use_on_a_tie():
    from training.clip.eval import best_templates
    search = {"en": {"a {}": 0.9, "the {}": 0.9, "in the {}": 0.5}, "ko": {"{}에서": 0.7, "{}": 0.8}}
    assert best_templates(search, {"en": "the {}", "ko": "{}에서"}) == {"en": "the {}", "ko": "{}"}
    assert best_templates(search, {"en": "in the {}", "ko": "{}"})["en"] == "a {}"  # no tie with it: the best


def test_the_ldm_eval_measures_with_the_files_sampling_settings():
    from training.ldm.eval import app_sampling, app_strengths
    import numpy as np
    d = app_defaults.load()
    s = app_sampling()
    assert (s["steps"], s["guidance"], s["strength"]) == (d["sampling"]["steps"], d["sampling"]["guidance"],
                                                          d["sampling"]["strength"])
    other = copy.deepcopy(d)
    other["sampling"].update(steps=7, strength=0.5)
    assert app_sampling(other)["steps"] == 7
    got = app_strengths(np.array([0, 1, 2]), np.array([0, 2, 2]), app_sampling(other))
    assert got.tolist() == [0.5, 1.0, 0.5]  # another style than asked: the reference's depth alone


def test_the_ldm_export_keeps_styles_in_step_with_the_unet_rows(tmp_path):
    from training.ldm.export_files import sync_styles
    from training.ldm.unet import STYLES
    written = sync_styles(tmp_path, len(STYLES) + 1)  # a folder without defaults gets the repo's, with the rows
    assert written["styles"] == list(STYLES) and app_defaults.load(tmp_path / "app-defaults.json") == written
    stale = {**written, "styles": ["ink"]}
    (tmp_path / "app-defaults.json").write_text(app_defaults.dumps(stale), encoding="utf-8")
    assert sync_styles(tmp_path, len(STYLES) + 1)["styles"] == list(STYLES)
    with pytest.raises(ValueError, match="style rows"):
        sync_styles(tmp_path, 3)


def test_no_training_code_reads_typescript_source():
    """Python and TypeScript share values through app-defaults.json, not by reading each other's files."""
    found = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((Path(ROOT) / "training").rglob("*.py"))
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"""["'][^"']*\.tsx?["']""", line)]
    assert found == []
