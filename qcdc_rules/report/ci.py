"""Outputs CI systems read: JUnit XML (test reports in GitLab, Jenkins, GitHub Actions
reporters) and SARIF 2.1.0 (code scanning annotations on the line at fault).

Three sources feed them: the problems ``validate`` finds in rulesets (SARIF points at the
ruleset line), the rule test cases ``test`` runs (at the case's line), and the findings of
``check`` (at the profile line of the failing evidence item, else the profile file).
Output is deterministic: no timestamps, no durations, stable order."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__, jsontext
from ..errors import Problem
from ..model.verdict import Finding, Report, Verdict
from . import i18n
from .describe import found_lines

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


@dataclass
class Result:
    """One thing to report, whatever produced it."""

    rule_id: str
    level: str  # error | warning | note
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None


@dataclass
class Case:
    """One JUnit test case: passed unless it has a failure, an error or is skipped."""

    name: str
    classname: str
    failure: str | None = None
    error: str | None = None
    skipped: str | None = None
    file: str | None = None
    line: int | None = None


@dataclass
class Suite:
    name: str
    cases: list[Case] = field(default_factory=list)


# -- SARIF ---------------------------------------------------------------------------------

def sarif(results: Iterable[Result], rules: dict[str, str]) -> str:
    """A SARIF log with one run; ``rules`` maps each rule id to its short description."""
    out = []
    for r in results:
        entry = {"ruleId": r.rule_id, "level": r.level, "message": {"text": r.message}}
        if r.file:
            physical: dict = {"artifactLocation": {"uri": _uri(r.file)}}
            if r.line:
                physical["region"] = {"startLine": r.line, **({"startColumn": r.column} if r.column else {})}
            entry["locations"] = [{"physicalLocation": physical}]
        out.append(entry)
    driver = {"name": "qcdc-check", "version": __version__,
              "rules": [{"id": rid, "shortDescription": {"text": text}} for rid, text in sorted(rules.items())]}
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": out}]}
    return jsontext.dumps(log) + "\n"


def _uri(file: str) -> str:
    """Relative to the working directory where possible: CI annotates paths of the checkout."""
    path = Path(file)
    try:
        path = path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        pass
    return path.as_posix()


# -- JUnit ---------------------------------------------------------------------------------

def junit(suites: list[Suite], name: str) -> str:
    root = ET.Element("testsuites", name=name, tests=str(sum(len(s.cases) for s in suites)),
                      failures=str(sum(c.failure is not None for s in suites for c in s.cases)),
                      errors=str(sum(c.error is not None for s in suites for c in s.cases)))
    for s in suites:
        suite = ET.SubElement(root, "testsuite", name=s.name, tests=str(len(s.cases)),
                              failures=str(sum(c.failure is not None for c in s.cases)),
                              errors=str(sum(c.error is not None for c in s.cases)),
                              skipped=str(sum(c.skipped is not None for c in s.cases)))
        for c in s.cases:
            attrs = {"name": c.name, "classname": c.classname}
            if c.file:
                attrs["file"] = _uri(c.file)
            if c.line:
                attrs["line"] = str(c.line)
            case = ET.SubElement(suite, "testcase", attrs)
            for tag, text in (("failure", c.failure), ("error", c.error), ("skipped", c.skipped)):
                if text is not None:
                    ET.SubElement(case, tag, message=text.splitlines()[0] if text else "").text = text
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# -- validate: problems in rulesets ----------------------------------------------------------

def problem_results(problems: list[Problem]) -> list[Result]:
    return [Result(p.code, "error", p.message + (f" ({p.hint})" if p.hint else ""),
                   p.location.file, p.location.line, p.location.column) for p in problems]


_PROBLEM_KINDS = {
    "ruleset": "A rule or ruleset file does not follow the ruleset schema",
    "condition": "A condition does not parse or does not type-check against the profile schema",
    "citation": "A citation does not exist in the shipped legal text, or its quote is not found there",
    "yaml": "A YAML file does not parse, or uses what the loader refuses (a duplicate key, a tag, an alias loop …)",
    "file": "A file cannot be read",
    "encoding": "A file is not UTF-8 text",
    "input": "A file is not valid input",
    "test": "A test case file does not follow the test case schema",
}


def _kind(code: str) -> str:
    return _PROBLEM_KINDS.get(code, _PROBLEM_KINDS.get(code.split("-")[0], code))


def validate_sarif(problems: list[Problem]) -> str:
    return sarif(problem_results(problems), {p.code: _kind(p.code) for p in problems})


def validate_junit(problems: list[Problem], roots: list[Path]) -> str:
    """One test case per ruleset: it fails with every problem found in its files."""
    suite = Suite("qcdc-check validate")
    for root in roots:
        mine = [p for p in problems if p.location.file and _under(p.location.file, root)]
        suite.cases.append(Case(str(root), "validate", failure="\n".join(map(str, mine)) or None,
                                file=str(root / "ruleset.yaml")))
    stray = [p for p in problems if not any(p.location.file and _under(p.location.file, r) for r in roots)]
    if stray:
        suite.cases.append(Case("rulesets together", "validate", failure="\n".join(map(str, stray))))
    return junit([suite], "qcdc-check validate")


def _under(file: str, root: Path) -> bool:
    try:
        Path(file).resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


# -- check: findings of unit profiles ------------------------------------------------------

_LEVEL = {"critical": "error", "major": "error", "minor": "warning"}


def _finding_message(f: Finding, lang: str) -> str:
    lines = [f"{f.verdict.label(lang)} — {f.rule}: {f.title.get(lang)}"]
    lines += [line.strip() for line in found_lines(f, lang)]
    lines.append(f"{i18n.t('fix', lang)}: {f.remediation.get(lang)}")
    return "\n".join(lines)


def _item_lines(f: Finding) -> list[int]:
    """Profile lines of the evidence items that failed (or were not recorded) for a finding."""
    lines = set()
    for c in (*f.checks, *f.applicability, *(c for p in f.periods for c in p.checks)):
        if c.status == "true":
            continue
        for d in c.details:
            lines.update(i.line for i in d.items if i.line and i.status != "true")
    return sorted(lines)


def check_sarif(report: Report, lang: str) -> str:
    results, rules = [], {}
    for u in report.units:
        for f in u.findings:
            if not f.verdict.outstanding and f.verdict is not Verdict.error:
                continue
            rules[f.rule] = f.title.get(lang)
            level = "note" if f.advisory else ("error" if f.verdict is Verdict.error else _LEVEL.get(f.severity, "warning"))
            message = f"{u.unit.name}: {_finding_message(f, lang)}"
            for line in _item_lines(f) or [None]:
                results.append(Result(f.rule, level, message, u.unit.file, line))
    for failure in report.failures:
        for p in failure.problems:
            rules.setdefault("profile", "A unit profile does not load")
            results.append(Result("profile", "error", p["message"] + (f" ({p['hint']})" if p.get("hint") else ""),
                                  p["file"], p["line"], p["column"]))
    return sarif(results, rules)


def check_junit(report: Report, lang: str) -> str:
    """A suite per unit, a case per rule: met passes, not met and missing evidence fail,
    error errs, not applicable and waived are skipped."""
    suites = []
    for u in report.units:
        suite = Suite(f"{u.unit.id} {u.unit.name}")
        for f in u.findings:
            case = Case(f"{f.rule}: {f.title.get(lang)}", u.unit.id, file=u.unit.file)
            if f.verdict is Verdict.error:
                case.error = _finding_message(f, lang)
            elif f.verdict.outstanding and not f.advisory:
                case.failure = _finding_message(f, lang)
            elif f.verdict in (Verdict.not_applicable, Verdict.waived) or (f.advisory and f.verdict is not Verdict.met):
                case.skipped = _finding_message(f, lang) if f.advisory else (
                    i18n.reason(f.reason.code, f.reason.detail, lang) if f.reason else f.verdict.label(lang))
            suite.cases.append(case)
        suites.append(suite)
    for failure in report.failures:
        text = "\n".join(f"{p['file']}:{p['line']}:{p['column']}: {p['message']}" for p in failure.problems)
        suites.append(Suite(failure.file, [Case("load", failure.file, error=text, file=failure.file)]))
    return junit(suites, "qcdc-check check")


# -- test: rule test cases ------------------------------------------------------------------

def _case_label(r) -> str:
    return f"{r.case.case.rule}: {r.case.case.name}"


def cases_sarif(run) -> str:
    """Failing cases at their line in the test file; rules short of coverage at their line."""
    results = [Result("case_failed", "error", f"{_case_label(r)}: {r.message}", str(r.case.file),
                      r.case.location.line, r.case.location.column) for r in run.failed]
    results += [Result("coverage", "warning", f"{c.rule}: no case for {', '.join(c.missing)}",
                       c.location.file, c.location.line, c.location.column) for c in run.coverage if not c.covered]
    results += problem_results(run.problems)
    rules = {"case_failed": "A rule test case does not give the verdict it expects",
             "coverage": "A rule lacks a case that meets it, fails it, or (with conditions) makes it not applicable"}
    rules.update({p.code: _kind(p.code) for p in run.problems})
    return sarif(results, rules)


def cases_junit(run) -> str:
    """A suite per test file, a case per test case; a suite for coverage, a case per rule."""
    suites: dict[str, Suite] = {}
    for r in run.results:
        name = str(r.case.file)
        suites.setdefault(name, Suite(name)).cases.append(
            Case(_case_label(r), r.case.case.rule, failure=None if r.passed else r.message,
                 file=name, line=r.case.location.line))
    coverage = Suite("coverage")
    for c in run.coverage:
        coverage.cases.append(Case(c.rule, f"coverage.{c.ruleset}", file=c.location.file, line=c.location.line,
                                   failure=None if c.covered else f"no case for {', '.join(c.missing)}"))
    out = list(suites.values()) + ([coverage] if run.coverage else [])
    if run.problems:
        out.append(Suite("load", [Case(str(p.location), "load", error=str(p)) for p in run.problems]))
    return junit(out, "qcdc-check test")
