"""training/'s import rules (training/README.md, Layout): common imports no model, a model imports only common
(and clip's frozen towers, for the DCGAN and the LDM), suite/ and gpu/ may import everything."""
import ast
from pathlib import Path

from conftest import ROOT

ALLOWED = {"common": {"common"}, "clip": {"common", "clip"}, "depth": {"common", "depth"},
           "gan": {"common", "clip", "gan"}, "ldm": {"common", "clip", "ldm"},
           "upscale": {"common", "ldm", "upscale"},
           "suite": {"common", "clip", "gan", "depth", "ldm", "upscale", "suite"},
           "gpu": {"common", "clip", "gan", "depth", "ldm", "upscale", "suite", "gpu"}}


def violations(root: Path) -> list:
    out = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if len(rel.parts) < 2 or rel.parts[0] not in ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                parts = name.split(".")
                if parts[0] == "training" and len(parts) > 1 and parts[1] not in ALLOWED[rel.parts[0]]:
                    out.append(f"{rel}:{node.lineno} imports {name}")
    return out


def test_packages_import_only_what_the_layout_allows():
    assert violations(Path(ROOT) / "training") == []


def test_the_rule_catches_a_planted_import(tmp_path):
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "bad.py").write_text("from training.ldm.unet import STYLES\n")
    (tmp_path / "depth").mkdir()
    (tmp_path / "depth" / "ok.py").write_text("import training.common.data\n")
    assert violations(tmp_path) == ["common/bad.py:1 imports training.ldm.unet"]
