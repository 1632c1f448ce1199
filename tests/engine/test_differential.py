"""The paths that give a verdict are held to the same verdicts (issue 14's differential proof):

- the durable-rules matcher and the reference matcher (the tree evaluated directly, in
  three-valued logic: engine/reference.py);
- the full gap report and the scorecard's path (findings of other unit types left out,
  ``own_type_only``, checks folded without their details, and the report slimmed as the
  workers send it);
- a case's rule evaluated alone (``testing.one_rule_book``, how cases run) and within the
  whole rule book.

Over two corpora: every rule test case of the bundled rulesets, which sit at the edges of
every threshold and date the rules name (the day before and the day a period completes,
exactly two thirds, 30/06 and 01/07/2026, …); and a generated national population of every
unit type, inspected on dates spread over 2026, each unit again on the day before and the
day of a date where a rule version or a parameter changes."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.load.ruleset import NATIONAL, bundled_root, load_rulebook, provinces
from qcdc_rules.model.profile import Profile
from qcdc_rules.model.verdict import UnitReport
from qcdc_rules.sample.national import files
from qcdc_rules.scorecard.run import slim
from qcdc_rules.testing import CaseRunner, build_profile, load_cases, one_rule_book, run_case

ROOT = bundled_root()
BOOKS = [(None, ROOT / NATIONAL)] + [(p, ROOT / "provinces" / p) for p in provinces()]


def verdicts(report: UnitReport) -> dict[str, tuple]:
    """What the scorecard counts of each finding: verdict, reason, and the periods' verdicts."""
    return {f.rule: (f.verdict, f.reason.code if f.reason else None, f.advisory,
                     tuple((p.label, p.verdict, p.days_late) for p in f.periods)) for f in report.findings}


@pytest.fixture(scope="module", params=[b[0] for b in BOOKS], ids=lambda p: p or "national")
def corpus(request):
    province = request.param
    root = dict(BOOKS)[province]
    book = load_rulebook(province)
    return province, book, load_cases(root, province)


def test_every_case_gets_one_verdict_from_both_matchers_and_both_paths(corpus):
    _, book, cases = corpus
    durable, reference = CaseRunner(book, "durable"), CaseRunner(book, "reference")
    differ = []
    for lc in cases:
        a, b = durable.run(lc), reference.run(lc)
        if a.finding.model_dump_json() != b.finding.model_dump_json():
            differ.append(f"{lc.id}: durable {a.finding.verdict.value}, reference {b.finding.verdict.value}")
            continue
        # the scorecard's path on the same rule: its finding, slimmed, is the full one slimmed
        evaluator = durable._by_rule[lc.case.rule][1]
        profile = build_profile(lc.case.profile, lc.case.as_of)
        full = evaluator.evaluate(profile, since=lc.case.since)
        fast = evaluator.evaluate(profile, since=lc.case.since, own_type_only=True, details=False)
        if full.summary != fast.summary or \
                slim(fast).model_dump_json() != slim(full.model_copy(deep=True)).model_dump_json():
            differ.append(f"{lc.id}: the scorecard's path differs from the full report")
    assert not differ, "\n".join(differ[:20])
    assert len(cases) > 40


def test_a_case_s_rule_alone_gives_the_whole_book_s_finding(corpus):
    """Cases run against their one rule (3 s for every case instead of 50 s); a deterministic
    tenth of them, from every file of cases, against the whole book too."""
    _, book, cases = corpus
    whole = Evaluator(book, "durable")
    runner = CaseRunner(book, "durable")
    sample = cases[::10]
    differ = [lc.id for lc in sample
              if run_case(lc, book, whole).finding.model_dump_json() != runner.run(lc).finding.model_dump_json()]
    assert not differ, differ
    assert {lc.file for lc in sample} == {lc.file for lc in cases}


def _boundaries(book) -> list[dt.date]:
    """Every day on which a rule version or a parameter value of the book starts, or the day after
    one ends."""
    days = set()
    for parsed in book.rules:
        for pv in parsed.versions:
            if pv.spec.from_ is not None:
                days.add(pv.spec.from_)
            if pv.spec.to is not None:
                days.add(pv.spec.to + dt.timedelta(days=1))
    for p in book.parameters.values():
        days.update(v.from_ for v in p.values if v.from_ is not None)
    return sorted(d for d in days if dt.date(2023, 7, 1) < d <= dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def population():
    profiles = [Profile.model_validate(yaml.safe_load(text)) for path, text in files(seed=4, provinces=2, communes=1)
                if path.endswith(".yaml") and "schema: qcdc-profile/1" in text]
    assert {p.type.value for p in profiles} == {"commune", "village", "state_agency", "public_service_unit",
                                                "state_owned_enterprise", "enterprise"}
    return profiles


def test_a_generated_population_gets_one_verdict_from_both_matchers_and_both_paths(population):
    book = load_rulebook("lai-chau")
    durable, reference = Evaluator(book, "durable"), Evaluator(book, "reference")
    edges = _boundaries(book)
    assert dt.date(2026, 7, 1) in edges and dt.date(2025, 7, 1) in edges
    differ, checked = [], 0
    for i, profile in enumerate(population):
        # each unit on its own as-of date, and every third one also on either side of an edge
        dates = [None] + ([edges[i % len(edges)] - dt.timedelta(days=1), edges[i % len(edges)]] if i % 3 == 0 else [])
        for as_of in dates:
            if as_of is not None and as_of < (profile.inspected_from or dt.date.min):
                continue
            full = durable.evaluate(profile, as_of=as_of)
            ref = reference.evaluate(profile, as_of=as_of)
            fast = durable.evaluate(profile, as_of=as_of, own_type_only=True, details=False)
            checked += 1
            where = f"{profile.id} as of {as_of or profile.as_of}"
            if verdicts(full) != verdicts(ref):
                differ.append(f"{where}: durable and reference differ on "
                              f"{sorted(k for k in verdicts(full) if verdicts(full)[k] != verdicts(ref).get(k))}")
            own = {k: v for k, v in verdicts(full).items() if k in verdicts(fast)}
            if own != verdicts(fast) or full.summary != fast.summary:
                differ.append(f"{where}: the scorecard's path differs from the full report")
    assert not differ, "\n".join(differ[:20])
    assert checked > len(population)
