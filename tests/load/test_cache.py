"""The profile cache gives back the profile the file gives, and never a stale or a damaged one."""

from __future__ import annotations

from pathlib import Path

from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.load.cache import LazyLoaded, ProfileCache, default_directory
from qcdc_rules.load.profile import load_profile_located
from qcdc_rules.load.ruleset import load_rulebook

CASE = Path(__file__).resolve().parents[2] / "cases" / "xa-ban-hon-lai-chau.yaml"


def test_a_hit_is_the_profile_and_report_the_file_gives(tmp_path):
    cache = ProfileCache(tmp_path / "cache")
    first, loaded = cache.load(CASE)
    second, lazy = cache.load(CASE)
    assert (cache.misses, cache.hits) == (1, 1)
    assert isinstance(lazy, LazyLoaded)
    direct, located = load_profile_located(CASE)
    assert second == first == direct and second.model_fields_set == direct.model_fields_set
    evaluator = Evaluator(load_rulebook("lai-chau"))
    assert evaluator.evaluate(second).model_dump_json() == evaluator.evaluate(direct).model_dump_json()
    # positions are read from the file only when asked, and are the file's
    for path in (("disclosures", 0), ("meetings", 0, "date"), ("boards", 0, "members", 2)):
        assert lazy.locate(path) == located.locate(path)


def test_a_changed_file_is_read_again_and_a_damaged_entry_is_a_miss(tmp_path):
    cache = ProfileCache(tmp_path / "cache")
    unit = tmp_path / "xa.yaml"
    unit.write_text(CASE.read_text(encoding="utf-8"), encoding="utf-8")
    assert cache.load(unit)[0].headcount.households != 4321
    unit.write_text(CASE.read_text(encoding="utf-8").replace("households: ", "households: 4321 #", 1),
                    encoding="utf-8")
    assert cache.load(unit)[0].headcount.households == 4321 and cache.misses == 2
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text('{"id": "someone else", "__class__": "os.system"}', encoding="utf-8")
    assert cache.load(unit)[0].headcount.households == 4321 and cache.misses == 3  # read from the file
    assert cache.load(unit)[0].headcount.households == 4321 and cache.hits == 1  # and stored whole again


def test_the_cache_folder_is_the_users_unless_the_environment_says(monkeypatch, tmp_path):
    monkeypatch.setenv("QCDC_CACHE_DIR", str(tmp_path))
    assert default_directory() == tmp_path
    monkeypatch.setenv("QCDC_CACHE_DIR", "")
    assert default_directory() is None
    monkeypatch.delenv("QCDC_CACHE_DIR")
    assert default_directory().parts[-2:] == ("qcdc-rules", "profiles")
