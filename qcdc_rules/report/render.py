"""Renderers of a gap report: a table (tabulate), Markdown, and JSON.

JSON is the contract (schema_version, sorted keys, byte-identical for identical input);
the text forms are for people, in Vietnamese unless asked for English."""

from __future__ import annotations

import textwrap
from enum import Enum
from functools import lru_cache

from tabulate import tabulate as _tabulate

from ..model.verdict import VERDICT_ORDER, Finding, Report, UnitReport, Verdict
from .. import jsontext
from . import i18n
from .describe import basis_lines, found_lines, note_lines, period_lines
from .i18n import t


class OutputFormat(str, Enum):
    table = "table"
    text = "text"  # the table, by the name CI tools use for plain output
    markdown = "markdown"
    json = "json"
    junit = "junit"  # JUnit XML (report/ci.py)
    sarif = "sarif"  # SARIF 2.1.0 (report/ci.py)


REPORT_FORMATS = (OutputFormat.table, OutputFormat.markdown, OutputFormat.json)
CHECK_FORMATS = REPORT_FORMATS + (OutputFormat.text, OutputFormat.junit, OutputFormat.sarif)
AUTHOR_FORMATS = (OutputFormat.text, OutputFormat.json, OutputFormat.junit, OutputFormat.sarif)


def render(report: Report, fmt: OutputFormat, lang: str = "vi", table_format: str = "simple_grid",
           show_all: bool = False) -> str:
    if fmt is OutputFormat.json:
        return render_json(report)
    if fmt is OutputFormat.markdown:
        return render_markdown(report, lang, show_all)
    if fmt in (OutputFormat.junit, OutputFormat.sarif):
        from . import ci  # XML and SARIF writers: not loaded for the table an inspector reads

        return ci.check_junit(report, lang) if fmt is OutputFormat.junit else ci.check_sarif(report, lang)
    return render_table(report, lang, table_format, show_all)


def render_json(report: Report) -> str:
    return jsontext.dumps(report.model_dump(mode="json")) + "\n"


# -- shared pieces ---------------------------------------------------------------------------

def _score(u: UnitReport, lang: str) -> str:
    s = u.summary.score
    if s.value is None:
        return t("no_score", lang)
    pct = f"{s.value * 100:.1f}%"
    if lang == "vi":
        pct = pct.replace(".", ",")
    return f"{s.numerator}/{s.denominator} = {pct}"


def _counts(u: UnitReport, lang: str) -> str:
    return " · ".join(f"{v.label(lang)} {u.summary.counts[v.value]}" for v in VERDICT_ORDER)


def _header(u: UnitReport, lang: str) -> list[tuple[str, str]]:
    path = " › ".join(a["name"] for a in u.unit.admin_path)
    rows = [(t("unit", lang), f"{u.unit.name} ({i18n.unit_type(u.unit.type, lang)})" + (f" — {path}" if path else "")),
            (t("code", lang), u.unit.id),
            (t("as_of", lang), i18n.date(u.as_of)),
            (t("inspected", lang), f"{i18n.date(u.inspected_from)} – {i18n.date(u.as_of)}"),
            (t("rulesets", lang), "; ".join(f"{r.get('title_' + lang, r['name'])} ({t('version', lang).lower()} "
                                            f"{r['version']})" for r in u.rulesets))]
    if u.unit.file:
        rows.append((t("file", lang), u.unit.file))
    rows += [(t("results", lang), _counts(u, lang)),
             (t("score", lang), f"{_score(u, lang)} ({t('score_formula', lang)})")]
    return rows


def _partition(u: UnitReport, show_all: bool):
    outstanding = [f for f in u.findings if not f.advisory and f.verdict in (Verdict.not_met, Verdict.missing_evidence,
                                                                              Verdict.error)]
    outstanding.sort(key=lambda f: (VERDICT_ORDER.index(f.verdict), -_rank(f.severity)))
    advisory = [f for f in u.findings if f.advisory and f.verdict is not Verdict.not_applicable]
    shown_ok = [f for f in u.findings if not f.advisory and f.verdict in (Verdict.met, Verdict.waived)]
    na = [f for f in u.findings if f.verdict is Verdict.not_applicable]
    if show_all:
        shown_ok = shown_ok + na
    return outstanding, advisory, shown_ok, na


def _not_applicable(na: list[Finding], lang: str) -> str:
    """The footer's count of rules that do not apply: the header's count (rules in the score),
    with the advisory ones apart."""
    advisory = sum(f.advisory for f in na)
    if advisory:
        return t("not_applicable_count_advisory", lang, n=len(na) - advisory, a=advisory)
    return t("not_applicable_count", lang, n=len(na))


def _rank(severity: str) -> int:
    return {"critical": 3, "major": 2, "minor": 1}.get(severity, 0)


def _duty(f: Finding, lang: str) -> str:
    lines = [f"{f.title.get(lang)} [{i18n.severity(f.severity, lang)}]"]
    lines += period_lines(f, lang)
    lines += [f"{t('basis', lang)}: {b}" for b in basis_lines(f, lang)]
    lines += [f"({n})" for n in note_lines(f, lang)]
    return "\n".join(lines)


# -- table -----------------------------------------------------------------------------------

_WIDTHS = [None, 10, 10, 42, 46, 32]  # about 160 columns: a landscape page or a wide terminal

def _rows(findings: list[Finding], lang: str, with_fix: bool) -> list[list[str]]:
    rows = []
    for n, f in enumerate(findings, 1):
        row = [str(n), f.verdict.label(lang), f.rule, _duty(f, lang), "\n".join(found_lines(f, lang))]
        if with_fix:
            row.append(f.remediation.get(lang))
        rows.append(row)
    return rows


@lru_cache(maxsize=16)
def _wrapper(width: int) -> textwrap.TextWrapper:
    return textwrap.TextWrapper(width=width, break_long_words=True, break_on_hyphens=True)


def _wrapped(cell, width: int | None):
    """A cell wrapped as tabulate's ``maxcolwidths`` wraps it (each line of the text wrapped to
    ``width``, blank lines dropped, numbers left alone), with the standard library's wrapper:
    tabulate's own measures every chunk again while it wraps, and was four fifths of the time
    of printing a report. Our texts carry no terminal colour codes, the one thing its wrapper
    knows and textwrap does not."""
    if width is None or not isinstance(cell, str):
        return cell
    return "\n".join("\n".join(_wrapper(width).wrap(line)) for line in cell.splitlines() if line.strip())


def tabulate(rows, *args, maxcolwidths=None, **kwargs) -> str:
    if maxcolwidths is not None:
        rows = [[_wrapped(c, w) for c, w in zip(row, maxcolwidths)] + list(row[len(maxcolwidths):])
                for row in rows]
    return _tabulate(rows, *args, **kwargs)


def render_table(report: Report, lang: str = "vi", table_format: str = "simple_grid",
                 show_all: bool = False) -> str:
    out: list[str] = []
    for u in report.units:
        out.append(t("title", lang))
        out.append(tabulate(_header(u, lang), tablefmt="plain"))
        outstanding, advisory, ok, na = _partition(u, show_all)
        head = [t("col_no", lang), t("col_verdict", lang), t("col_rule", lang), t("col_duty", lang),
                t("col_found", lang)]
        out.append("")
        out.append(t("findings", lang))
        if outstanding:
            out.append(tabulate(_rows(outstanding, lang, True), headers=head + [t("col_fix", lang)],
                                tablefmt=table_format, maxcolwidths=_WIDTHS))
        else:
            out.append(t("no_findings", lang))
        if advisory:
            out.append("")
            out.append(t("advisory", lang))
            out.append(tabulate(_rows(advisory, lang, True), headers=head + [t("col_fix", lang)],
                                tablefmt=table_format, maxcolwidths=_WIDTHS))
        if ok:
            out.append("")
            out.append(t("met_section", lang))
            out.append(tabulate(_rows(ok, lang, False), headers=head, tablefmt=table_format,
                                maxcolwidths=_WIDTHS[:5]))
        if na and not show_all:
            out.append("")
            out.append(_not_applicable(na, lang))
        if u.upcoming:
            out += ["", t("upcoming", lang), tabulate(upcoming_rows(u, lang), headers=upcoming_headers(lang),
                                                      tablefmt=table_format, maxcolwidths=[10, 10, 8, 60, 40])]
        elif u.due_within is not None:
            out += ["", t("upcoming", lang), t("nothing_due_within", lang, n=u.due_within)]
        if u.warnings:
            out.append("")
            out.extend(f"{t('warnings', lang)}: {i18n.notice(w.code, w.detail, lang)}" for w in u.warnings)
        out.append("")
    out.extend(_failures(report, lang))
    return "\n".join(out).rstrip() + "\n"


def upcoming_headers(lang: str) -> list[str]:
    return [t("col_due", lang), t("col_rule", lang), t("col_days_left", lang), t("col_duty", lang), t("period", lang)]


def upcoming_rows(u: UnitReport, lang: str) -> list[list[str]]:
    return [[i18n.date(x.due), x.rule, str(x.days_left), x.title.get(lang),
             i18n.period_label(x.period, lang) if x.period else ""] for x in u.upcoming]


def _failures(report: Report, lang: str) -> list[str]:
    if not report.failures:
        return []
    out = [t("failures", lang)]
    for failure in report.failures:
        for p in failure.problems:
            where = ":".join(str(x) for x in (p["file"], p["line"], p["column"]) if x is not None)
            out.append(f"{where}: {p['message']}" + (f" ({p['hint']})" if p.get("hint") else ""))
    return out + [""]


# -- Markdown --------------------------------------------------------------------------------

def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def render_markdown(report: Report, lang: str = "vi", show_all: bool = False) -> str:
    out: list[str] = []
    for u in report.units:
        out.append(f"# {t('title', lang)}: {u.unit.name}")
        out.append("")
        out.extend(f"- **{k}:** {_md_cell(v)}" for k, v in _header(u, lang))
        outstanding, advisory, ok, na = _partition(u, show_all)
        for title, findings, fix in ((t("findings", lang), outstanding, True), (t("advisory", lang), advisory, True),
                                     (t("met_section", lang), ok, False)):
            if not findings and title != t("findings", lang):
                continue
            out += ["", f"## {title}", ""]
            if not findings:
                out.append(t("no_findings", lang))
                continue
            for n, f in enumerate(findings, 1):
                out.append(f"### {n}. {f.verdict.label(lang)} — {f.rule}: {f.title.get(lang)}")
                out.append("")
                out.append(f"- **{t('col_severity', lang)}:** {i18n.severity(f.severity, lang)}")
                out.extend(f"- {line}" for line in period_lines(f, lang))
                for b in basis_lines(f, lang):
                    out.append(f"- **{t('basis', lang)}:** {b}")
                for n_ in note_lines(f, lang):
                    out.append(f"- _{n_}_")
                lines = found_lines(f, lang)
                if lines:
                    out.append(f"- **{t('col_found', lang)}:**")
                    out.extend(f"  - {line.strip()}" for line in lines)
                if fix:
                    out.append(f"- **{t('fix', lang)}:** {f.remediation.get(lang)}")
                out.append("")
        if na and not show_all:
            out += ["", _not_applicable(na, lang)]
        if u.upcoming:
            out += ["", f"## {t('upcoming', lang)}", "",
                    tabulate(upcoming_rows(u, lang), headers=upcoming_headers(lang), tablefmt="github")]
        elif u.due_within is not None:
            out += ["", f"## {t('upcoming', lang)}", "", t("nothing_due_within", lang, n=u.due_within)]
        if u.warnings:
            out += [""] + [f"> {t('warnings', lang)}: {i18n.notice(w.code, w.detail, lang)}" for w in u.warnings]
        out.append("")
    failures = _failures(report, lang)
    if failures:
        out += [f"## {failures[0]}", ""] + [f"- {line}" for line in failures[1:] if line]
    return "\n".join(out).rstrip() + "\n"


def render_upcoming(report: Report, fmt: OutputFormat, lang: str = "vi", table_format: str = "simple_grid") -> str:
    """The calendar command's output: what falls due, unit by unit."""
    if fmt is OutputFormat.json:
        data = {"schema_version": report.schema_version,
                "units": [{"unit": u.unit.model_dump(mode="json"), "as_of": u.as_of,
                           "upcoming": [x.model_dump(mode="json") for x in u.upcoming]} for u in report.units],
                "failures": [f.model_dump(mode="json") for f in report.failures]}
        return jsontext.dumps(data) + "\n"
    out = []
    for u in report.units:
        head = f"{u.unit.name} — {t('as_of', lang)} {i18n.date(u.as_of)}"
        if fmt is OutputFormat.markdown:
            out += [f"## {head}", "", tabulate(upcoming_rows(u, lang), headers=upcoming_headers(lang),
                                               tablefmt="github") if u.upcoming else t("nothing_due", lang), ""]
        else:
            out += [head, tabulate(upcoming_rows(u, lang), headers=upcoming_headers(lang), tablefmt=table_format,
                                   maxcolwidths=[10, 10, 8, 60, 40]) if u.upcoming else t("nothing_due", lang), ""]
    out.extend(_failures(report, lang))
    return "\n".join(out).rstrip() + "\n"
