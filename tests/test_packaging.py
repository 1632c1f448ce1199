"""The package installs everything it needs: every subpackage, the rulesets, the legal texts."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "qcdc_rules").rglob("__init__.py")}
    assert found | {"qcdc_rules.rulesets", "qcdc_cli"} == listed


def test_rulesets_and_legal_texts_are_package_data():
    rulesets = resources.files("qcdc_rules.rulesets")
    assert (rulesets / "national" / "ruleset.yaml").is_file()
    assert list((rulesets / "national" / "rules").iterdir())
    assert (rulesets / "provinces" / "lai-chau" / "ruleset.yaml").is_file()
    texts = resources.files("qcdc_rules.legal") / "texts"
    assert (texts / "luat-10-2022-qh15-thuc-hien-dan-chu-o-co-so.md").is_file()
    assert (texts / "nq-75-2024-nq-hdnd-lai-chau.md").is_file()
    assert (resources.files("qcdc_rules.time") / "workday_swaps.yaml").is_file()
    assert (resources.files("qcdc_rules.time") / "public_holidays.txt").is_file()
    assert (resources.files("qcdc_rules") / "data" / "lai-chau-2025-commune-merger.csv").is_file()
    assert (resources.files("qcdc_rules.legal") / "catalogue.yaml").is_file()
