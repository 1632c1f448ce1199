"""The rule catalogue for legal review: which rules there are, what each cites and checks,
beside the text of the provision it encodes (``qcdc-check rules list|show``, ``docs``).

Built from the loaded rulebook and the shipped legal texts; never prints."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from tabulate import tabulate

from ..engine.rulebook import ParsedRule, RuleBook
from ..legal.citations import CitationError, format_citation, instrument, provision
from ..model.ruleset import Citation, RuleVersion
from ..testing import load_cases
from ..text import did_you_mean
from . import i18n
from .i18n import t


@dataclass(frozen=True)
class Filters:
    unit_type: str | None = None
    instrument: str | None = None
    article: int | None = None
    severity: str | None = None
    advisory: bool | None = None

    def keep(self, parsed: ParsedRule) -> bool:
        rule = parsed.rule
        cites = [c for v in rule.versions for c in v.citations]
        return ((self.unit_type is None or self.unit_type in {u.value for u in rule.unit_types})
                and (self.instrument is None or any(c.instrument == self.instrument for c in cites))
                and (self.article is None or any(c.article == self.article and
                                                 (self.instrument is None or c.instrument == self.instrument)
                                                 for c in cites))
                and (self.severity is None or rule.severity.value == self.severity)
                and (self.advisory is None or rule.advisory == self.advisory))


def _cite(c: Citation, lang: str) -> str:
    return format_citation(c.instrument, c.article, c.clause, c.point, lang)


def _dates(v: RuleVersion) -> str:
    return f"{i18n.date(v.from_) if v.from_ else '…'} – {i18n.date(v.to) if v.to else '…'}"


def _sort_key(parsed: ParsedRule) -> tuple:
    from ..engine.evaluate import _rule_sort_key

    return _rule_sort_key(parsed.id)


def rules_of(book: RuleBook, filters: Filters = Filters()) -> list[ParsedRule]:
    return sorted((r for r in book.rules if filters.keep(r)), key=_sort_key)


def rule_record(parsed: ParsedRule) -> dict:
    """One rule as data (``rules list --format json``), both languages."""
    rule = parsed.rule
    return {
        "id": rule.id, "ruleset": parsed.ruleset, "severity": rule.severity.value, "advisory": rule.advisory,
        "title": {"vi": rule.title.vi, "en": rule.title.en},
        "unit_types": sorted(u.value for u in rule.unit_types),
        "covers": rule.covers or [rule.id], "source": rule.source.value,
        "versions": [{"from": v.from_.isoformat() if v.from_ else None, "to": v.to.isoformat() if v.to else None,
                      "citations": [{"instrument": c.instrument, "article": c.article, "clause": c.clause,
                                     "point": c.point, "vi": _cite(c, "vi"), "en": _cite(c, "en"),
                                     "quote": c.quote} for c in v.citations]} for v in rule.versions],
    }


def list_json(rules: list[ParsedRule]) -> str:
    return json.dumps([rule_record(r) for r in rules], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def list_table(rules: list[ParsedRule], lang: str, table_format: str = "simple_grid") -> str:
    rows = []
    for parsed in rules:
        rule = parsed.rule
        latest = rule.versions[-1]
        rows.append([rule.id, i18n.severity(rule.severity.value, lang) + (" *" if rule.advisory else ""),
                     ", ".join(i18n.unit_type(u.value, lang) for u in rule.unit_types),
                     rule.title.get(lang), "; ".join(_cite(c, lang) for c in latest.citations), _dates(latest)])
    head = [t("col_rule", lang), t("col_severity", lang), t("type", lang), t("col_title", lang), t("basis", lang),
            t("in_force", lang)]
    widths = None if table_format == "github" else [12, 12, 24, 48, 40, 24]  # Markdown rows must not wrap
    table = tabulate(rows, headers=head, tablefmt=table_format, maxcolwidths=widths)
    return f"{table}\n{t('rules_count', lang, n=len(rules))}\n"


def find_rule(book: RuleBook, rule_id: str) -> ParsedRule:
    found = book.rule(rule_id)
    if found is None:
        hint = did_you_mean(rule_id, [r.id for r in book.rules])
        raise KeyError(f"no rule {rule_id}" + (f" ({hint})" if hint else ""))
    return found


def _provision_text(c: Citation) -> str | None:
    try:
        return provision(c.instrument, c.article, c.clause, c.point).text
    except CitationError:
        return None  # a secondary source: no text shipped


def show_markdown(book: RuleBook, parsed: ParsedRule, lang: str) -> str:
    """One rule for a lawyer: what it checks, on which text, in context, and its cases."""
    rule = parsed.rule
    other = "en" if lang == "vi" else "vi"
    out = [f"# {rule.id}: {rule.title.get(lang)}", "", f"_{rule.title.get(other)}_", "",
           f"- **{t('col_severity', lang)}:** {i18n.severity(rule.severity.value, lang)}"
           + (f" — {t('advisory_rule', lang)}" if rule.advisory else ""),
           f"- **{t('type', lang)}:** {', '.join(i18n.unit_type(u.value, lang) for u in rule.unit_types)}",
           f"- **{t('rulesets', lang)}:** {parsed.ruleset}"]
    if rule.advisory_reason:
        out.append(f"- **{t('advisory_reason', lang)}:** {rule.advisory_reason.get(lang)}")
    if rule.source_note:
        out.append(f"- {rule.source_note.get(lang)}")
    out.append(f"- **{t('fix', lang)}:** {rule.remediation.get(lang)}")
    for k, (version, pv) in enumerate(zip(rule.versions, parsed.versions)):
        out += ["", f"## {t('version', lang)} {k + 1}: {_dates(version)}", ""]
        for c in version.citations:
            out.append(f"**{_cite(c, lang)}** — “{c.quote}”")
            text = _provision_text(c)
            if text:
                out += ["", *[f"> {line}" if line else ">" for line in text.splitlines()], ""]
        for label, checks in ((t("applies_if", lang), pv.applies_if), (t("requires", lang), pv.requires)):
            if checks:
                out.append(f"**{label}:**")
                out += [f"- {c.label.get(lang) + ': ' if c.label else ''}`{' '.join(c.text.split())}`" for c in checks]
                out.append("")
    params = sorted({n for v in parsed.versions for c in v.applies_if + v.requires for n in _params(c.text)})
    if params:
        values = book.params_at(dt.date.today())
        out += [f"## {t('parameters', lang)}", ""]
        out += [f"- `{name}` = {values.get(name, '–')}" for name in params]
        out.append("")
    cases = [c for rs in book.rulesets for c in load_cases(rs.root, rs.meta.province) if c.case.rule == rule.id]
    out += [f"## {t('cases', lang)} ({len(cases)})", ""]
    out += [f"- {c.case.expect.label(lang)}: {c.case.name} ({c.file.name}:{c.location.line})" for c in cases]
    return "\n".join(out).rstrip() + "\n"


def show_json(book: RuleBook, parsed: ParsedRule) -> str:
    record = rule_record(parsed)
    record["remediation"] = {"vi": parsed.rule.remediation.vi, "en": parsed.rule.remediation.en}
    for v, pv in zip(record["versions"], parsed.versions):
        for c, cited in zip(v["citations"], pv.spec.citations):
            c["provision_text"] = _provision_text(cited)
        v["applies_if"] = [c.text for c in pv.applies_if]
        v["requires"] = [c.text for c in pv.requires]
    record["cases"] = [{"name": c.case.name, "expect": c.case.expect.value, "file": str(c.file),
                        "line": c.location.line}
                       for rs in book.rulesets for c in load_cases(rs.root, rs.meta.province)
                       if c.case.rule == parsed.id]
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _params(text: str) -> list[str]:
    import re

    return re.findall(r"params\.([A-Za-z_][A-Za-z0-9_]*)", text)


def docs_pages(book: RuleBook) -> dict[str, str]:
    """The Markdown catalogue: index.md and one page per cited instrument, article by
    article, each rule beside the provision it encodes (Vietnamese, English under it)."""
    by_instrument: dict[str, dict[tuple, list[tuple[ParsedRule, Citation]]]] = {}
    for parsed in rules_of(book):
        seen = set()
        for version in parsed.rule.versions:
            for c in version.citations:
                key = (c.article, c.clause or 0, c.point or "")
                if (c.instrument, key) in seen:
                    continue
                seen.add((c.instrument, key))
                by_instrument.setdefault(c.instrument, {}).setdefault(key, []).append((parsed, c))
    pages = {}
    index = ["# Danh mục quy tắc — Rule catalogue", "",
             "Mỗi trang là một văn bản; mỗi quy tắc đứng cạnh điều, khoản, điểm mà nó thể hiện.",
             "_One page per instrument; each rule beside the provision it encodes._", ""]
    for inst_id in sorted(by_instrument, key=lambda i: instrument(i).issued):
        inst = instrument(inst_id)
        provisions = by_instrument[inst_id]
        count = len({p.id for entries in provisions.values() for p, _ in entries})
        index.append(f"- [{inst.short_vi}]({inst_id}.md) — {inst.short_en}: {count} quy tắc / rules")
        page = [f"# {inst.short_vi}", "", f"_{inst.title_vi}_ — {inst.short_en}", ""]
        for key in sorted(provisions):
            entries = provisions[key]
            c = entries[0][1]
            page += [f"## {_cite(c, 'vi')}", f"_{_cite(c, 'en')}_", ""]
            text = _provision_text(c)
            if text:
                page += [*[f"> {line}" if line else ">" for line in text.splitlines()], ""]
            for parsed, cited in entries:
                rule = parsed.rule
                mark = " (khuyến nghị / advisory)" if rule.advisory else ""
                page += [f"- **{rule.id}**{mark}: {rule.title.vi}", f"  _{rule.title.en}_",
                         f"  — trích / quote: “{cited.quote}”"]
            page.append("")
        pages[f"{inst_id}.md"] = "\n".join(page).rstrip() + "\n"
    pages["index.md"] = "\n".join(index) + "\n"
    return pages
