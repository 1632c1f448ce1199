"""Steering committees' commands: ``scorecard`` over many units, ``trend`` between years."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .exit_codes import ExitCode
from .output import InputProblem, echo_failures, opened, write
from .options import DATE, jobs_option, output_options, ruleset_options

SCORECARD_FORMATS = ("table", "csv", "json", "xlsx", "html")
OUTPUT_HELP = "Write to this file instead of standard output."
XLSX_OUTPUT_HELP = "Write to this file (required for xlsx) instead of standard output."
LANG_HELP = "Language of headers and labels: Vietnamese (default) or English."
YEAR_HELP = ("Calendar year of the annex (default: the latest year of the activity records; with none, the year of "
             "the as-of date, else of the latest unit's as_of).")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--as-of", type=DATE, default=None, help="Judge every unit as of this date instead of its as_of.")
@output_options(formats=SCORECARD_FORMATS, format_help="table, CSV (one view, --view), JSON, XLSX (a sheet per "
                "view) or a self-contained HTML page.", output_help=XLSX_OUTPUT_HELP, lang_help=LANG_HELP)
@click.option("--view", type=click.Choice(["units", "areas", "types", "rules", "targets", "annex"]), default="units",
              show_default=True, help="The view --format csv writes (annex: the statistical annex, which needs "
                                      "activity records among the inputs).")
@click.option("--year", type=click.IntRange(2000, 2100), default=None, help=YEAR_HELP)
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Also keep the results in this SQLite file, for `qcdc-check trend`.")
@jobs_option("Evaluate")
@ruleset_options
def scorecard(paths, as_of, fmt_, view, year, table_format, lang, output, db, jobs, province, rulesets) -> None:
    """Scorecard of many units (files or directories, searched recursively): targets, areas,
    unit types, rules and a ranking of units. Files that do not load are listed and the
    others are scored; the exit code is then 2.

    When steering committees' activity records (`schema: qcdc-activity/1`) are among the
    inputs, every format also carries the statistical annex of --year (PHỤ LỤC: JSON key
    "annex", an "annex" table, --view annex, sheet "Phụ lục", a section of the page);
    `qcdc-check annex` gives it alone."""
    from qcdc_rules.errors import InputError
    from qcdc_rules.load.ruleset import load_rulebook
    from qcdc_rules.scorecard import render
    from qcdc_rules.scorecard.annex import unit_facts
    from qcdc_rules.scorecard.html import write_html
    from qcdc_rules.scorecard.run import score_many

    if fmt_ == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE.xlsx")
    try:
        book = load_rulebook(province, list(rulesets))
    except InputError as e:
        raise InputProblem(e) from None
    from qcdc_rules.load.inputs import find_inputs

    inputs = find_inputs(list(paths))  # walked once: the files, not the folders, go on to be checked
    files = inputs.profiles
    if not files:
        raise click.UsageError(f"no unit profile (*.yaml) found in {', '.join(paths)}")
    if view == "annex" and fmt_ == "csv" and not inputs.activities:
        raise click.UsageError("--view annex needs activity records (qcdc-activity/1) among the inputs; "
                               "`qcdc-check annex` computes the annex from unit profiles alone")
    with click.progressbar(length=len(files), label="qcdc-check", file=sys.stderr) if sys.stderr.isatty() \
            else _NoBar() as bar:
        # workers send a compact row per unit, folded as it arrives (qcdc_rules.scorecard.stream);
        # with activity records, the annex's facts of each profile are taken as it is checked
        card, facts = score_many(files, targets=book.targets, db=db, extract=unit_facts if inputs.activities else None,
                                 as_of=as_of, province=province, rulesets=list(rulesets), jobs=jobs,
                                 progress=bar.update)
    with card:
        failures = list(card.failures)
        annex = _annex(inputs, year, as_of, card.latest_as_of, facts) if inputs.activities else None
        if annex is not None:  # activity records that did not load are listed with the profiles
            from qcdc_rules.model.verdict import LoadFailure

            failures.extend(LoadFailure(**f) for f in annex.failures)
            card.card.failures.extend(annex.failures)
        if fmt_ == "xlsx":
            Path(output).write_bytes(render.render_xlsx(card, lang, annex))
        elif fmt_ == "table":
            write(render.render_table(card, lang, table_format, annex=annex), output)
        else:
            with opened(output) as out:
                if fmt_ == "html":
                    write_html(card, out, lang, annex=annex)
                elif fmt_ == "csv":
                    render.write_csv(card, out, lang, view, annex)
                else:
                    render.write_json(card, out, annex)
        units = len(card.units)
    failed = echo_failures(failures)
    records = f", annex {annex.year} from {sum(r.used for r in annex.records)} activity records" if annex else ""
    click.echo(f"{units} units scored{records}; {failed}", err=True)
    sys.exit(ExitCode.BAD_INPUT if failures else ExitCode.OK)


def _annex(inputs, year, as_of, latest_as_of, facts):
    """The annex of the activity records and of the profiles' facts; its default year follows
    --as-of, else the units' latest as_of."""
    import datetime as dt

    from qcdc_rules.errors import AnnexError
    from qcdc_rules.scorecard.annex import build_annex

    latest = as_of or (dt.date.fromisoformat(latest_as_of) if latest_as_of else None)
    try:
        return build_annex(inputs.activities, year=year, as_of=latest, units=facts)
    except AnnexError as e:
        raise click.UsageError(f"{e} (--year)") from None


class _NoBar:
    """Quiet when stderr is not a terminal (CI logs, pipes)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


@click.command()
@click.option("--db", type=click.Path(exists=True, dir_okay=False), required=True,
              help="The SQLite file `scorecard --db` wrote.")
@click.option("--from", "before", default=None, metavar="DATE",
              help="The earlier as-of date (ISO, as stored; default: the first in the file).")
@click.option("--to", "after", default=None, metavar="DATE",
              help="The later as-of date (default: the last in the file).")
@click.option("--crosswalk", default=None, metavar="NAME|FILE",
              help="Compare areas across a merger: lai-chau-2025 (NQ 1670/NQ-UBTVQH15), or a CSV crosswalk.")
@output_options(formats=("table", "json"), format_help="A table, or JSON.", output_help=OUTPUT_HELP,
                lang_help=LANG_HELP)
def trend(db, before, after, crosswalk, fmt_, table_format, lang, output) -> None:
    """What changed between two dates of the history: improved and regressed units, new and
    resolved findings, and areas compared across a merger."""
    import datetime as dt
    from qcdc_rules import jsontext

    from qcdc_rules.crosswalk import lai_chau_2025, load_crosswalk
    from qcdc_rules.errors import InputError
    from qcdc_rules.scorecard.history import as_of_dates, snapshot
    from qcdc_rules.scorecard.trend import compare, render_trend

    dates = as_of_dates(db)
    if len(dates) < 2 and not (before and after):
        raise click.UsageError(f"{db} holds {len(dates)} as-of date(s); a trend needs two")
    before, after = before or dates[0], after or dates[-1]
    for day in (before, after):
        if day not in dates:
            raise click.BadParameter(f"{day} is not in {db} (it holds {', '.join(dates)})", param_hint="--from/--to")
    walk = None
    if crosswalk == "lai-chau-2025":
        walk = lai_chau_2025()
    elif crosswalk:
        try:
            walk = load_crosswalk(crosswalk, dt.date.fromisoformat(after))
        except (InputError, OSError) as e:
            raise InputProblem(e if isinstance(e, InputError) else InputError.at(str(e), file=crosswalk)) from None
    result = compare(snapshot(db, before), snapshot(db, after), walk)
    text = (jsontext.dumps(result.model_dump(mode="json")) + "\n"
            if fmt_ == "json" else render_trend(result, lang, table_format))
    write(text, output)
