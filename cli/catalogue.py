"""The rule catalogue for legal review: ``rules list``, ``rules show ID``, ``docs -o DIR``."""

from __future__ import annotations

from pathlib import Path

import click

from qcdc_rules.errors import InputError
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.ruleset import Severity
from qcdc_rules.model.vocab import UnitType
from qcdc_rules.report import catalogue
from qcdc_rules.report.render import OutputFormat

from .main import InputProblem, _write
from .options import output_options, ruleset_options


def _book(province, rulesets):
    try:
        return load_rulebook(province, list(rulesets))
    except InputError as e:
        raise InputProblem(e) from None


@click.group()
def rules() -> None:
    """The rules the tool applies, for legal review: list them, or show one beside its text."""


@rules.command(name="list")
@click.option("--unit-type", type=click.Choice([u.value for u in UnitType]), default=None,
              help="Only rules that apply to this kind of unit.")
@click.option("--instrument", default=None, metavar="ID",
              help="Only rules citing this instrument (luat-10-2022, nd-59-2023, …; see docs/).")
@click.option("--article", type=int, default=None, help="Only rules citing this article (with --instrument: of it).")
@click.option("--severity", type=click.Choice([s.value for s in Severity]), default=None,
              help="Only rules of this severity.")
@click.option("--advisory/--no-advisory", default=None, help="Only advisory rules, or only evaluated ones.")
@ruleset_options
@output_options
def list_(unit_type, instrument, article, severity, advisory, province, rulesets, fmt_, table_format, lang,
          output) -> None:
    """One line per rule: id, severity, unit types, title, legal basis, dates in force."""
    book = _book(province, rulesets)
    found = catalogue.rules_of(book, catalogue.Filters(unit_type, instrument, article, severity, advisory))
    fmt = OutputFormat(fmt_)
    if fmt is OutputFormat.json:
        text = catalogue.list_json(found)
    else:
        text = catalogue.list_table(found, lang, "github" if fmt is OutputFormat.markdown else table_format)
    _write(text, output)


@rules.command()
@click.argument("rule_id", metavar="ID")
@ruleset_options
@output_options
def show(rule_id, province, rulesets, fmt_, table_format, lang, output) -> None:
    """One rule: its citations with the provision's text in context, its conditions, the
    parameters it reads, and its test cases."""
    book = _book(province, rulesets)
    try:
        parsed = catalogue.find_rule(book, rule_id)
    except KeyError as e:
        raise click.BadParameter(str(e.args[0]), param_hint="ID") from None
    fmt = OutputFormat(fmt_)
    text = catalogue.show_json(book, parsed) if fmt is OutputFormat.json else catalogue.show_markdown(book, parsed, lang)
    _write(text, output)


@click.command()
@click.option("-o", "--output", "directory", type=click.Path(file_okay=False), required=True,
              help="Folder to write the catalogue into (created if needed).")
@ruleset_options
def docs(directory, province, rulesets) -> None:
    """Write the rule catalogue as Markdown: an index and one page per instrument, each rule
    beside the article, clause or point it encodes, in Vietnamese with English."""
    book = _book(province, rulesets)
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    pages = catalogue.docs_pages(book)
    for name, text in pages.items():
        (root / name).write_text(text, encoding="utf-8")
    click.echo(f"{len(pages)} pages written to {root}")
