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


def test_a_cache_that_keeps_positions_gives_the_files_positions_without_reading_it(tmp_path, monkeypatch):
    """``positions=True`` (qcdc-check check): a hit locates every value and key where the file has it,
    from ``<key>.where``, without reading the YAML again; a missing or damaged ``.where`` (an entry a
    scorecard wrote, a cut file) is made again from the file."""
    from qcdc_rules.load import cache as cache_module
    from qcdc_rules.load.cache import KeptPositions

    _, located = load_profile_located(CASE)
    ProfileCache(tmp_path).load(CASE)  # a scorecard's entry: no positions kept
    assert not list(tmp_path.rglob("*.where"))
    keeping = ProfileCache(tmp_path, positions=True)
    assert keeping.load(CASE)[1].locate(("meetings", 0)) == located.locate(("meetings", 0))  # read from the file
    (where,) = tmp_path.rglob("*.where")
    kept_bytes = where.read_bytes()

    def no_yaml(*args, **kwargs):
        raise AssertionError("the YAML was read again")

    monkeypatch.setattr(cache_module, "load_yaml_text", no_yaml)
    monkeypatch.setattr(cache_module, "load_profile_located", no_yaml)
    profile, kept = keeping.load(CASE)
    assert isinstance(kept, KeptPositions) and keeping.hits == 2 and profile == load_profile_located(CASE)[0]
    assert located._values and located._keys
    for path in located._values:
        assert kept.locate(path) == located.locate(path), path
    for path in located._keys:
        assert kept.locate_key(path) == located.locate_key(path), path
    assert kept.locate(("meetings", 0, "no such field")) == located.locate(("meetings", 0))
    monkeypatch.undo()
    for damage in (b"", kept_bytes[:-7], b'{"values": [[["a"], "1", 2]], "keys": []}', b"[1, 2]"):
        where.write_bytes(damage)
        assert keeping.load(CASE)[1].locate(("meetings", 0)) == located.locate(("meetings", 0))
        assert where.read_bytes() == kept_bytes  # made again, whole


def test_the_key_changes_with_the_code_not_with_the_rules(monkeypatch, tmp_path):
    from qcdc_rules.load import cache as cache_module

    files = cache_module.package_files()
    assert any(name == "model/profile.py" for name, _, _ in files)
    key = ProfileCache(tmp_path)._entry(b"x")

    def salted(changed):
        monkeypatch.setattr(cache_module, "package_files", lambda: changed)
        cache_module._salt.cache_clear()
        try:
            return ProfileCache(tmp_path)._entry(b"x")
        finally:
            monkeypatch.undo()
            cache_module._salt.cache_clear()

    bump = lambda suffix: tuple((n, s + 1, m) if n.endswith(suffix) else (n, s, m) for n, s, m in files)
    assert salted(bump("model/profile.py")) != key
    assert salted(bump(".yaml")) == key  # a rule or a legal text changed: profiles read as before
    assert ProfileCache(tmp_path)._entry(b"x") == key
