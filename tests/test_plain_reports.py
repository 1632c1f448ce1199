"""Every sentence a report's reader sees is words, not code: the gap reports of every bundled case
and of a sampled province, in Vietnamese and English, as a table and as Markdown, with every rule
shown (--show-all) and what falls due, hold no code-shaped token (a snake_case name, a dotted
path, a call, ``==``) outside a field name quoted for the reader to type (lang.prose.CODE).
Vietnamese reports hold no English schema word either. The header's and the footer's counts of
rules that do not apply agree."""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import pytest

from qcdc_rules.check import check_files
from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.lang.prose import code_in, _known_names
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.verdict import Report
from qcdc_rules.report.render import OutputFormat, render
from qcdc_rules.sample import generate

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "cases").glob("*.yaml")) + sorted((ROOT / "cases" / "clean").glob("*.yaml"))
# The profile's own words: its file, its id, the names the inspector gave its items.
_DATA_LINES = re.compile(r"^(Tệp|File|Mã|Id)\s|^- \*\*(Tệp|File|Mã|Id):\*\*")


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_rulebook("lai-chau"), "python")


@pytest.fixture(scope="module")
def sampled(tmp_path_factory) -> list[Path]:
    """A sampled province's profiles: one commune with its villages, and every other unit type."""
    root = tmp_path_factory.mktemp("plain")
    files = generate(seed=3, year=2025, communes=1)
    out = []
    for rel, text in sorted(files.items()):
        if rel.endswith(".yaml") and "qcdc-activity/1" not in text:  # the annex's records are not profiles
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            out.append(path)
    return out


def _reports(evaluator, paths: list[Path], dates=(None, dt.date(2026, 9, 30))) -> list[Report]:
    """As recorded, and under Decree 154/2026 and the caveats dated 2026."""
    return [check_files(paths, as_of=as_of, due_within=120, evaluator=evaluator) for as_of in dates]


def _user_data(report: Report) -> set[str]:
    """Words the inspector typed: item names and unit ids, which may look like anything."""
    words = set()
    for u in report.units:
        words.add(u.unit.id)
        for f in u.findings:
            for c in (*f.checks, *f.applicability, *(c for p in f.periods for c in p.checks)):
                for d in c.details:
                    words.update(i.item for i in d.items)
    return words


def _code_tokens(text: str, data: set[str], lang: str) -> list[tuple[str, str]]:
    """(token, line) for each code-shaped token outside the profile's own words."""
    found = []
    for line in text.splitlines():
        if _DATA_LINES.search(line.strip()):
            continue
        found += [(tok, line.strip()[:160]) for tok in _line_tokens(line, lang) if not any(tok in word for word in data)]
    return found


@functools.cache
def _line_tokens(line: str, lang: str) -> tuple[str, ...]:
    """A line's code-shaped tokens, found once per line: reports repeat most of their lines (a duty's
    text for every unit, date, format and language) and the tokens depend on the line alone; the
    profile's own words are taken out per report, by the caller."""
    tokens = code_in(line)
    if lang == "vi":
        bare = re.sub(r"`[^`]*`", " ", line)
        tokens += [w for w in _WORD.findall(bare) if w in _known_names()]
    return tuple(tokens)


_WORD = re.compile(r"(?<![\w`])[a-z]+(?![\w`])")


def _check(reports: list[Report], table: bool = True) -> list[str]:
    """Markdown with every rule shown holds every text a report can show, unwrapped; the table
    (as printed by default) is checked too, for what only it adds."""
    problems = []
    for report in reports:
        data = _user_data(report)
        for lang in ("vi", "en"):
            texts = [("markdown", render(report, OutputFormat.markdown, lang, show_all=True))]
            if table:
                texts.append(("table", render(report, OutputFormat.table, lang)))
            for fmt, text in texts:
                problems += [f"{lang} {fmt}: '{tok}' in: {line}" for tok, line in _code_tokens(text, data, lang)]
    return sorted(set(problems))


def test_the_bundled_cases_speak_plainly(evaluator):
    problems = _check(_reports(evaluator, CASES))
    assert not problems, "\n".join(problems[:40])


def test_a_sampled_province_speaks_plainly(evaluator, sampled):
    # one date, and Markdown only (the same words as the table), keep the test quick
    problems = _check(_reports(evaluator, sampled, (dt.date(2026, 9, 30),)), table=False)
    assert not problems, "\n".join(problems[:40])


def test_the_detector_finds_code():
    assert code_in("ghi sector_deadline true (xem docs/time.md); ? exists(meetings where x == 1)") == [
        "sector_deadline", "docs/time.md", "exists(", "=="]
    assert code_in("unit__ethnic_minority_area, params.commune_posting_days") == [
        "unit__ethnic_minority_area", "params.commune_posting_days"]
    assert code_in("ghi ngày nhận được (`received`) và `sector_deadline: true`") == []


def test_the_footer_counts_what_the_header_counts(evaluator):
    report = check_files([ROOT / "cases" / "xa-ban-hon-lai-chau.yaml"], evaluator=evaluator)
    u = report.units[0]
    for lang, word in (("vi", "Không áp dụng"), ("en", "Not applicable")):
        text = render(report, OutputFormat.table, lang)
        header = int(re.search(rf"{word} (\d+)", text).group(1))
        footer = int(re.search(r"^(\d+) (quy tắc|rules) (không áp dụng|do not apply)", text, re.M).group(1))
        assert header == footer == u.summary.counts["not_applicable"], lang
