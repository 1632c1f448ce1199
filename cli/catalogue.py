"""The rule catalogue for legal review: ``rules list``, ``rules show ID``, ``docs -o DIR``.
Thin: parse options, call qcdc_rules.report.catalogue, write what it returns. The library is
imported when a command runs, not when its help is asked for (tests/cli/test_startup.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .choices import LAW, SEVERITIES, UNIT_TYPES
from .output import InputProblem, write
from .options import DATE, output_options, ruleset_options

if TYPE_CHECKING:
    from qcdc_rules.engine.rulebook import RuleBook


@contextmanager
def _user_errors() -> Iterator[None]:
    """A ruleset that does not load, an unknown rule or instrument: a message, exit code 2."""
    from qcdc_rules.errors import InputError

    try:
        yield
    except InputError as e:
        raise InputProblem(e) from None


def load_rulebook(province: str | None, extra: list[str]) -> RuleBook:
    """qcdc_rules.load.ruleset.load_rulebook, imported when a command needs the rules."""
    from qcdc_rules.load.ruleset import load_rulebook as load

    return load(province, extra)


def _book(province: str | None, rulesets: tuple[str, ...]) -> RuleBook:
    with _user_errors():
        return load_rulebook(province, list(rulesets))


@click.group()
def rules() -> None:
    """The rules the tool applies, for legal review: list them, or show one beside its legal text."""


@rules.command(name="list")
@click.option("--unit-type", type=click.Choice(list(UNIT_TYPES)), default=None,
              help="Only the rules that apply to this kind of unit.")
@click.option("--instrument", default=None, metavar="ID",
              help="Only the rules citing this instrument (luat-10-2022, nd-59-2023, …: the ids of "
                   "qcdc_rules/legal/instruments.yaml and of the rulesets' own instruments.yaml).")
@click.option("--article", type=click.IntRange(min=1), default=None, metavar="N",
              help=f"Only the rules citing this article (Điều) of --instrument; alone, of the Law ({LAW}).")
@click.option("--severity", type=click.Choice(list(SEVERITIES)), default=None,
              help="Only the rules of this severity.")
@click.option("--advisory/--no-advisory", default=None,
              help="Only the advisory rules (outside the score), or only the scored ones.")
@ruleset_options
@output_options
def list_(unit_type, instrument, article, severity, advisory, province, rulesets, fmt_, table_format, lang,
          output) -> None:
    """One row per rule: id, severity, advisory, unit types, legal basis, title, dates in force."""
    from qcdc_rules.report import catalogue
    from qcdc_rules.report.render import OutputFormat

    book = _book(province, rulesets)
    with _user_errors():
        found = catalogue.rules_of(book, catalogue.Filters(unit_type, instrument, article, severity, advisory))
    write(catalogue.render_list(found, OutputFormat(fmt_), lang, table_format), output)


@rules.command()
@click.argument("rule_id", metavar="ID")
@click.option("--as-of", type=DATE, default=None,
              help="Show the parameters' values in force on this date (default: today).")
@ruleset_options
@output_options(formats=("markdown", "json"))
def show(rule_id, as_of, province, rulesets, fmt_, table_format, lang, output) -> None:
    """One rule: its titles, each dated version with the words it cites and the provision's full
    text, its conditions, the parameters it reads with their values, and its test cases."""
    from qcdc_rules.report import catalogue
    from qcdc_rules.report.render import OutputFormat

    book = _book(province, rulesets)
    with _user_errors():
        detail = catalogue.rule_detail(book, rule_id, as_of or dt.date.today())
    json_ = OutputFormat(fmt_) is OutputFormat.json
    write(catalogue.show_json(detail) if json_ else catalogue.show_markdown(detail, lang), output)


@click.command()
@click.option("-o", "--output", "directory", type=click.Path(file_okay=False), required=True, metavar="DIR",
              help="Folder to write the catalogue into (created if needed; pages already there are replaced).")
@ruleset_options
def docs(directory, province, rulesets) -> None:
    """Write the rule catalogue as Markdown: index.md and one page per instrument a rule cites,
    article by article, each rule beside the provision it encodes, in Vietnamese with English.
    Pages an earlier run wrote for instruments no rule cites any more are removed; other
    files in DIRECTORY are left alone."""
    from qcdc_rules.report import catalogue

    pages = catalogue.docs_pages(_book(province, rulesets))
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        # bytes, not text mode: no newline translation, so the same pages on every system
        (root / name).write_bytes(text.encode("utf-8"))
    stale = catalogue.stale_pages(root, pages)
    for path in stale:
        path.unlink()
    removed = f"; {len(stale)} pages of an earlier run removed ({', '.join(p.name for p in stale)})" if stale else ""
    click.echo(f"{len(pages)} pages written to {root}{removed}")
