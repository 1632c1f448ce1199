"""Options shared by several commands, each defined once. Light: click and the choices, so a
help text imports nothing of the library (tests/cli/test_startup.py)."""

from __future__ import annotations

import datetime as dt
import functools

import click

from .choices import REPORT_FORMATS


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx) -> dt.date:
        if isinstance(value, dt.date):
            return value
        from qcdc_rules.model.common import parse_date

        try:
            return parse_date(value)
        except ValueError as e:
            self.fail(str(e), param, ctx)


DATE = DateParam()


_FORMAT_HELP = {
    "table": "a table", "text": "text (the table)", "markdown": "Markdown",
    "json": "JSON (docs/report.md)", "junit": "JUnit XML", "sarif": "SARIF 2.1.0",
}


def output_options(func=None, *, formats=REPORT_FORMATS, format_help: str | None = None,
                   output_help: str = "Write the report to this file instead of standard output.",
                   lang_help: str = "Language of the report: Vietnamese (default) or English."):
    """--format, --fmt, --lang and -o/--output, as every command that writes a result takes
    them. ``formats``: the --format choices (report formats, or names such as "xlsx"), the
    first being the default; ``format_help`` describes them when they are not report formats."""
    if func is None:
        return functools.partial(output_options, formats=formats, format_help=format_help,
                                 output_help=output_help, lang_help=lang_help)
    choices = [getattr(f, "value", f) for f in formats]  # report formats' names, or OutputFormat members
    if format_help is None:
        format_help = "Output format: " + ", ".join(_FORMAT_HELP[f] for f in choices) + "."

    @click.option("--format", "fmt_", type=click.Choice(choices), default=choices[0], show_default=True,
                  help=format_help)
    @click.option("--fmt", "table_format", default="simple_grid", show_default=True, metavar="TABULATE",
                  help="Table style for --format table: any tabulate format (plain, github, grid, …).")
    @click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, help=lang_help)
    @click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help=output_help)
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def ruleset_options(func):
    """--province and --ruleset: which rules apply."""

    @click.option("--province", default=None, metavar="NAME",
                  help="Also apply a province's ruleset, e.g. lai-chau (Resolution 75/NQ-HĐND).")
    @click.option("--ruleset", "rulesets", multiple=True, type=click.Path(exists=True, file_okay=False),
                  help="Also apply the ruleset in this directory (repeatable).")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def jobs_option(what: str):
    """``--jobs N``: processes for a command that reads many units; by default one per core. Results
    are the same whatever N (the work is split by files and put back in their order)."""
    import os

    cores = os.cpu_count() or 1
    return click.option("--jobs", type=click.IntRange(min=1), default=cores, show_default=f"{cores}: the cores",
                        help=f"{what} in this many processes (default: one per core of this machine).")
