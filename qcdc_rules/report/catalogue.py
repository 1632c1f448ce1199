"""The rule catalogue for legal review: which rules there are, what each cites and checks,
beside the text of the provision it encodes (``qcdc-check rules list|show``, ``docs``).

Built from a loaded rulebook and the shipped legal texts. Every function returns data or
text; an id that the loaded rulesets do not know raises :class:`UnknownName`. Nothing here
prints, exits or reads the clock: the caller passes the date parameter values are read on,
so the same input always gives the same bytes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tabulate import tabulate

from ..engine.evaluate import _rule_sort_key
from ..engine.rulebook import ParsedCheck, ParsedRule, ParsedVersion, RuleBook
from ..errors import InputError
from ..lang.ast import Name, walk
from ..load.ruleset import provinces
from ..legal.citations import POINT_LETTERS, CitationError, Provision, format_citation, instrument, instruments, provision
from ..model.common import Localized
from ..model.ruleset import Citation, Rule, RuleVersion
from ..model.verdict import Verdict
from ..testing import load_cases
from ..text import did_you_mean, nfc
from .. import jsontext
from . import i18n
from .i18n import t
from .render import OutputFormat

#: What ``--article`` alone refers to: the tool is about this Law, and the decrees' articles
#: (which reuse the same numbers) are asked for with ``--instrument``.
LAW = "luat-10-2022"

#: Column widths of the plain-text table; Markdown rows are never wrapped (a row is one line).
_WIDTHS = [12, 11, 11, 24, 40, 48, 24]


class UnknownName(InputError):
    """An id on the command line (a rule, an instrument) that the loaded rulesets do not know."""


def _unknown(what: str, name: str, hint: str) -> UnknownName:
    return UnknownName.at(f"no {what} '{name}' in the loaded rulesets", hint=hint, code="usage")


# --------------------------------------------------------------------------- shared pieces


def _cite(c: Citation, lang: str) -> str:
    """The citation as reports write it (the one formatter of qcdc_rules.legal.citations)."""
    return format_citation(c.instrument, c.article, c.clause, c.point, lang)


def _lookup(instrument_id: str, article: int, clause: int | None = None,
            point: str | None = None) -> Provision | None:
    """The provision with its text; None when no text of the instrument ships (a secondary
    source), so the catalogue says so instead of failing."""
    try:
        return provision(instrument_id, article, clause, point)
    except CitationError:
        return None


def _provision(c: Citation) -> Provision | None:
    return _lookup(c.instrument, c.article, c.clause, c.point)


def _provision_key(c: Citation) -> tuple[int, int, int]:
    """Where a provision sits in its instrument, for sorting: a whole article first, then its
    clauses; points in Vietnamese letter order (đ after d, which plain sorting gets wrong)."""
    return c.article, c.clause or 0, POINT_LETTERS.find(c.point) if c.point else -1


def cited(rule: Rule) -> list[Citation]:
    """Each provision the rule cites in any version, once, in the order first cited."""
    seen: dict[tuple[str, int, int | None, str | None], Citation] = {}
    for version in rule.versions:
        for c in version.citations:
            seen.setdefault((c.instrument, c.article, c.clause, c.point), c)
    return list(seen.values())


def _dates(start: dt.date | str | None, end: dt.date | str | None) -> str:
    """In force from … to …; an open end is '…'."""
    return f"{i18n.date(start) if start else '…'} – {i18n.date(end) if end else '…'}"


def _span(versions: list[RuleVersion]) -> str:
    """From the first version's start to the last one's end."""
    starts, ends = [v.from_ for v in versions], [v.to for v in versions]
    return _dates(None if None in starts else min(starts), None if None in ends else max(ends))


def _unit_types(codes: Iterable[str], lang: str) -> str:
    return ", ".join(i18n.unit_type(code, lang) for code in codes)


def _both(value: Localized | None) -> dict[str, str] | None:
    return None if value is None else {"vi": value.vi, "en": value.en}


def _blockquote(text: str) -> list[str]:
    """A Markdown quotation, a bare '>' between paragraphs so Markdown does not run them together."""
    return "\n>\n".join(f"> {paragraph}" for paragraph in text.splitlines()).splitlines()


def _hard_breaks(lines: list[str]) -> list[str]:
    """Lines that stay one paragraph or list item: a trailing backslash is a Markdown line break."""
    return [line + "\\" for line in lines[:-1]] + lines[-1:]


def _dump(data: Any) -> str:
    return jsontext.dumps(data) + "\n"


def _sorted(rules: Iterable[ParsedRule]) -> list[ParsedRule]:
    """In the order reports list findings (LDC-13-2 before LDC-100-1)."""
    return sorted(rules, key=lambda r: _rule_sort_key(r.id))


# --------------------------------------------------------------------------- rules list


@dataclass(frozen=True)
class Filters:
    """What ``rules list`` keeps; a None filter keeps every rule."""

    unit_type: str | None = None
    instrument: str | None = None
    article: int | None = None
    severity: str | None = None
    advisory: bool | None = None

    def keep(self, parsed: ParsedRule) -> bool:
        rule = parsed.rule
        return ((self.unit_type is None or self.unit_type in {u.value for u in rule.unit_types})
                and (self.severity is None or rule.severity.value == self.severity)
                and (self.advisory is None or rule.advisory == self.advisory)
                and self._cites(rule))

    def _cites(self, rule: Rule) -> bool:
        if self.instrument is None and self.article is None:
            return True
        wanted = self.instrument or LAW
        return any(c.instrument == wanted and self.article in (None, c.article) for c in cited(rule))


def _check_instrument(book: RuleBook, instrument_id: str) -> None:
    """A misspelt --instrument would silently list nothing: refuse it with a suggestion."""
    known = [*instruments(), *sorted(set().union(*(rs.instruments for rs in book.rulesets)))]
    if instrument_id not in known:
        raise _unknown("instrument", instrument_id,
                       did_you_mean(instrument_id, known) or f"instruments are: {', '.join(known)}")


def rules_of(book: RuleBook, filters: Filters = Filters()) -> list[ParsedRule]:
    """The rules that pass the filters, in report order."""
    if filters.instrument is not None:
        _check_instrument(book, filters.instrument)
    return _sorted(r for r in book.rules if filters.keep(r))


def _citation_record(c: Citation) -> dict[str, Any]:
    caveats = [cv for cv in instrument(c.instrument).caveats if cv.covers(c.article, c.clause)]
    return {"instrument": c.instrument, "article": c.article, "clause": c.clause, "point": c.point,
            "vi": _cite(c, "vi"), "en": _cite(c, "en"), "quote": c.quote,
            "caveats": [{"vi": cv.vi, "en": cv.en, "from": cv.from_.isoformat() if cv.from_ else None,
                         "to": cv.to.isoformat() if cv.to else None, "when": cv.when} for cv in caveats]}


def _version_record(v: RuleVersion) -> dict[str, Any]:
    return {"from": v.from_.isoformat() if v.from_ else None, "to": v.to.isoformat() if v.to else None,
            "applies_to": [u.value for u in v.applies_to],
            "citations": [_citation_record(c) for c in v.citations]}


def rule_record(parsed: ParsedRule) -> dict[str, Any]:
    """One rule as data, in both languages (a row of ``rules list --format json``)."""
    rule = parsed.rule
    return {"id": rule.id, "ruleset": parsed.ruleset, "severity": rule.severity.value, "advisory": rule.advisory,
            "advisory_reason": _both(rule.advisory_reason), "title": _both(rule.title),
            "applies_to": [u.value for u in rule.unit_types], "source": rule.source.value,
            "covers": rule.covers or [rule.id], "versions": [_version_record(v) for v in rule.versions]}


def _row(parsed: ParsedRule, lang: str) -> list[str]:
    rule = parsed.rule
    return [rule.id, i18n.severity(rule.severity.value, lang), t("cat_yes", lang) if rule.advisory else "",
            _unit_types((u.value for u in rule.unit_types), lang),
            "; ".join(_cite(c, lang) for c in cited(rule)), rule.title.get(lang), _span(rule.versions)]


def _table(rules: list[ParsedRule], lang: str, table_format: str, wrap: bool) -> str:
    head = [t("col_rule", lang), t("col_severity", lang), t("cat_col_advisory", lang),
            t("cat_col_applies_to", lang), t("basis", lang), t("col_title", lang), t("in_force", lang)]
    table = tabulate([_row(r, lang) for r in rules], headers=head, tablefmt=table_format,
                     maxcolwidths=_WIDTHS if wrap and rules else None)
    count = t("cat_count", lang, n=len(rules), a=sum(r.rule.advisory for r in rules))
    return nfc(f"{table}\n\n{count}\n")


def render_list(rules: list[ParsedRule], fmt: OutputFormat, lang: str = "vi",
                table_format: str = "simple_grid") -> str:
    """``rules list`` in a table, a Markdown table or JSON (both languages, whatever ``lang``)."""
    if fmt is OutputFormat.json:
        return _dump([rule_record(r) for r in rules])
    if fmt is OutputFormat.markdown:
        return _table(rules, lang, "github", wrap=False)
    return _table(rules, lang, table_format, wrap=True)


# --------------------------------------------------------------------------- rules show


def find_rule(book: RuleBook, rule_id: str) -> ParsedRule:
    found = book.rule(rule_id)
    if found is None:
        raise _unknown("rule", rule_id, _rule_hint(book, rule_id))
    return found


def _rule_hint(book: RuleBook, rule_id: str) -> str:
    """The nearest id, and the provinces not loaded: a province's rule without its --province
    is the likely miss, and the nearest national id would mislead on its own."""
    loaded = {rs.meta.province for rs in book.rulesets}
    others = [name for name in provinces() if name not in loaded]
    hints = [did_you_mean(rule_id, [r.id for r in book.rules]) or "qcdc-check rules list shows the rules."]
    if others:
        hints.append(f"A province's rules need --province: {', '.join(others)}.")
    return " ".join(hints)


def parameters_read(parsed: ParsedRule) -> list[str]:
    """The parameters a rule reads: in its conditions, in what discharges a recurring duty,
    and the deadline of that duty when a parameter gives it."""
    nodes = [check.node for pv in parsed.versions for check in pv.applies_if + pv.requires]
    if parsed.done is not None:
        nodes.append(parsed.done)
    names = {n.parts[1] for node in nodes for n in walk(node)
             if isinstance(n, Name) and n.parts[0] == "params" and len(n.parts) > 1}
    due = parsed.rule.recurs.due_months_after_end if parsed.rule.recurs else None
    if isinstance(due, str):
        names.add(due)
    return sorted(names)


def _parameter_record(book: RuleBook, names: list[str], day: dt.date) -> list[dict[str, Any]]:
    params = book.parameters  # merged across rulesets on each access: read it once
    out = []
    for name in names:
        p = params.get(name)
        value = p.value_at(day) if p else None
        out.append({"name": name, "type": p.type if p else None, "description": _both(p.description) if p else None,
                    "value": value.value if value else None,
                    "from": value.from_.isoformat() if value else None,
                    "citation": _citation_record(value.citation) if value and value.citation else None,
                    "unverified": bool(value and value.unverified)})
    return out


def _check_record(check: ParsedCheck) -> dict[str, Any]:
    # a condition may be a multi-line YAML block; one line reads better and fits inline code
    return {"label": _both(check.label), "check": " ".join(check.text.split())}


def _cases_record(book: RuleBook, rule_id: str) -> list[dict[str, Any]]:
    """The rule's test cases, files named from their ruleset's folder so output does not
    depend on where the rulesets are installed."""
    out = []
    for rs in book.rulesets:
        for lc in load_cases(rs.root, rs.meta.province):
            if lc.case.rule == rule_id:
                out.append({"name": lc.case.name, "expect": lc.case.expect.value,
                            "file": lc.file.relative_to(rs.root).as_posix(), "line": lc.location.line})
    return out


def rule_detail(book: RuleBook, rule_id: str, as_of: dt.date) -> dict[str, Any]:
    """Everything ``rules show`` prints, as data: the rule, each version's citations with the
    provision's text, its conditions, the parameters it reads (values on ``as_of``), its cases."""
    parsed = find_rule(book, rule_id)
    rule = parsed.rule
    detail = rule_record(parsed)
    detail.update(remediation=_both(rule.remediation), source_note=_both(rule.source_note),
                  recurs=rule.recurs.model_dump(mode="json") if rule.recurs else None, as_of=as_of.isoformat(),
                  versions=[_version_detail(pv) for pv in parsed.versions],
                  parameters=_parameter_record(book, parameters_read(parsed), as_of),
                  cases=_cases_record(book, rule.id))
    return detail


def _version_detail(pv: ParsedVersion) -> dict[str, Any]:
    record = _version_record(pv.spec)
    for c, citation in zip(record["citations"], pv.spec.citations):
        p = _provision(citation)
        c["provision"] = None if p is None else {"title": p.title, "text": p.text}
    record["applies_if"] = [_check_record(check) for check in pv.applies_if]
    record["requires"] = [_check_record(check) for check in pv.requires]
    return record


def show_json(detail: dict[str, Any]) -> str:
    return _dump(detail)


def _recurs_md(recurs: dict[str, Any], lang: str) -> str:
    parts = [t(f"cat_every_{recurs['every']}", lang)]
    if recurs["work_year"]:
        parts.append(t("cat_work_year", lang))
    due = recurs["due_months_after_end"]
    if due:
        parts.append(t("cat_due_after", lang, n=f"`{due}`" if isinstance(due, str) else due))
    if recurs["done"]:
        parts.append(f"{t('cat_done_when', lang)}: `{' '.join(recurs['done'].split())}`")
    return "; ".join(parts)


def _facts_md(d: dict[str, Any], lang: str) -> list[str]:
    severity = i18n.severity(d["severity"], lang) + (f" — {t('advisory_rule', lang)}" if d["advisory"] else "")
    out = [f"- **{t('col_severity', lang)}:** {severity}"]
    if d["advisory_reason"]:
        out.append(f"- **{t('advisory_reason', lang)}:** {d['advisory_reason'][lang]}")
    out.append(f"- **{t('cat_col_applies_to', lang)}:** {_unit_types(d['applies_to'], lang)}")
    if d["recurs"]:
        out.append(f"- **{t('cat_recurs', lang)}:** {_recurs_md(d['recurs'], lang)}")
    out.append(f"- **{t('rulesets', lang)}:** {d['ruleset']}")
    out.append(f"- **{t('fix', lang)}:** {d['remediation'][lang]}")
    if d["source"] != "primary":  # the reviewer should know the text was not checked at its source
        out.append(f"- _{t('source_' + d['source'], lang)}_")
    if d["source_note"]:
        out.append(f"- {d['source_note'][lang]}")
    return out


def _citations_md(citations: list[dict[str, Any]], lang: str) -> list[str]:
    """Each provision once, with every passage of it the version quotes, then its full text."""
    by_provision: dict[str, list[dict[str, Any]]] = {}
    for c in citations:
        by_provision.setdefault(c[lang], []).append(c)
    out: list[str] = []
    for heading, same in by_provision.items():
        out += [f"### {heading}", ""]
        out += _hard_breaks([f"**{t('cat_quote', lang)}:** “{c['quote']}”" for c in same])
        for cv in same[0]["caveats"]:
            since = f" ({t('cat_since', lang, day=i18n.date(cv['from']))})" if cv["from"] else ""
            out += ["", f"**{t('caveat', lang)}{since}:** {cv[lang]}"]
        text = same[0]["provision"]
        out += [""] + (_blockquote(text["text"]) if text else [f"_{t('cat_no_text', lang)}_"]) + [""]
    return out


def _checks_md(checks: list[dict[str, Any]], label: str, lang: str) -> list[str]:
    if not checks:
        return []
    items = [f"- {c['label'][lang] + ': ' if c['label'] else ''}`{c['check']}`" for c in checks]
    return [f"**{label}:**", "", *items, ""]


def _version_md(number: int, v: dict[str, Any], lang: str, units_differ: bool) -> list[str]:
    out = [f"## {t('version', lang)} {number}: {_dates(v['from'], v['to'])}", ""]
    if units_differ:  # the rule's units are all versions' together: say which this one has
        out += [f"**{t('cat_col_applies_to', lang)}:** {_unit_types(v['applies_to'], lang)}", ""]
    out += _citations_md(v["citations"], lang)
    out += _checks_md(v["applies_if"], t("applies_if", lang), lang)
    return out + _checks_md(v["requires"], t("requires", lang), lang)


def _parameter_md(p: dict[str, Any], lang: str) -> str:
    value = i18n.date(p["value"]) if p["type"] == "date" else p["value"]
    line = f"- `{p['name']}` = {value if value is not None else '–'}"
    if p["from"]:
        line += f" ({t('cat_since', lang, day=i18n.date(p['from']))})"
    if p["description"]:
        line += f": {p['description'][lang]}"
    if p["citation"]:
        line += f" — {p['citation'][lang]}: “{p['citation']['quote']}”"
    return line + (f" ({t('cat_unverified', lang)})" if p["unverified"] else "")


def show_markdown(d: dict[str, Any], lang: str) -> str:
    """One rule for a lawyer (from :func:`rule_detail`): what it checks, on which words of
    which provision, the provision in full, and the cases that pin its reading down."""
    other = "en" if lang == "vi" else "vi"
    out = [f"# {d['id']}: {d['title'][lang]}", "", f"_{d['title'][other]}_", "", *_facts_md(d, lang), ""]
    units_differ = len({tuple(v["applies_to"]) for v in d["versions"]}) > 1
    for number, version in enumerate(d["versions"], start=1):
        out += _version_md(number, version, lang, units_differ)
    if d["parameters"]:
        out += [f"## {t('parameters', lang)} ({t('cat_values_on', lang, day=i18n.date(d['as_of']))})", ""]
        out += [_parameter_md(p, lang) for p in d["parameters"]] + [""]
    out += [f"## {t('cases', lang)} ({len(d['cases'])})", ""]
    out += [f"- {Verdict(c['expect']).label(lang)}: {c['name']} ({c['file']}:{c['line']})" for c in d["cases"]]
    if not d["cases"]:
        out.append(t("cat_no_cases", lang))
    return nfc("\n".join(out).rstrip() + "\n")


# --------------------------------------------------------------------------- docs


_ByProvision = dict[tuple[int, int, int], list[tuple[ParsedRule, Citation]]]


def _by_instrument(rules: list[ParsedRule]) -> dict[str, _ByProvision]:
    """instrument id → provision → (rule, citation) for every citation of every version."""
    out: dict[str, _ByProvision] = {}
    for parsed in rules:
        for version in parsed.rule.versions:
            for c in version.citations:
                out.setdefault(c.instrument, {}).setdefault(_provision_key(c), []).append((parsed, c))
    return out


def _rule_md(parsed: ParsedRule, quotes: list[str]) -> list[str]:
    """A rule under a provision, as one list item: Vietnamese title, the English under it,
    the words it quotes."""
    rule = parsed.rule
    mark = f" ({t('advisory_rule', 'vi')})" if rule.advisory else ""
    lines = [f"- **{rule.id}**{mark}: {rule.title.vi}", f"  _{rule.title.en}_"]
    lines += [f"  {t('cat_quote', 'vi')}: “{q}”" for q in quotes]
    return _hard_breaks(lines)


def _provision_md(entries: list[tuple[ParsedRule, Citation]], heading: str | None) -> list[str]:
    c = entries[0][1]
    out = [f"{heading} {_cite(c, 'vi')}", f"_{_cite(c, 'en')}_", ""] if heading else []
    p = _provision(c)
    out += (_blockquote(p.text) if p else [f"_{t('cat_no_text', 'vi')}_"]) + [""]
    quotes: dict[str, tuple[ParsedRule, list[str]]] = {}
    for parsed, cited_here in entries:  # a rule citing it in several versions is listed once
        _, words = quotes.setdefault(parsed.id, (parsed, []))
        if cited_here.quote not in words:
            words.append(cited_here.quote)
    for parsed, words in quotes.values():
        out += _rule_md(parsed, words)
    return out + [""]


def _article_md(inst_id: str, article: int, provisions: _ByProvision) -> list[str]:
    p = _lookup(inst_id, article)
    out = [f"## Điều {article}. {p.title}" if p and p.title else f"## Điều {article}",
           f"_{format_citation(inst_id, article, lang='en')}_", ""]
    for key in sorted(provisions):
        whole_article = key[1:] == (0, -1)  # the article itself: under its heading, no sub-heading
        out += _provision_md(provisions[key], None if whole_article else "###")
    return out


def _source_md(inst_id: str) -> list[str]:
    source = instrument(inst_id).source
    if source == "primary":
        return []
    key = f"source_{source}"
    return [f"_{t(key, 'vi')} — {t(key, 'en')}_", ""]


def _rule_count(provisions: _ByProvision) -> int:
    return len({parsed.id for entries in provisions.values() for parsed, _ in entries})


def _instrument_page(inst_id: str, provisions: _ByProvision) -> str:
    inst = instrument(inst_id)
    n = _rule_count(provisions)
    out = [f"# {inst.short_vi}: {inst.title_vi}", "", f"_{inst.short_en}: {inst.title_en}_", "",
           *_source_md(inst_id), f"{t('cat_rules_n', 'vi', n=n)} — _{t('cat_rules_n', 'en', n=n)}_", ""]
    for article in sorted({key[0] for key in provisions}):
        out += _article_md(inst_id, article, {k: v for k, v in provisions.items() if k[0] == article})
    return nfc("\n".join(out).rstrip() + "\n")


def _index_page(book: RuleBook, counts: dict[str, int]) -> str:
    names = ", ".join(f"{rs.meta.name} {rs.meta.version}" for rs in book.rulesets)
    out = [f"# {t('cat_title', 'vi')}", "", f"_{t('cat_title', 'en')}_", "",
           t("cat_intro", "vi"), "", f"_{t('cat_intro', 'en')}_", "",
           t("cat_from_rulesets", "vi", rulesets=names), "", f"_{t('cat_from_rulesets', 'en', rulesets=names)}_", ""]
    for inst_id, n in counts.items():
        inst = instrument(inst_id)
        out += _hard_breaks([f"- [{inst.short_vi}]({inst_id}.md): {inst.title_vi} — {t('cat_rules_n', 'vi', n=n)}",
                             f"  _{inst.short_en}: {inst.title_en} — {t('cat_rules_n', 'en', n=n)}_"])
    return nfc("\n".join(out) + "\n")


def docs_pages(book: RuleBook) -> dict[str, str]:
    """The Markdown catalogue, file name → text: ``index.md`` and one ``<instrument id>.md``
    per instrument some rule cites (oldest first in the index), article by article."""
    grouped = _by_instrument(rules_of(book))
    ordered = sorted(grouped, key=lambda i: (instrument(i).issued, i))
    pages = {f"{inst_id}.md": _instrument_page(inst_id, grouped[inst_id]) for inst_id in ordered}
    pages["index.md"] = _index_page(book, {inst_id: _rule_count(grouped[inst_id]) for inst_id in ordered})
    return {name: GENERATED + text for name, text in pages.items()}


# The first line of every page `docs` writes: how a later run knows which pages of a folder
# are its own, to remove those no rule cites any more and leave the author's files alone.
GENERATED = "<!-- qcdc-check docs: generated from the rulesets; edit the rules, not this page -->\n"


def stale_pages(folder: Path, pages: dict[str, str]) -> list[Path]:
    """Pages an earlier `docs` run wrote in ``folder`` that ``pages`` no longer has."""
    out = []
    for path in sorted(folder.glob("*.md")):
        if path.name in pages:
            continue
        with path.open("rb") as f:
            if f.readline().decode("utf-8", "replace") == GENERATED:
                out.append(path)
    return out
