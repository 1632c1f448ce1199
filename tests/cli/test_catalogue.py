"""The rule catalogue: rules list with filters, rules show beside the text, docs pages."""

from __future__ import annotations

import json

from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.engine.evaluate import _rule_sort_key


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def listed(*args) -> list[dict]:
    result = run("rules", "list", "--format", "json", *args)
    assert result.exit_code == ExitCode.OK, result.output
    return json.loads(result.stdout)


def test_filters_filter():
    everything = listed()
    ids = [r["id"] for r in everything]
    assert ids == sorted(ids, key=_rule_sort_key) and len(ids) == len(set(ids))  # LDC-13-2 before LDC-100-1
    article_13 = listed("--instrument", "luat-10-2022", "--article", "13")
    assert article_13 and all(any(c["instrument"] == "luat-10-2022" and c["article"] == 13
                                   for v in r["versions"] for c in v["citations"]) for r in article_13)
    assert len(article_13) < len(everything)
    enterprise = listed("--unit-type", "enterprise")
    assert enterprise and all("enterprise" in r["unit_types"] for r in enterprise)
    assert "LDC-13-2" not in {r["id"] for r in enterprise}
    advisory = listed("--advisory")
    assert advisory and all(r["advisory"] for r in advisory)
    assert {r["severity"] for r in listed("--severity", "critical")} <= {"critical"}
    province = {r["id"] for r in listed("--province", "lai-chau")} - set(ids)
    assert province == {f"NQ75-3-{n}" for n in range(1, 7)} | {"NQ75-4-1A", "NQ75-4-3D"}


def test_show_gives_the_quote_in_its_provision_and_the_cases():
    result = run("rules", "show", "LDC-36-2", "--lang", "en")
    assert result.exit_code == ExitCode.OK
    out = result.output
    assert "Art. 36(2), Law No. 10/2022/QH15" in out
    assert "> 2. Nhiệm kỳ của Ban Thanh tra nhân dân theo nhiệm kỳ của Trưởng thôn" in out  # the text in context
    assert "`village_head_term_months_short` = 30" in out
    assert "## Test cases (" in out and "people-inspection.yaml:" in out
    data = json.loads(run("rules", "show", "LDC-36-2", "--format", "json").stdout)
    assert data["cases"] and "Nhiệm kỳ" in data["versions"][0]["citations"][0]["provision_text"]


def test_an_unknown_rule_suggests_the_nearest():
    result = run("rules", "show", "LDC-36-9")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "did you mean 'LDC-36-" in result.output


def test_docs_write_one_page_per_cited_instrument_identically(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        assert run("docs", "-o", folder, "--province", "lai-chau").exit_code == ExitCode.OK
    pages = sorted(p.name for p in first.iterdir())
    assert "index.md" in pages and "luat-10-2022.md" in pages and "nq-75-2024-lai-chau.md" in pages
    for name in pages:
        assert (first / name).read_bytes() == (second / name).read_bytes()
    law = (first / "luat-10-2022.md").read_text(encoding="utf-8")
    assert "## khoản 2 Điều 13 Luật số 10/2022/QH15" in law and "**LDC-13-2**" in law
    assert "> 2. " in law  # the provision's text beside its rules
