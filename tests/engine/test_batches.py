"""Units matched together (``Evaluator.evaluate_many``: one durable-rules session per shard for every unit
of a plan) get the reports they get alone, and a unit whose facts durable-rules cannot take fails alone."""

from __future__ import annotations

import pytest

from qcdc_rules.engine import durable
from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.load import load_yaml_text
from qcdc_rules.load.profile import profile_of
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.verdict import Verdict
from qcdc_rules.sample.national import files


@pytest.fixture(scope="module")
def population():
    out = []
    for rel, text in files(seed=3, provinces=1, communes=2):
        if rel.endswith(".yaml"):
            loaded = load_yaml_text(text, rel)
            if not str(loaded.data.get("schema", "")).startswith("qcdc-activity/"):
                out.append(profile_of(loaded, rel)[0])
    return out


@pytest.fixture(scope="module")
def book():
    return load_rulebook("lai-chau")


def test_units_matched_together_get_the_reports_they_get_alone(population, book):
    alone = Evaluator(book, "durable")
    together = Evaluator(book, "durable")
    units = [(p, None, f"u{i}.yaml", None) for i, p in enumerate(population)]
    reports = together.evaluate_many(units)
    assert len({u.as_of for u in reports}) > 1 and len({u.unit.type for u in reports}) > 3  # many plans at once
    plans = {id(together.plan(p.as_of, p.type.value, p.attributes.work_year_start_month,
                              p.inspected_from or None)) for p in population}
    assert len(plans) < len(population)  # and some plans shared by several units: a real batch
    for (profile, _, file, _), report in zip(units, reports):
        assert report.model_dump_json() == alone.evaluate(profile, file=file).model_dump_json(), profile.id


def test_a_unit_whose_facts_durable_rules_cannot_take_fails_alone(population, book, monkeypatch):
    evaluator = Evaluator(book, "durable")
    villages = [p for p in population if p.type.value == "village"][:3]  # one plan: one batch
    assert len(villages) == 3
    bad = villages[1].id
    check_width = durable._check_width

    def refuse_one(fact):
        if fact.get("id") == "unit" and fact.get("_bad"):
            raise durable.EngineLimitError("fact unit has too many properties")
        check_width(fact)

    prepare = evaluator._prepare

    def mark(profile, *args):  # the unit fact of the bad village is the one refused
        unit = prepare(profile, *args)
        if profile.id == bad:
            unit.facts.unit["_bad"] = True
        return unit

    monkeypatch.setattr(durable, "_check_width", refuse_one)
    monkeypatch.setattr(evaluator, "_prepare", mark)
    reports = evaluator.evaluate_many([(p, villages[0].as_of, None, None) for p in villages])
    for report in reports:
        typed = [f for f in report.findings if not (f.reason and f.reason.code in ("unit_type", "not_in_force"))]
        errors = [f for f in typed if f.verdict is Verdict.error]
        if report.unit.id == bad:
            assert typed and len(errors) == len(typed)
        else:
            assert typed and not errors


def test_checks_without_details_say_what_the_full_report_says(population, book):
    # Without details a check's result is shared between units (fold._BARE); each unit's must still be its own.
    lean, full = Evaluator(book, "durable"), Evaluator(book, "durable")
    units = [(p, None, None, None) for p in population]
    seen = set()
    for a, b in zip(lean.evaluate_many(units, details=False), full.evaluate_many(units)):
        for fa, fb in zip(a.findings, b.findings):
            for ca, cb in zip((*fa.applicability, *fa.checks), (*fb.applicability, *fb.checks)):
                assert (ca.label, ca.expression, ca.status) == (cb.label, cb.expression, cb.status), (a.unit.id, fa.rule)
                seen.add((ca.expression, ca.status))
    statuses = {}
    for expression, status in seen:
        statuses.setdefault(expression, set()).add(status)
    assert any(len(s) > 1 for s in statuses.values())  # the same check, true for one unit and not for another
