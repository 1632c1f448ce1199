"""Options shared by several commands, each defined once."""

from __future__ import annotations

import datetime as dt
import functools

import click

from qcdc_rules.model.common import parse_date
from qcdc_rules.report.render import REPORT_FORMATS, OutputFormat


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(value)
        except ValueError as e:
            self.fail(str(e), param, ctx)


DATE = DateParam()


_FORMAT_HELP = {
    OutputFormat.table: "a table", OutputFormat.text: "text (the table)", OutputFormat.markdown: "Markdown",
    OutputFormat.json: "JSON (docs/report.md)", OutputFormat.junit: "JUnit XML", OutputFormat.sarif: "SARIF 2.1.0",
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
    choices = [f.value if isinstance(f, OutputFormat) else f for f in formats]
    if format_help is None:
        format_help = "Output format: " + ", ".join(_FORMAT_HELP[OutputFormat(f)] for f in choices) + "."

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
