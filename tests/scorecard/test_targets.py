"""Resolution 75's Art. 3 targets, computed from the JSON report alone, and a target that
names no rule refused by validate."""

from __future__ import annotations

import json
from pathlib import Path

from qcdc_rules.authoring.validate import validate_rulesets
from qcdc_rules.check import check_files
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.scorecard.aggregate import build_scorecard

ROOT = Path(__file__).resolve().parents[2]


def test_the_five_targets_recomputed_from_the_json_report():
    book = load_rulebook("lai-chau")
    report = check_files([ROOT / "cases"], book=book)
    card = build_scorecard(report, book.targets)
    assert [t.id for t in card.targets] == ["NQ75-T1", "NQ75-T2", "NQ75-T3", "NQ75-T4", "NQ75-T5", "NQ75-T5B"]
    data = json.loads(json.dumps(report.model_dump(mode="json")))
    units = data["units"]
    results = {t.id: t for t in card.targets}
    # a ratio of sums: trained role holders over role holders, over every unit's own counts
    t1 = results["NQ75-T1"].overall
    measured = [m for u in units for m in u["measures"] if m["target"] == "NQ75-T1"]
    assert (t1.numerator, t1.denominator) == (sum(m["numerator"] for m in measured),
                                              sum(m["denominator"] for m in measured))
    assert t1.denominator > 0 and t1.gap == round(1 - t1.numerator / t1.denominator, 4)
    # a share of units: those that meet the rule over those it applies to
    for target, rule in (("NQ75-T2", "NQ75-3-2"), ("NQ75-T4", "NQ75-3-4"), ("NQ75-T5", "NQ75-3-5")):
        judged = [f["verdict"] for u in units for f in u["findings"] if f["rule"] == rule
                  and f["verdict"] not in ("not_applicable", "waived")]
        figure = results[target].overall
        assert (figure.numerator, figure.denominator) == (judged.count("met"), len(judged)), target
    # per area: the province's figure is the overall one
    province = next(a for a in results["NQ75-T1"].areas if a.path == ["Lai Châu"])
    assert (province.numerator, province.denominator) == (t1.numerator, t1.denominator)


def test_a_target_must_name_a_rule_of_its_ruleset(tmp_path):
    import shutil

    copy = tmp_path / "lai-chau"
    shutil.copytree(ROOT / "rulesets" / "provinces" / "lai-chau", copy)
    targets = copy / "targets.yaml"
    targets.write_text(targets.read_text(encoding="utf-8").replace("share_met: NQ75-3-4", "share_met: NQ75-3-9"),
                       encoding="utf-8")
    problems = [str(p) for p in validate_rulesets([copy]).problems]
    assert any("target NQ75-T4: no rule NQ75-3-9 in this ruleset" in p for p in problems), problems
