"""The rule catalogue for legal review: rules list (filters, formats), rules show (the quote
in its provision, conditions, parameters, cases), docs -o DIR (one page per cited instrument)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from qcdc_cli.main import cli  # first: main registers the catalogue's commands as it loads

import qcdc_cli.catalogue as catalogue_cli
import qcdc_rules.report.catalogue as catalogue
from qcdc_cli.exit_codes import ExitCode
from qcdc_rules.engine.evaluate import _rule_sort_key
from qcdc_rules.legal.citations import provision
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.ruleset import Citation
from qcdc_rules.testing import load_cases


@functools.cache
def _rulebook(province: str | None, extra: tuple[str, ...]):
    return load_rulebook(province, list(extra))


_cases = functools.cache(load_cases)


@pytest.fixture(autouse=True)
def _load_once(monkeypatch):
    """Every command loads the rulesets and show reads every case (~0.5 s each): the tests
    share one load of each, which the commands only read."""
    monkeypatch.setattr(catalogue_cli, "load_rulebook",
                        lambda province=None, extra=None: _rulebook(province, tuple(extra or ())))
    monkeypatch.setattr(catalogue, "load_cases", _cases)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def listed(*args) -> list[dict]:
    result = run("rules", "list", "--format", "json", *args)
    assert result.exit_code == ExitCode.OK, result.output
    return json.loads(result.stdout)


def ids(rules: list[dict]) -> list[str]:
    return [r["id"] for r in rules]


def cites(rule: dict, instrument: str, article: int) -> bool:
    return any(c["instrument"] == instrument and c["article"] == article
               for v in rule["versions"] for c in v["citations"])


def test_list_filters_filter():
    everything = listed()
    assert ids(everything) == sorted(ids(everything), key=_rule_sort_key)  # LDC-13-2 before LDC-100-1
    assert len(set(ids(everything))) == len(everything)

    article_13 = ids(listed("--article", "13"))  # alone, an article of the Law
    assert "LDC-13-2" in article_13 and all(i.startswith("LDC-13-") for i in article_13)
    decree = listed("--instrument", "nd-59-2023", "--article", "13")
    assert decree and all(cites(r, "nd-59-2023", 13) for r in decree)

    enterprise = listed("--unit-type", "enterprise")
    assert enterprise and all("enterprise" in r["applies_to"] for r in enterprise)
    commune_only = {r["id"] for r in everything if r["applies_to"] == ["commune"]}
    assert commune_only and not commune_only & set(ids(enterprise))

    major = listed("--severity", "major")
    assert major and {r["severity"] for r in major} == {"major"} and len(major) < len(everything)
    advisory, scored = listed("--advisory"), listed("--no-advisory")
    assert advisory and all(r["advisory"] for r in advisory) and not any(r["advisory"] for r in scored)
    assert sorted(ids(advisory) + ids(scored), key=_rule_sort_key) == ids(everything)

    added = set(ids(listed("--province", "lai-chau"))) - set(ids(everything))
    assert {f"NQ75-3-{n}" for n in range(1, 7)} <= added and all(i.startswith("NQ75-") for i in added)


def test_list_json_is_sorted_and_keeps_vietnamese():
    text = run("rules", "list", "--format", "json", "--article", "13").stdout
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert "Luật số 10/2022/QH15" in text  # not \u-escaped
    first = data[0]["versions"][0]["citations"][0]
    assert first["vi"] == "khoản 1 Điều 13 Luật số 10/2022/QH15" and first["en"] == "Art. 13(1), Law No. 10/2022/QH15"


def test_list_table_and_markdown_in_either_language():
    vi = run("rules", "list", "--article", "13").output
    assert "khoản 2 Điều 13 Luật số 10/2022/QH15" in vi and "Khuyến nghị" in vi and "Số quy tắc: 6" in vi
    en = run("rules", "list", "--article", "13", "--format", "markdown", "--lang", "en").output
    rows = [line for line in en.splitlines() if line.startswith("| LDC-13-")]
    assert len(rows) == 6 and all(line.endswith("|") for line in rows)  # one line per row
    assert "| Rule " in en and "Art. 13(2), Law No. 10/2022/QH15" in en and "Rules: 6" in en


def test_an_unknown_instrument_is_refused_with_a_suggestion():
    result = run("rules", "list", "--instrument", "nd-59-2032")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "no instrument 'nd-59-2032'" in result.output and "did you mean 'nd-59-2023'?" in result.output


def test_show_gives_the_quote_in_its_provision_the_parameters_and_the_cases():
    parsed = _rulebook(None, ()).rule("LDC-13-2")
    cited = parsed.rule.versions[0].citations[0]
    text = provision(cited.instrument, cited.article, cited.clause, cited.point).text
    cases = [lc.case.name for rs in _rulebook(None, ()).rulesets for lc in _cases(rs.root, None)
             if lc.case.rule == "LDC-13-2"]

    result = run("rules", "show", "LDC-13-2", "--as-of", "2024-06-30")
    assert result.exit_code == ExitCode.OK, result.output
    out = result.output
    assert out.startswith(f"# LDC-13-2: {parsed.rule.title.vi}\n\n_{parsed.rule.title.en}_")
    assert "### khoản 2 Điều 13 Luật số 10/2022/QH15" in out and f"“{cited.quote}”" in out
    assert all(f"> {paragraph}" in out for paragraph in text.splitlines())  # the provision in full
    assert "**Yêu cầu:**" in out and "Niêm yết tại trụ sở HĐND, UBND xã đủ 30 ngày liên tục: `all(" in out
    assert "## Tham số (giá trị ngày 30/06/2024)" in out and "- `commune_posting_days` = 30" in out
    assert f"## Ca kiểm thử ({len(cases)})" in out and all(name in out for name in cases) and "- Đạt: " in out

    data = json.loads(run("rules", "show", "LDC-13-2", "--format", "json", "--as-of", "2024-06-30").stdout)
    assert data["versions"][0]["citations"][0]["provision"]["text"] == text
    assert [c["name"] for c in data["cases"]] == cases and data["cases"][0]["file"].startswith("tests/")
    assert {p["name"] for p in data["parameters"]} == {"commune_posting_days"}


def test_show_in_english_and_for_a_province():
    out = run("rules", "show", "NQ75-3-1", "--province", "lai-chau", "--lang", "en").output
    assert "### Art. 3(1), Resolution No. 75/NQ-HDND" in out and "**Quote:** “100% người" in out
    assert "## Test cases (" in out


def test_an_unknown_rule_exits_2_with_the_nearest():
    result = run("rules", "show", "LDC-36-9")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "no rule 'LDC-36-9'" in result.output and "did you mean 'LDC-36-" in result.output
    provincial = run("rules", "show", "NQ75-3-1")  # not loaded without --province
    assert provincial.exit_code == ExitCode.BAD_INPUT and "--province" in provincial.output


def test_docs_write_one_page_per_cited_instrument_identically(tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        assert run("docs", "-o", folder, "--province", "lai-chau").exit_code == ExitCode.OK
    cited = {c["instrument"] for r in listed("--province", "lai-chau") for v in r["versions"] for c in v["citations"]}
    pages = sorted(p.name for p in first.iterdir())
    assert pages == sorted({"index.md"} | {f"{i}.md" for i in cited})  # an instrument no rule cites: no page
    assert "nq-75-2024-lai-chau.md" in pages
    for name in pages:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name

    law = (first / "luat-10-2022.md").read_text(encoding="utf-8")
    assert law.index("\n## Điều 11.") < law.index("\n## Điều 13.") < law.index("\n## Điều 14.")
    section = law.split("### khoản 2 Điều 13 Luật số 10/2022/QH15\n", 1)[1].split("\n### ", 1)[0]
    assert section.startswith("_Art. 13(2), Law No. 10/2022/QH15_\n\n> 2. Ủy ban nhân dân cấp xã")
    assert "- **LDC-13-2**: Niêm yết" in section and "\n  _Information is posted" in section
    index = (first / "index.md").read_text(encoding="utf-8")
    assert "[Luật số 10/2022/QH15](luat-10-2022.md)" in index and "lai-chau" in index


def test_docs_without_a_province_has_no_page_for_its_resolution(tmp_path: Path):
    assert run("docs", "-o", tmp_path).exit_code == ExitCode.OK
    assert not (tmp_path / "nq-75-2024-lai-chau.md").exists() and (tmp_path / "nd-59-2023.md").exists()


def test_docs_removes_its_own_stale_pages_and_nothing_else(tmp_path: Path):
    assert run("docs", "-o", tmp_path, "--province", "lai-chau").exit_code == ExitCode.OK
    (tmp_path / "ghi-chu.md").write_text("# Ghi chú của tổ soạn thảo\n", encoding="utf-8")  # the author's own
    again = run("docs", "-o", tmp_path)  # no province: its resolution's page is stale
    assert again.exit_code == ExitCode.OK and "nq-75-2024-lai-chau.md" in again.output
    assert not (tmp_path / "nq-75-2024-lai-chau.md").exists()
    assert (tmp_path / "ghi-chu.md").exists() and (tmp_path / "nd-59-2023.md").exists()


def test_points_sort_in_vietnamese_letter_order():
    def at(point: str | None, clause: int | None = 2) -> Citation:
        return Citation(instrument="luat-10-2022", article=13, clause=clause, point=point, quote="eight chars")

    ordered = [at(None, None), at(None, 1), at(None), at("d"), at("đ"), at("e"), at(None, 10)]
    assert sorted(reversed(ordered), key=catalogue._provision_key) == ordered


@pytest.mark.parametrize("command", [["rules"], ["rules", "list"], ["rules", "show"], ["docs"]])
def test_every_command_and_option_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == ExitCode.OK
    group = cli
    for name in command:
        group = group.commands[name]
    assert group.help and all(p.help for p in group.params if isinstance(p, click.Option))
