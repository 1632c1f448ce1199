"""qcdc-check: the command line. A thin layer: parse options, call the library, print,
choose the exit code. Everything it prints comes from qcdc_rules.report.

The library is imported inside the commands, not here: ``qcdc-check --help`` and every
command's ``--help`` load click and this package only (tests/cli/test_startup.py), so asking
for help does not wait for the models, the engine and the legal texts to load."""

from __future__ import annotations

import functools
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from qcdc_rules import __version__

from .choices import AUTHOR_FORMATS, CHECK_FORMATS
from .exit_codes import ExitCode
from .output import InputProblem, echo_failures, write
from .options import DATE, jobs_option, output_options, ruleset_options

if TYPE_CHECKING:
    from qcdc_rules.model.verdict import Report

FAIL_ON = ["minor", "major", "critical", "none"]


class DefaultGroup(click.Group):
    """``qcdc-check unit.yaml`` means ``qcdc-check check unit.yaml``."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qcdc-check", message="%(prog)s %(version)s")
def cli() -> None:
    """Check units against Vietnam's Law on Grassroots Democracy (10/2022/QH15) and its decrees.

    \b
    qcdc-check unit.yaml            gap report of one unit (same as: qcdc-check check unit.yaml)
    qcdc-check cases/ --lang en     every profile under a directory, in English
    qcdc-check schema profile       JSON Schema of a unit profile, for editors

    Exit codes: 0 nothing outstanding, 1 findings, 2 bad input or usage, 3 a rule could not be
    evaluated, 4 internal error. See the README.
    """


def _collect_late(func):
    """Python's cycle collector off while a command checks: loading the library, the rule book and
    one unit allocates some 400,000 objects and no garbage worth collecting, yet sets off collection
    after collection over a heap that only grows (about 80 ms of a 0.8 s one-unit check). ``_reports``
    turns it on again for many units (many files, or a spreadsheet's rows), whose run is long enough
    to make garbage; on return the collector is as it was (tests run commands in their own process)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from qcdc_rules.collector import collector_off  # not at import: --help loads no library module

        with collector_off():
            return func(*args, **kwargs)

    return wrapper


def _reports(paths: list[str], *, jobs: int, **options) -> Report:
    """The full reports of the files under ``paths``: ``scorecard.run.check_reports``, which
    spreads many files over ``jobs`` processes. One file is one task, checked in this process
    whatever ``jobs`` says, so it is checked here without loading the process pool and the
    scorecard's modules that ``run`` brings (about 45 ms of a one-unit check).

    Profiles come through the user's profile cache, with their positions (load.cache): a file
    checked before is not read and validated again (about 40 ms of a one-unit check)."""
    from qcdc_rules.load.cache import ProfileCache, default_directory
    from qcdc_rules.load.inputs import find_profiles

    from qcdc_rules.load.spreadsheet import is_spreadsheet

    directory = default_directory()
    options["cache"] = ProfileCache(directory, positions=True) if directory is not None else None
    files = find_profiles(paths)
    if len(files) != 1 or is_spreadsheet(files[0]):
        gc.enable()  # many units (files, or a sheet's rows): a run long enough to make garbage (_collect_late)
    if len(files) == 1:
        from qcdc_rules.check import check_files

        return check_files(files, **options)
    from qcdc_rules.scorecard.run import check_reports

    return check_reports(files, jobs=jobs, **options)


def exit_code(report: Report, fail_on: str) -> ExitCode:
    from qcdc_rules.model.ruleset import Severity
    from qcdc_rules.model.verdict import Verdict

    if report.failures or not (report.units or report.failures):
        return ExitCode.BAD_INPUT
    findings = [f for u in report.units for f in u.findings if not f.advisory]
    if any(f.verdict is Verdict.error for f in findings):
        return ExitCode.RULE_ERROR
    if fail_on != "none":
        floor = Severity(fail_on).rank
        if any(f.verdict.outstanding and Severity(f.severity).rank >= floor for f in findings):
            return ExitCode.FINDINGS
    return ExitCode.OK


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--as-of", type=DATE, default=None,
              help="Judge as of this date (2024-12-31 or 31/12/2024) instead of each profile's as_of.")
@click.option("--since", type=DATE, default=None,
              help="Start of the inspected period: recurring duties are checked for every period that closed "
                   "since (default: the profile's inspected_from, else 12 months before the as-of date).")
@click.option("--due-within", type=click.IntRange(min=0), default=None, metavar="DAYS",
              help="Also list the duties that fall due in the next DAYS days.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="minor", show_default=True,
              help="Lowest severity of a finding that makes the exit code 1 ('none': findings never do).")
@click.option("--show-all", is_flag=True, help="Also list the rules that do not apply to the unit.")
@click.option("--engine", type=click.Choice(["durable", "python"]), default="durable", show_default=True,
              help="Matcher: durable-rules, or the plain-Python baseline over the same compiled rules.")
@ruleset_options
@output_options(formats=CHECK_FORMATS)
@jobs_option("Check many files")
@_collect_late
def check(paths, as_of, since, due_within, fail_on, show_all, engine, province, rulesets, fmt_, table_format, lang,
          output, jobs) -> None:
    """Gap report of one or more unit profiles (files, or directories searched for *.yaml).

    A file that does not load is reported with its line and column; the others are still checked.
    """
    from qcdc_rules.errors import InputError
    from qcdc_rules.report.render import OutputFormat, render

    try:
        report = _reports(list(paths), jobs=jobs, as_of=as_of, since=since, due_within=due_within,
                          province=province, rulesets=list(rulesets), engine=engine)
    except InputError as e:
        raise InputProblem(e) from None
    fmt = OutputFormat(fmt_)
    if not report.units and not report.failures:
        raise click.UsageError(f"no unit profile (*.yaml) found in {', '.join(paths)}")
    write(render(report, fmt, lang, table_format, show_all), output)
    if report.failures and (output or fmt not in (OutputFormat.table, OutputFormat.text, OutputFormat.markdown)):
        echo_failures(report.failures)
    sys.exit(exit_code(report, fail_on))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--as-of", type=DATE, default=None, help="From this date instead of each profile's as_of.")
@click.option("--within", type=click.IntRange(min=1), default=365, show_default=True, metavar="DAYS",
              help="How far ahead to look, in days.")
@click.option("--ics", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the duties to this iCalendar (.ics) file, for any calendar program.")
@ruleset_options
@output_options
@jobs_option("Check many files")
@_collect_late
def calendar(paths, as_of, within, ics, province, rulesets, fmt_, table_format, lang, output, jobs) -> None:
    """Upcoming duties of the units: deadlines of recurring duties not yet done, and board terms that end."""
    from qcdc_rules.errors import InputError
    from qcdc_rules.report.ical import to_ical
    from qcdc_rules.report.render import OutputFormat, render_upcoming

    try:
        report = _reports(list(paths), jobs=jobs, as_of=as_of, due_within=within, province=province,
                          rulesets=list(rulesets))
    except InputError as e:
        raise InputProblem(e) from None
    if not report.units and not report.failures:
        raise click.UsageError(f"no unit profile (*.yaml) found in {', '.join(paths)}")
    write(render_upcoming(report, OutputFormat(fmt_), lang, table_format), output)
    if ics:
        Path(ics).write_bytes(to_ical(report.units, lang))
    sys.exit(ExitCode.BAD_INPUT if report.failures else ExitCode.OK)


def author_format(func):
    """--format and -o for the authors' commands (validate, test): CI systems read these."""
    func = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
                        help="Write the output to this file instead of standard output.")(func)
    return click.option("--format", "fmt_", type=click.Choice(list(AUTHOR_FORMATS)), default="text",
                        show_default=True, help="Output: text, JSON, JUnit XML or SARIF 2.1.0 (code scanning).")(func)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@author_format
def validate(paths, fmt_, output) -> None:
    """Every problem in rulesets (the bundled ones if no PATH is given; a PATH may hold several):
    schema, duplicate keys and rule ids, conditions checked against the profile schema, citations
    against the shipped legal texts, effective dates, texts in both languages. Exit code 2 if any."""
    from qcdc_rules.authoring.validate import validate_rulesets
    from qcdc_rules.report import authoring, ci
    from qcdc_rules.report.render import OutputFormat

    result = validate_rulesets(list(paths))
    fmt = OutputFormat(fmt_)
    render_ = {OutputFormat.text: authoring.validate_text, OutputFormat.json: authoring.validate_json,
               OutputFormat.sarif: lambda v: ci.validate_sarif(v.problems),
               OutputFormat.junit: lambda v: ci.validate_junit(v.problems, v.roots)}[fmt]
    write(render_(result), output)
    if output and not result.ok:
        click.echo(authoring.validate_text(result), err=True, nl=False)
    sys.exit(ExitCode.OK if result.ok else ExitCode.BAD_INPUT)


@cli.command(name="test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("-k", "keyword", default=None, metavar="TEXT",
              help="Run only the cases whose rule id or name contains TEXT (case-insensitive).")
@click.option("--min-coverage", type=click.FloatRange(0, 100), default=None, metavar="PERCENT",
              help="Fail (exit code 1) if fewer rules than this are covered by a met, a not-met and, "
                   "where they have conditions, a not-applicable case.")
@click.option("-v", "--verbose", is_flag=True, help="List passing cases too.")
@click.option("--engine", type=click.Choice(["durable", "python"]), default="durable", show_default=True,
              help="Matcher the cases run on.")
@author_format
def test_(paths, keyword, min_coverage, verbose, engine, fmt_, output) -> None:
    """Run the YAML test cases of rulesets (<ruleset>/tests/*.yaml; the bundled rulesets if no PATH
    is given), show expected against actual, and report which rules lack cases."""
    from qcdc_rules.authoring.cases import run_tests
    from qcdc_rules.report import authoring, ci
    from qcdc_rules.report.render import OutputFormat

    run = run_tests(list(paths), keyword, engine)
    fmt = OutputFormat(fmt_)
    render_ = {OutputFormat.text: lambda r: authoring.cases_text(r, verbose, min_coverage),
               OutputFormat.json: authoring.cases_json, OutputFormat.sarif: ci.cases_sarif,
               OutputFormat.junit: ci.cases_junit}[fmt]
    write(render_(run), output)
    short = min_coverage is not None and run.coverage_percent < min_coverage
    if output and (run.failed or short):
        click.echo(authoring.cases_text(run, False, min_coverage), err=True, nl=False)
    if run.problems:
        sys.exit(ExitCode.BAD_INPUT)
    if not run.results and keyword:
        raise click.UsageError(f"no test case matches -k {keyword!r}")
    sys.exit(ExitCode.FINDINGS if run.failed or short else ExitCode.OK)


@cli.group()
def new() -> None:
    """Start something new from a template that validates and tests green."""


@new.command(name="ruleset")
@click.option("--province", required=True, metavar="NAME",
              help="The province, in lower-case ASCII words joined by hyphens (son-la); rule ids start SONLA-.")
@click.option("--dir", "directory", type=click.Path(file_okay=False), default=None,
              help="Folder to create (default: ./NAME); it must not exist or be empty.")
@click.option("--title", default=None, help="The ruleset's Vietnamese title (default: Bộ quy tắc của tỉnh NAME).")
def new_ruleset(province, directory, title) -> None:
    """Scaffold a provincial ruleset: parameters the law leaves to the province, one worked
    example rule with its legal basis, its test cases, and a README of the next steps."""
    from qcdc_rules.authoring.scaffold import write_scaffold
    from qcdc_rules.errors import InputError

    try:
        written = write_scaffold(directory or province, province, title)
    except InputError as e:
        raise InputProblem(e) from None
    for path in written:
        click.echo(str(path))
    root = directory or province
    click.echo(f"next: qcdc-check validate {root} && qcdc-check test {root} --min-coverage 100")


@cli.command()
@click.argument("what", type=click.Choice(["profile", "activity", "report"]))
def schema(what: str) -> None:
    """Print the JSON Schema of a unit profile or of a steering committee's activity record (for
    editors), or of the JSON report."""
    if what == "profile":
        from qcdc_rules.model.profile import profile_json_schema

        data = profile_json_schema()
    elif what == "activity":
        from qcdc_rules.model.activity import activity_json_schema

        data = activity_json_schema()
    else:
        from qcdc_rules.model.verdict import Report

        data = Report.model_json_schema()
        data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        data["title"] = "qcdc-rules report"
    from qcdc_rules import jsontext

    click.echo(jsontext.dumps(data))


def main() -> None:
    """Entry point: user errors are messages with exit code 2; a bug is a one-line message with
    exit code 4, and a traceback only with QCDC_DEBUG=1."""
    try:
        code = cli.main(standalone_mode=False)  # returns the code of a click Exit
        sys.exit(code if isinstance(code, int) else 0)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code if e.exit_code != 1 else ExitCode.BAD_INPUT)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(ExitCode.BAD_INPUT)
    except Exception as e:  # noqa: BLE001 - the last line of defence against a traceback
        from qcdc_rules.errors import QcdcError  # here, not at the top: --help does not need it

        if isinstance(e, QcdcError):
            click.echo(f"qcdc-check: {e}", err=True)
            sys.exit(ExitCode.BAD_INPUT)
        if os.environ.get("QCDC_DEBUG"):
            raise
        click.echo(f"qcdc-check: internal error: {type(e).__name__}: {e}. This is a bug; run again with "
                   f"QCDC_DEBUG=1 to see where, and report it.", err=True)
        sys.exit(ExitCode.INTERNAL)


from .catalogue import docs, rules  # noqa: E402 - registered after the group exists

cli.add_command(rules)
cli.add_command(docs)

from .scorecard import scorecard, trend  # noqa: E402

cli.add_command(scorecard)
cli.add_command(trend)

from .annex import annex  # noqa: E402

cli.add_command(annex)

from .template import export, template  # noqa: E402

cli.add_command(template)
cli.add_command(export)

from .sample import sample  # noqa: E402

cli.add_command(sample)
