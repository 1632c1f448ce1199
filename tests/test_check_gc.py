"""``check.collect_seldom``: while many units are checked the rule book and its plans are set apart from
Python's cycle collector and the collector runs less often; afterwards it is exactly as it was."""

from __future__ import annotations

import gc
from pathlib import Path

from qcdc_rules.check import check_files
from qcdc_rules.collector import GC_THRESHOLD, collect_seldom

CASES = Path(__file__).resolve().parents[1] / "cases"


def test_collect_seldom_sets_apart_what_exists_and_restores_the_collector():
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    inside = []
    with collect_seldom():
        inside.append((gc.get_threshold(), gc.get_freeze_count()))
        with collect_seldom():  # nested: the outer one restores
            pass
        inside.append(gc.get_freeze_count())
    assert inside[0][0] == GC_THRESHOLD and inside[0][1] > frozen and inside[1] >= inside[0][1]
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen


def test_collector_restored_even_when_the_check_fails():
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        with collect_seldom():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen


def test_check_files_checks_with_the_collector_set_seldom():
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    seen = []
    report = check_files([CASES / "xa-ban-hon-lai-chau.yaml"],
                         on_profile=lambda p, f: seen.append((gc.get_threshold(), gc.get_freeze_count())))
    assert report.units and seen == [(GC_THRESHOLD, seen[0][1])] and seen[0][1] > frozen
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen


def test_interleaved_uses_restore_the_collector_when_the_last_ends():
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    first, second = collect_seldom(), collect_seldom()  # two threads of a server, say
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first ends while the second still checks
    assert gc.get_threshold() == GC_THRESHOLD and gc.get_freeze_count() > frozen
    second.__exit__(None, None, None)
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen
