"""The ruleset cache gives back the ruleset its files give, never a stale, damaged or foreign one,
and never stands in for a ruleset that does not load."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.errors import RulesetError
from qcdc_rules.load import book_cache
from qcdc_rules.load.book_cache import BookCache, default_directory, ruleset_key
from qcdc_rules.load.profile import load_profile_located
from qcdc_rules.load.ruleset import NATIONAL, bundled_root, load_ruleset
from qcdc_rules.engine.rulebook import RuleBook

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "cases" / "xa-ban-hon-lai-chau.yaml"


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    """A copy of Lai Châu's ruleset that a test may change (its own instruments.yaml included, if any)."""
    dest = tmp_path_factory.mktemp("rs") / "lai-chau"
    shutil.copytree(bundled_root() / "provinces" / "lai-chau", dest)
    return dest


def _report(rulesets) -> str:
    profile, _ = load_profile_located(CASE)
    return Evaluator(RuleBook(rulesets)).evaluate(profile).model_dump_json()


def test_a_hit_is_the_ruleset_the_files_give(tmp_path, province):
    cache = BookCache(tmp_path)
    national = bundled_root() / NATIONAL
    first = [load_ruleset(national, cache), load_ruleset(province, cache)]
    assert (cache.misses, cache.hits) == (2, 0)
    second = [load_ruleset(national, cache), load_ruleset(province, cache)]
    assert (cache.misses, cache.hits) == (2, 2)
    fresh = [load_ruleset(national, None), load_ruleset(province, None)]
    assert [r.id for rs in second for r in rs.rules] == [r.id for rs in fresh for r in rs.rules]
    assert [str(r.location) for rs in second for r in rs.rules] == [str(r.location) for rs in fresh for r in rs.rules]
    assert _report(second) == _report(fresh) == _report(first)


def test_the_key_changes_with_any_file_the_folder_and_the_tool(tmp_path, province, monkeypatch):
    key = ruleset_key(province)
    assert ruleset_key(province) == key
    for path in sorted(p for p in province.rglob("*") if p.is_file()):
        original = path.read_bytes()
        path.write_bytes(original + b"\n# changed\n")
        assert ruleset_key(province) != key, path
        path.write_bytes(original)
    assert ruleset_key(province) == key
    extra = province / "rules" / "new.yaml"
    extra.write_text("rules: []\n", encoding="utf-8")
    assert ruleset_key(province) != key
    extra.unlink()
    copy = tmp_path / "copy"
    shutil.copytree(province, copy)
    assert ruleset_key(copy) != key  # its rules point at other files
    monkeypatch.chdir(province.parent)
    assert ruleset_key(Path(province.name)) != key  # the same folder written another way: its locations say it so
    monkeypatch.setattr(book_cache, "_salt", None)
    monkeypatch.setattr(book_cache, "__version__", "0.0.0-other")
    assert ruleset_key(province) != key


def test_a_changed_rule_is_read_again(tmp_path, province):
    cache = BookCache(tmp_path)
    rules = sorted((province / "rules").glob("*.yaml"))[0]
    original = rules.read_text(encoding="utf-8")
    before = load_ruleset(province, cache)
    try:
        rules.write_text(original.replace("severity: major", "severity: critical", 1)
                         if "severity: major" in original else original.replace("severity: minor", "severity: major", 1),
                         encoding="utf-8")
        after = load_ruleset(province, cache)
        assert cache.misses == 2
        assert [r.rule.severity for r in after.rules] == [r.rule.severity for r in load_ruleset(province, None).rules]
        assert [r.rule.severity for r in after.rules] != [r.rule.severity for r in before.rules]
    finally:
        rules.write_text(original, encoding="utf-8")


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign", "other_key", "not_a_ruleset", "empty"])
def test_a_damaged_or_foreign_entry_is_a_miss_and_is_written_again(tmp_path, province, damage):
    cache = BookCache(tmp_path)
    load_ruleset(province, cache)
    key = ruleset_key(province)
    entry = cache.entry(key)
    raw = entry.read_bytes()
    header = book_cache._MAGIC + key.encode() + b"\n"
    if damage == "truncate":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "flip":
        entry.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:])
    elif damage == "foreign":  # a pickle someone else wrote: never unpickled, its digest is not in a header of ours
        entry.write_bytes(pickle.dumps(("os", "system")))
    elif damage == "other_key":
        entry.write_bytes(raw.replace(key.encode(), b"0" * 64, 1))
    elif damage == "not_a_ruleset":
        body = pickle.dumps({"rules": []})
        import hashlib
        entry.write_bytes(header + hashlib.sha256(body).digest() + body)
    else:
        entry.write_bytes(b"")
    ruleset = load_ruleset(province, cache)
    assert (cache.hits, cache.misses) == (0, 2)
    assert [r.id for r in ruleset.rules] == [r.id for r in load_ruleset(province, None).rules]
    assert entry.read_bytes() == raw or entry.read_bytes().startswith(header)  # stored whole again
    load_ruleset(province, cache)
    assert cache.hits == 1


def test_an_entry_is_written_whole_or_not_at_all(tmp_path, province, monkeypatch):
    cache = BookCache(tmp_path)
    import os

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    load_ruleset(province, cache)  # the cache cannot be written: the ruleset still loads
    assert not list(tmp_path.iterdir())  # and no half-written file is left, not even the temporary one
    monkeypatch.undo()
    load_ruleset(province, cache)
    assert [p.name for p in tmp_path.iterdir()] == [f"{ruleset_key(province)}.pickle"]


def test_a_broken_ruleset_reports_its_problems_every_time_and_is_never_stored(tmp_path, province):
    broken = tmp_path / "broken"
    shutil.copytree(province, broken)
    rules = sorted((broken / "rules").glob("*.yaml"))[0]
    rules.write_text(rules.read_text(encoding="utf-8").replace("check:", "check: unit.nonexistent_field and", 1)
                     if "check:" in rules.read_text(encoding="utf-8")
                     else "rules:\n  - id: BROKEN-1\n", encoding="utf-8")
    with pytest.raises(RulesetError) as uncached:
        load_ruleset(broken, None)
    cache = BookCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(RulesetError) as cached:
            load_ruleset(broken, cache)
        assert [p.as_dict() for p in cached.value.problems] == [p.as_dict() for p in uncached.value.problems]
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").glob("*.pickle"))


def test_the_folder_is_in_the_cache_root_and_empty_turns_it_off(monkeypatch, tmp_path):
    monkeypatch.setenv("QCDC_CACHE_DIR", str(tmp_path))
    assert default_directory() == tmp_path / "rulesets"
    monkeypatch.setenv("QCDC_CACHE_DIR", "")
    assert default_directory() is None and book_cache.default_cache() is None
    monkeypatch.delenv("QCDC_CACHE_DIR")
    assert default_directory().parts[-2:] == ("qcdc-rules", "rulesets")


def test_a_stored_ruleset_registers_its_own_legal_texts_again(tmp_path, monkeypatch):
    from qcdc_rules.legal import citations

    own = ROOT / "tests" / "fixtures" / "rulesets" / "own-resolution"
    cache = BookCache(tmp_path)
    fresh = load_ruleset(own, cache)
    keys = sorted(fresh.instruments)
    assert keys and fresh.instruments_data is not None
    monkeypatch.setattr(citations, "_LOCAL", {})  # a new process: nothing registered yet
    stored = load_ruleset(own, cache)
    assert cache.hits == 1 and sorted(stored.instruments) == keys
    assert all(citations.instrument(k).id == k for k in keys)  # cited by its rules, so a report can cite them


def test_the_pattern_store_keeps_what_a_run_used_when_it_grows_too_large(tmp_path, province, monkeypatch):
    from qcdc_rules.engine import compile as C

    before = C.use_store(None)
    try:
        cache = BookCache(tmp_path)
        rulesets = [load_ruleset(province, cache)]
        store = cache.open_patterns(rulesets)
        assert store is not None and not store.known
        monkeypatch.setattr(book_cache, "MAX_PATTERNS", 3)
        old = {(bytes([i]), "unit"): ((), ()) for i in range(5)}  # from dates of earlier runs
        store.known.update(old)
        from qcdc_rules.lang.ast import Literal

        C.true_false(Literal(0, 4, True), "unit")  # what this run compiled
        assert store.added == 1 and len(store.known) == 6 and len(store.used) == 1
        book_cache.save_patterns()
        reopened = cache.open_patterns(rulesets)
        assert set(reopened.known) == store.used and len(reopened.known) == 1  # this run's, not the old dates'
        assert cache.open_patterns([load_ruleset(province, None)]) is None  # not loaded through the cache
    finally:
        C.use_store(before)


@pytest.mark.parametrize("collecting", [True, False])
def test_reading_an_entry_leaves_the_collector_as_it_found_it(tmp_path, province, collecting):
    """The collector is off while an entry unpickles (book_cache._unpickle), and after it as it
    was before: on for a library caller, off for one that turned it off; a damaged entry too."""
    import gc

    cache = BookCache(tmp_path)
    load_ruleset(province, cache)
    entry = cache.entry(ruleset_key(province))
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        assert load_ruleset(province, cache).rules and cache.hits == 1
        assert gc.isenabled() is collecting
        entry.write_bytes(entry.read_bytes()[:-1] + b"\0")  # the digest no longer matches: a miss
        assert book_cache._unpickle(entry, ruleset_key(province)) is None
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_equal_patterns_are_stored_once(tmp_path):
    """book_cache.share_equal_patterns: in a ruleset read back, what equal conditions compiled to is
    one object (so the entry holds it once), and the read-back ruleset checks units as the files do."""
    from qcdc_rules.lang.ast import walk

    cache = BookCache(tmp_path)
    national = bundled_root() / NATIONAL
    load_ruleset(national, cache)
    back = load_ruleset(national, cache)
    assert cache.hits == 1
    conjunctions: dict = {}
    named = 0
    for rule in back.rules:
        for version in rule.versions:
            for check in (*version.applies_if, *version.requires):
                for node in walk(check.node):
                    for true, false in node.__dict__.get("_true_false", {}).values():
                        for conj in (*true, *false):
                            named += 1
                            assert conjunctions.setdefault(conj, conj) is conj, conj
    assert named > 2 * len(conjunctions) > 0  # many named again, each held once
    assert _report([back]) == _report([load_ruleset(national, None)])
