"""Text and JSON reports of ``validate`` and ``test``, for ruleset authors (the CI formats,
JUnit and SARIF, are in ci.py)."""

from __future__ import annotations

from .. import jsontext
from ..authoring.cases import CaseRun
from ..authoring.validate import Validation
from .describe import found_lines


def validate_text(v: Validation) -> str:
    lines = [str(p) for p in v.problems]
    verdict = "valid" if v.ok else f"{len(v.problems)} problem{'s' if len(v.problems) != 1 else ''}"
    lines.append(f"{len(v.roots)} ruleset{'s' if len(v.roots) != 1 else ''}, {v.rule_count} rules: {verdict}")
    return "\n".join(lines) + "\n"


def validate_json(v: Validation) -> str:
    data = {"schema_version": 1,
            "rulesets": [{"name": rs.meta.name if rs.meta else rs.root.name, "path": str(rs.root),
                          "rules": len(rs.rules)} for rs in v.rulesets],
            "problems": [p.as_dict() for p in v.problems],
            "valid": v.ok}
    return jsontext.dumps(data) + "\n"


def cases_text(run: CaseRun, verbose: bool = False, min_coverage: float | None = None) -> str:
    lines = [str(p) for p in run.problems]
    for r in run.results:
        if not r.passed:
            lines.append(f"FAIL {r.case.file}:{r.case.location.line}: {r.case.id}")
            lines.append(f"     {r.message}")
            if r.finding is not None:  # what decided the actual verdict
                lines += [f"     | {line.strip()}" for line in found_lines(r.finding, "en")]
        elif verbose:
            lines.append(f"PASS {r.case.id}")
    passed = len(run.results) - len(run.failed)
    lines.append(f"{len(run.results)} cases: {passed} passed, {len(run.failed)} failed")
    covered = sum(c.covered for c in run.coverage)
    line = (f"coverage: {covered}/{len(run.coverage)} rules ({run.coverage_percent:g}%) have a case that meets "
            f"them, one that fails them and, where they have conditions, one that makes them not applicable")
    if min_coverage is not None:
        line += f"; required {min_coverage:g}%"
    lines.append(line)
    lines += [f"  {c.location}: {c.rule}: no case for {', '.join(c.missing)}" for c in run.coverage if not c.covered]
    return "\n".join(lines) + "\n"


def cases_json(run: CaseRun) -> str:
    data = {"schema_version": 1,
            "cases": [{"id": r.case.id, "rule": r.case.case.rule, "name": r.case.case.name,
                       "file": str(r.case.file), "line": r.case.location.line, "passed": r.passed,
                       "expected": r.case.case.expect.value,
                       "actual": r.finding.verdict.value if r.finding else None,
                       "message": r.message} for r in run.results],
            "coverage": {"percent": run.coverage_percent,
                         "rules": [{"rule": c.rule, "ruleset": c.ruleset, "needs": sorted(c.needs),
                                    "has": sorted(c.has), "missing": c.missing} for c in run.coverage]},
            "problems": [p.as_dict() for p in run.problems]}
    return jsontext.dumps(data) + "\n"
