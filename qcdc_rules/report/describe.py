"""A finding in words: what was expected, what was found, what is missing.

Shared by every text renderer (table, Markdown) so the wording exists once."""

from __future__ import annotations

import re
from typing import Any

from ..model.verdict import CheckResult, Detail, Finding, ItemResult, Verdict
from . import i18n
from .i18n import t

_MARK = {"true": "✓", "false": "✗", "unknown": "?"}


def _value(value: Any, lang: str) -> str:
    if value is True:
        return "có" if lang == "vi" else "yes"
    if value is False:
        return "không" if lang == "vi" else "no"
    if value is None:
        return "–"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return i18n.date(value)
    if isinstance(value, float):
        text = f"{value:.4g}"
        return text.replace(".", ",") if lang == "vi" else text
    return str(value)


def _subject(d: Detail, lang: str) -> str:
    if d.collection:
        if d.kinds:
            return ", ".join(i18n.evidence(f"{d.collection}.{k}", lang) for k in d.kinds)
        return i18n.evidence(d.collection, lang)
    return i18n.humanize(d.subject or d.expression, lang)


def _where(expression: str) -> str:
    """The 'where' part of count(C where F) / exists(C where F)."""
    if " where " not in expression:
        return expression
    return expression.split(" where ", 1)[1].rsplit(")", 1)[0]


def _item_values(item: ItemResult, lang: str, coll: str | None, skip: tuple[str, ...] = ()) -> str:
    """An item's values as "label = value", a period of display with how it was counted."""
    out = []
    for k, v in sorted(item.values.items()):
        if k in skip:
            continue
        shown = (i18n.code_label(v, lang, coll, k) if isinstance(v, str) else None) or _value(v, lang)
        text = f"{i18n.humanize(k, lang, coll)} = {shown}"
        if k in item.counted:
            text += f" ({i18n.span(item.counted[k], lang)})"
        out.append(text)
    return "; ".join(out)


def detail_lines(d: Detail, lang: str) -> list[str]:
    lines: list[str] = []
    needs = t("needs", lang)
    if d.op == "all":
        bad = [i for i in d.items if i.status != "true"]
        for item in bad:
            if item.status == "unknown":  # what is missing is said once, below
                lines.append(f"{_MARK[item.status]} {item.item}")
                continue
            values = _item_values(item, lang, d.collection)
            lines.append(f"{_MARK[item.status]} {item.item}: {values}" if values else f"{_MARK[item.status]} {item.item}")
        if bad:
            lines.append(f"{needs}: {i18n.humanize(str(d.expected), lang, d.collection)}")
    elif d.collection:
        found = d.found
        near = [i for i in d.items if i.status == "false"]
        if d.status == "unknown" and d.missing and found == 0 and not near:
            pass  # nothing recorded: said once, as missing, below
        else:
            if isinstance(found, dict):
                shown = f"{found.get('at_least')}–{found.get('at_most')}"
            elif found == 0:
                shown = t("none_matching" if near else "none_found", lang)
            else:
                shown = _value(found, lang)
            lines.append(f"{_subject(d, lang)}: {shown} ({needs} {i18n.humanize(d.op or '', lang)} "
                         f"{_value(d.expected, lang)})")
            if near and d.status != "true":
                lines.append(f"  {t('condition', lang)}: {i18n.humanize(_where(d.expression), lang, d.collection)}")
                for item in near:
                    values = _item_values(item, lang, d.collection, skip=("kind",))
                    lines.append(f"  ✗ {item.item}" + (f": {values}" if values else ""))
        hits = [i.item for i in d.items if i.status == "true"]
        if hits and d.status != "true":
            lines.append("  " + ", ".join(hits))
    elif d.op:
        scope, _, field = (d.subject or "").partition(".")

        def shown(v: Any) -> str:
            return (i18n.code_label(v, lang, scope, field) if isinstance(v, str) else None) or _value(v, lang)
        lines.append(f"{i18n.humanize(d.subject or '', lang)} = {shown(d.found)} "
                     f"({needs} {i18n.humanize(d.op, lang)} {shown(d.expected)})")
    if d.missing:
        lines.append(f"{t('missing', lang)}: " + ", ".join(i18n.evidence(k, lang) for k in d.missing))
    return lines


def check_lines(c: CheckResult, lang: str, only_failing: bool = True) -> list[str]:
    label = c.label.get(lang) if c.label else i18n.humanize(c.expression, lang)
    lines = [f"{_MARK[c.status]} {label}"]
    if c.status == "true" and only_failing:
        return lines
    for d in c.details:
        if only_failing and d.status == "true":
            continue
        lines.extend("    " + line for line in detail_lines(d, lang))
    return lines


def found_lines(f: Finding, lang: str) -> list[str]:
    """What decided the verdict, expected against found."""
    if f.verdict in (Verdict.not_met, Verdict.missing_evidence):
        checks = f.checks or f.applicability
        lines: list[str] = []
        for c in checks:
            if c.status != "true":
                lines.extend(check_lines(c, lang))
        return lines
    if f.verdict is Verdict.met:
        return [line for c in f.checks for line in check_lines(c, lang)]
    lines = []
    if f.reason is not None:
        lines.append(i18n.reason(f.reason.code, f.reason.detail, lang))
    if f.reason is not None and f.reason.code == "condition":
        for c in f.applicability:
            if c.status == "false":
                lines.extend(check_lines(c, lang))
    return lines


def basis_lines(f: Finding, lang: str) -> list[str]:
    """The citations, each with its quote and a mark when the text is not a primary source."""
    lines = []
    for c in f.citations:
        mark = ""
        if c.source == "transcription":
            mark = f" ({t('source_transcription', lang)})"
        elif c.source == "secondary":
            mark = f" ({t('source_secondary', lang)})"
        lines.append(f"{c.text.get(lang)}{mark}: “{c.quote}”")
        lines.extend(f"{t('caveat', lang)}: {cv.get(lang)}" for cv in c.caveats)
    return lines


def note_lines(f: Finding, lang: str) -> list[str]:
    names = [x.get(lang) for x in f.unverified_labels] or f.unverified
    lines = [t("unverified", lang, names="; ".join(names))] if names else []
    if f.source_note:  # a figure from a secondary source says so, whatever its citations are
        mark = f"{t('source_secondary', lang).capitalize()}: " if f.source == "secondary" else ""
        lines.append(mark + f.source_note.get(lang))
    if f.note:
        lines.append(f.note.get(lang))
    return lines


def period_lines(f: Finding, lang: str) -> list[str]:
    """A recurring duty, period by period: deadline (and how it was counted), verdict, lateness."""
    lines = []
    for p in f.periods:
        text = f"{t('period', lang)} {i18n.period_label(p.label, lang)}: {t('due', lang)} {i18n.date(p.due)}"
        if p.nominal_due:
            text += " " + t("moved", lang, day=i18n.date(p.nominal_due))
        text += f" — {p.verdict.label(lang)}"
        if p.done_on:
            text += f", {t('done_on', lang, day=i18n.date(p.done_on))}"
        if p.days_late:
            text += ", " + t("days_late" if p.done_on else "overdue", lang, n=p.days_late)
        if p.reason is not None and p.reason.code == "not_yet_due":
            text += f" ({i18n.reason(p.reason.code, p.reason.detail, lang)})"
        lines.append(text)
    counted = [p for p in f.periods if p.due_months]
    if counted:
        lines.append(t("counting", lang, months=counted[0].due_months))
    if f.verdict is not Verdict.not_applicable and any(
            _WORKING_DAYS.search(d.expression) for c in f.checks for d in c.details):
        lines.append(t("counting_wd", lang))
    return lines


_WORKING_DAYS = re.compile(r"\b\w*_wd\b")  # the derived fields counted in working days (model/fact_schema.py)
