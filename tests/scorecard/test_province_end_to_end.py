"""A province at full size, end to end: Lai Châu's 106 communes of 2023 with their villages,
agencies and enterprises (sampled), two broken files among them. The scorecard writes every
output; every score and target is recomputed from its JSON alone; the broken files are listed
and the exit code says so."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.sample import generate
from qcdc_rules.scorecard import render
from qcdc_rules.scorecard.aggregate import Scorecard
from qcdc_rules.scorecard.html import render_html

SCORED = ("met", "not_met", "missing_evidence", "error")
BROKEN = {
    "loi/cu-phap.yaml": "schema: qcdc-profile/1\nid: [chưa đóng ngoặc\n",
    "loi/sai-truong.yaml": "schema: qcdc-profile/1\nid: x\nname: Xã Thử\ntype: xã\nas_of: 2023-12-31\n",
}


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lai-chau-2023")
    for rel, text in {**generate(province="lai-chau", seed=11, year=2023), **BROKEN}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def run(province, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "card.json"
    result = CliRunner().invoke(cli, ["scorecard", str(province), "--province", "lai-chau", "--format", "json",
                                      "-o", str(out), "--jobs", "2"])
    return result, json.loads(out.read_text(encoding="utf-8"))


def test_the_province_is_full_size_and_broken_files_are_listed(province, run):
    result, data = run
    # unit profiles; the steering committee's activity records (qcdc-activity/1) feed the annex
    profiles = [p for p in province.rglob("*.yaml") if "schema: qcdc-profile/1" in p.read_text(encoding="utf-8")]
    assert result.exit_code == ExitCode.BAD_INPUT
    assert sorted(Path(f["file"]).relative_to(province).as_posix() for f in data["failures"]) == sorted(BROKEN)
    assert len(data["units"]) + len(data["failures"]) == len(profiles)
    types = Counter(u["type"] for u in data["units"])
    assert types["commune"] >= 100 and types["village"] > 900
    assert {"state_agency", "public_service_unit", "state_owned_enterprise", "enterprise"} <= set(types)
    assert "loi/cu-phap.yaml" in result.stderr and "type" in result.stderr  # each problem, with its file
    assert f"{len(data['units'])} units scored" in result.stderr


def test_every_score_recomputed_from_the_json_alone(run):
    _, data = run
    advisory = {r["rule"] for r in data["rules"] if r["advisory"]}

    def score(c: Counter) -> tuple[int, int]:
        return c["met"], sum(c[v] for v in SCORED)

    per_unit = {}
    for u in data["units"]:
        c = Counter(v for r, v in u["verdicts"].items() if r not in advisory)
        assert dict(c) == {k: v for k, v in u["counts"].items() if v}
        assert (u["score"]["numerator"], u["score"]["denominator"]) == score(c)
        assert sorted(r for r, v in u["verdicts"].items() if v in ("not_met", "missing_evidence", "error")
                      and r not in advisory) == u["outstanding"]
        per_unit[u["id"]] = (u, c)
    nodes = list(_walk(data["areas"]))
    assert nodes and len(data["areas"]) == 1  # one province
    for node in nodes:
        inside = [c for u, c in per_unit.values() if u["path"][:len(node["path"])] == node["path"]]
        assert node["units"] == len(inside) > 0
        assert (node["score"]["numerator"], node["score"]["denominator"]) == score(sum(inside, Counter()))
    for t in data["types"]:
        inside = [c for u, c in per_unit.values() if u["type"] == t["type"]]
        assert (t["units"], (t["score"]["numerator"], t["score"]["denominator"])) == \
            (len(inside), score(sum(inside, Counter())))
    for row in data["rules"]:
        verdicts = Counter(u["verdicts"][row["rule"]] for u in data["units"] if row["rule"] in u["verdicts"])
        assert row["counts"] == dict(sorted(verdicts.items()))
        assert row["applicable"] == sum(n for v, n in verdicts.items() if v != "not_applicable")
    for node in nodes:  # a score is met over scored, 4 places
        s = node["score"]
        assert s["value"] == (round(s["numerator"] / s["denominator"], 4) if s["denominator"] else None)


def test_every_target_recomputed_from_the_json_alone(run):
    _, data = run
    assert [t["id"] for t in data["targets"]] == ["NQ75-T1", "NQ75-T2", "NQ75-T3", "NQ75-T4", "NQ75-T5", "NQ75-T5B"]
    for t in data["targets"]:
        by_area: dict[tuple, list[int]] = {}
        for u in data["units"]:
            if u["type"] not in t["applies_to"]:
                continue
            if t["share_met"]:
                verdict = u["verdicts"].get(t["share_met"])
                if verdict in (None, "not_applicable", "waived"):
                    continue
                part = (int(verdict == "met"), 1, 0)
            else:
                m = next((m for m in u["measures"] if m["target"] == t["id"]), None)
                if m is None:
                    continue
                part = (m["numerator"], m["denominator"], m["unknown"])
            for depth in range(1, len(u["path"]) + 1):
                acc = by_area.setdefault(tuple(u["path"][:depth]), [0, 0, 0])
                for i in range(3):
                    acc[i] += part[i]
        province = by_area[("Lai Châu",)]
        assert (t["overall"]["numerator"], t["overall"]["denominator"], t["overall"]["unknown"]) == tuple(province)
        assert province[1] > 0, t["id"]  # every target has units in scope in a full province
        goal = Fraction(t["goal"]).limit_denominator(100)
        value = Fraction(province[0], province[1])
        assert t["overall"]["gap"] == round(float(goal - value), 4)
        assert {tuple(a["path"]): [a["numerator"], a["denominator"], a["unknown"]] for a in t["areas"]} == by_area


def test_every_output_is_written_from_the_json(run, tmp_path):
    from openpyxl import load_workbook

    _, data = run
    card = Scorecard.model_validate({k: v for k, v in data.items() if k in Scorecard.model_fields})
    for lang in ("vi", "en"):
        table = render.render_table(card, lang, "simple")
        assert len(table.splitlines()) > len(card.units) + len(card.rules) and all(t.id in table for t in card.targets)
        for view in ("units", "areas", "types", "rules", "targets"):
            rows = list(csv.reader(io.StringIO(render.render_csv(card, lang, view))))
            assert len(rows) > 1 and len({len(r) for r in rows}) == 1, view
        assert len(list(csv.reader(io.StringIO(render.render_csv(card, lang, "units"))))) == len(card.units) + 1
        xlsx = tmp_path / f"card-{lang}.xlsx"
        xlsx.write_bytes(render.render_xlsx(card, lang))
        book = load_workbook(xlsx)
        assert len(book.sheetnames) >= 5 and all(ws.freeze_panes for ws in book.worksheets)
        page = render_html(card, lang)
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//|@import|url\(\s*["']?https?:""", page)  # offline
        assert page.count("<tr class='unit' ") == len(card.units)


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n["children"])


def test_the_readme_shows_the_targets_of_this_province(run):
    """The README's walkthrough samples the same province (seed 11, map 2023): its table of
    targets is what the scorecard computes, to the digit."""
    _, data = run

    def pct(v: float) -> str:
        return f"{v * 100:.1f}%".replace(".", ",")

    rows = [f"| {t['id']} | {t['title']['vi']} | {pct(t['overall']['value'])} | {t['overall']['numerator']} / "
            f"{t['overall']['denominator']} | {pct(t['overall']['gap'])} |" for t in data["targets"]]
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- sample-targets:", 1)[1].split("<!-- /sample-targets -->", 1)[0]
    assert "--year 2023 --seed 11" in block.splitlines()[0]
    assert block.strip().splitlines()[3:] == rows
    province = data["areas"][0]["score"]
    met, scored = province["numerator"], province["denominator"]
    assert f"The province scores {met / scored:.1%} ({met:,} of {scored:,} scored duties met)" in readme
