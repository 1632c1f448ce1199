"""`qcdc-check sample`: a synthetic province that the scorecard can score. Same seed, same
bytes; another seed, other files; the 2023 map has every pre-merger commune; a small sample
loads without a failure and scores a mix of verdicts against every Lai Châu target."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.crosswalk import lai_chau_2025
from qcdc_rules.load.activity import is_activity_record
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.profile import Profile
from qcdc_rules.sample import build, generate

FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # YAML 1.1, but our writer quotes what it reads differently


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def digest(files: dict[str, str]) -> str:
    h = hashlib.sha256()
    for path, text in sorted(files.items()):
        h.update(path.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()


def written(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def small_2023(tmp_path_factory):
    """Two communes of the 2023 map with their villages and the province-level units in
    proportion, written by the command and scored with Lai Châu's ruleset."""
    root = tmp_path_factory.mktemp("sample") / "lai-chau-2023"
    result = run("sample", "--province", "lai-chau", "--seed", 4, "--year", 2023, "--communes", 1, "-o", root)
    assert result.exit_code == 0, result.output
    card = run("scorecard", root, "--province", "lai-chau", "--format", "json")
    assert card.exit_code == ExitCode.OK, card.output
    return root, json.loads(card.stdout)


def test_same_seed_same_bytes(tmp_path):
    first = generate("lai-chau", seed=7, year=2025, communes=2)
    assert generate("lai-chau", seed=7, year=2025, communes=2) == first
    for name in ("a", "b"):
        result = run("sample", "--province", "lai-chau", "--seed", 7, "--communes", 2, "-o", tmp_path / name)
        assert result.exit_code == 0, result.output
    a, b = written(tmp_path / "a"), written(tmp_path / "b")
    assert a == b and a == {k: v.encode() for k, v in first.items()}
    # another process with another string-hash seed writes the same bytes
    code = ("import hashlib,sys; from qcdc_rules.sample import generate; h=hashlib.sha256()\n"
            "for p,t in sorted(generate('lai-chau',seed=7,year=2025,communes=2).items()):"
            " h.update(p.encode()+b'\\0'+t.encode()+b'\\0')\nprint(h.hexdigest())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "12345"})
    assert out.stdout.strip() == digest(first)


def test_different_seeds_differ():
    a = generate(seed=7, year=2025, communes=2)
    b = generate(seed=8, year=2025, communes=2)
    assert digest(a) != digest(b)
    # the same unit, drawn anew: its profile differs too
    same = [p for p in a if p in b and p.endswith(".yaml")]
    assert same and any(a[p] != b[p] for p in same)


def test_the_2023_map_has_every_pre_merger_commune():
    sample = build(seed=4, year=2023)
    assert sample.counts["commune"] == 106 >= 100
    assert sample.counts["village"] == 956  # seed 001: 956 thôn, bản, khu phố
    old = {(a.kind, a.name) for a in lai_chau_2025().successors}
    communes = {}
    for path, text in sample.files.items():
        if not path.endswith(".yaml"):
            continue
        folder, name = path.split("/")
        if name == f"{folder}.yaml" and folder != "tinh-lai-chau":
            data = yaml.load(text, Loader=FAST_LOADER)
            Profile.model_validate(data)
            levels = [a["level"] for a in data["admin_path"]]
            assert levels == ["province", "commune"]  # the seeds name no district for a commune
            communes[(data["admin_path"][1]["kind"], data["admin_path"][1]["name"])] = data
    assert set(communes) == old
    # the small sample holds the same profiles as the full province for the communes it keeps
    small = generate(seed=4, year=2023, communes=2)
    shared = [p for p in small if p.endswith(".yaml") and not p.startswith("tinh-lai-chau/")]
    assert shared and all(small[p] == sample.files[p] for p in shared)


def test_every_file_of_a_sample_loads_and_says_it_is_synthetic(small_2023):
    root, card = small_2023
    records = [f for f in sorted(root.rglob("*.yaml")) if is_activity_record(f)]
    files = [f for f in sorted(root.rglob("*.yaml")) if f not in records]
    assert card["failures"] == [] and len(card["units"]) == len(files) > 10
    # the activity records (qcdc-activity/1): the province, its 8 districts, the commune; all counted
    assert len(records) == 10 and sum(r["used"] for r in card["annex"]["records"]) == 10
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme and "Seed: **4**" in readme and "--seed 4 --year 2023 --communes 1" in readme
    for f in files + records:
        text = f.read_text(encoding="utf-8")
        assert text.startswith("# DỮ LIỆU GIẢ LẬP")
        data = yaml.load(text, Loader=FAST_LOADER)
        said = data["kept_by"] if f in records else data["inspected_by"]
        assert "giả lập" in said and "giả lập" in data["notes"].lower()
    types = {u["type"] for u in card["units"]}
    assert types == {"commune", "village", "state_agency", "public_service_unit", "state_owned_enterprise",
                     "enterprise"}
    # folders by area: each commune's villages sit under it
    tree = card["areas"]
    assert [n["name"] for n in tree] == ["Lai Châu"]
    communes = [n for n in tree[0]["children"] if n["level"] == "commune"]
    assert len(communes) == 1 and all(c["children"] and c["children"][0]["level"] == "village" for c in communes)


def test_the_scorecard_has_targets_and_a_mix_of_verdicts(small_2023):
    _, card = small_2023
    targets = {t["id"]: t["overall"] for t in card["targets"]}
    assert set(targets) >= {"NQ75-T1", "NQ75-T2", "NQ75-T3", "NQ75-T4", "NQ75-T5", "NQ75-T5B"}
    assert all(t["denominator"] > 0 for t in targets.values()), targets
    assert 0 < targets["NQ75-T1"]["value"] < 1  # some role holders trained, not all
    totals: dict[str, int] = {}
    for row in card["types"]:
        for verdict, n in row["counts"].items():
            totals[verdict] = totals.get(verdict, 0) + n
    assert all(totals.get(v, 0) > 0 for v in ("met", "not_met", "missing_evidence")), totals
    assert totals["met"] > totals["not_met"] / 4 and totals["met"] + totals["not_met"] > totals["missing_evidence"] / 10
    scores = [u["score"]["value"] for u in card["units"] if u["score"]["value"] is not None]
    assert min(scores) < max(scores)  # units differ
    by_type = {row["type"]: row["counts"] for row in card["types"]}
    assert by_type["commune"].get("met", 0) and by_type["commune"].get("not_met", 0)
    assert by_type["village"].get("met", 0) and by_type["village"].get("not_met", 0)


def test_a_folder_with_files_is_refused_unless_forced(tmp_path):
    (tmp_path / "keep.txt").write_text("x", encoding="utf-8")
    refused = run("sample", "--province", "lai-chau", "-o", tmp_path, "--communes", 1)
    assert refused.exit_code == ExitCode.BAD_INPUT and "not empty" in refused.output
    forced = run("sample", "--province", "lai-chau", "-o", tmp_path, "--communes", 1, "--force")
    assert forced.exit_code == 0 and (tmp_path / "keep.txt").exists() and (tmp_path / "README.md").exists()
    assert "qcdc-check scorecard" in forced.output


# -- realism: every rule that binds a sampled unit finds its evidence --------------------------

REALISM = [(1, 2025), (11, 2023)]


def _subset(seed: int, year: int, root: Path, n: int = 5) -> dict[str, str]:
    """The whole province generated, then written with n of its communes (each with all its villages)
    and every province-level unit: a smaller sample would scale the province-level units down."""
    files = generate("lai-chau", seed=seed, year=year)
    folders = sorted({p.split("/")[0] for p in files if "/" in p} - {"tinh-lai-chau"})
    keep = set(folders[:: len(folders) // n][:n]) | {"tinh-lai-chau"}
    for path, text in files.items():
        if "/" not in path or path.split("/")[0] in keep:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text, encoding="utf-8")
    return files


@pytest.fixture(scope="module", params=REALISM, ids=[f"seed{s}-{y}" for s, y in REALISM])
def realistic(request, tmp_path_factory):
    seed, year = request.param
    root = tmp_path_factory.mktemp(f"realism-{seed}-{year}")
    files = _subset(seed, year, root)
    card = run("scorecard", root, "--province", "lai-chau", "--format", "json")
    assert card.exit_code == ExitCode.OK, card.output
    return seed, year, files, json.loads(card.stdout)


def test_a_sampled_province_has_evidence_for_its_rules(realistic):
    """Measured from the scorecard: little missing evidence overall (the inspector did not see a
    record) and for any one rule; most rules met by some units and not by others; the conditional
    rules exercised where a realistic unit meets their condition."""
    seed, year, _, card = realistic
    assert card["failures"] == []
    rules = [r for r in card["rules"] if not r["advisory"]]
    counts = {v: sum(r["counts"].get(v, 0) for r in rules) for v in ("met", "not_met", "missing_evidence")}
    scored = sum(counts.values())
    assert counts["missing_evidence"] <= 0.12 * scored, counts
    assert counts["met"] > 0.6 * scored and 0.08 * scored < counts["not_met"] < 0.35 * scored, counts
    # no rule (of ten or more units) with more than 40% of its units missing evidence
    worst = [(r["rule"], r["counts"].get("missing_evidence", 0), r["applicable"]) for r in rules
             if r["applicable"] >= 10 and r["counts"].get("missing_evidence", 0) > 0.4 * r["applicable"]]
    assert worst == [], worst
    applicable = [r for r in rules if r["applicable"]]
    both = [r for r in applicable if r["counts"].get("met") and r["counts"].get("not_met")]
    assert len(both) > 0.5 * len(applicable), (len(both), len(applicable))
    # conditional rules apply somewhere: villages elect heads, amend covenants, take initiatives, hold
    # ballots; communes consult residents and have investment projects; employers name dialogue teams
    by_id = {r["rule"]: r for r in card["rules"]}
    for rule in ("ND59-6-3", "ND59-6-1", "ND61-6-1", "ND61-9-1", "ND61-11-2", "LDC-16-3", "ND59-4-1", "LDC-41-1",
                 "LDC-45-1", "LDC-25-1", "LDC-28-1", "LDC-23-1", "ND145-38-2", "ND59-26-1", "LDC-46-02"):
        assert by_id[rule]["applicable"] > 0, rule
    # a rule not yet in force on any sampled as-of date (Decree 154/2026 in a 2025 round) cannot apply
    latest = max(dt.date.fromisoformat(u["as_of"]) for u in card["units"])
    not_yet = {r.id for r in load_rulebook("lai-chau").rules
               if all(v.spec.from_ is not None and v.spec.from_ > latest for v in r.versions)}
    assert sum(1 for r in rules if not r["applicable"] and r["rule"] not in not_yet) <= 15


def test_the_evidence_added_for_the_rules_is_deterministic_and_keeps_the_first_draws(realistic):
    """The same seed gives the same bytes; the activity records, and the profiles of a smaller sample
    for the communes it keeps, are those of the whole province (the draws for the rules come from
    streams of their own)."""
    seed, year, files, _ = realistic
    assert generate("lai-chau", seed=seed, year=year) == files
    small = generate("lai-chau", seed=seed, year=year, communes=3)
    kept = [p for p in small if p.endswith(".yaml") and not p.startswith("tinh-lai-chau/")]
    assert kept and all(small[p] == files[p] for p in kept)
    for path, text in files.items():
        if path.endswith(".yaml") and "hoat-dong" not in path:
            data = yaml.load(text, Loader=FAST_LOADER)
            assert "giả lập" in data["inspected_by"] and "giả lập" in data["notes"].lower()
    sample = build(seed=seed, year=year, communes=3)
    readme = sample.files["README.md"]
    assert "## Evidence for every rule" in readme and "not_found" in readme
