"""`qcdc-check annex`: only the statistical annex (PHỤ LỤC) of a steering committee's report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .exit_codes import ExitCode
from .options import jobs_option, output_options
from .scorecard import SCORECARD_FORMATS, XLSX_OUTPUT_HELP, YEAR_HELP

ANNEX_FORMATS = SCORECARD_FORMATS


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--year", type=click.IntRange(2000, 2100), default=None, help=YEAR_HELP)
@output_options(formats=ANNEX_FORMATS, format_help="table (with how each figure was computed), CSV (a row per "
                "figure), JSON, XLSX (sheet 'Phụ lục') or a self-contained HTML page.",
                output_help=XLSX_OUTPUT_HELP, lang_help="Language of headings: the annex's Vietnamese (default) or "
                                                        "English.")
@jobs_option("Read the unit profiles")
def annex(paths, year, fmt_, table_format, lang, output, jobs) -> None:
    """The statistical annex of a steering committee's yearly report (the PHỤ LỤC of Lai Châu's
    39-BC/BCĐ): documents issued, trainings, inspections, new rural development, receptions and
    dialogues of the heads, by level, for one calendar year. The province's and districts' rows
    come from activity records (YAML with `schema: qcdc-activity/1`, found among the files and
    directories given); the communes' from their activity records and unit profiles. A figure
    no file gives reads "không có số liệu" (no data), never 0. Files that do not load are
    listed and the rest is counted; the exit code is then 2. See docs/scorecard.md."""
    from qcdc_rules.errors import AnnexError
    from qcdc_rules.load.inputs import find_inputs
    from qcdc_rules.scorecard import annex as annex_
    from qcdc_rules.scorecard import annex_render
    from qcdc_rules.scorecard.html import render_annex_page

    from .output import echo_failures, write

    if fmt_ == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE.xlsx")
    inputs = find_inputs(list(paths))
    if not inputs.profiles and not inputs.activities:
        raise click.UsageError(f"no activity record or unit profile (*.yaml) found in {', '.join(paths)}")
    try:
        result = annex_.build_annex(inputs.activities, inputs.profiles, year=year, jobs=jobs)
    except AnnexError as e:
        raise click.UsageError(f"{e} (--year)") from None
    if fmt_ == "xlsx":
        Path(output).write_bytes(annex_render.render_annex_xlsx(result, lang))
    elif fmt_ == "html":
        write(render_annex_page(result, lang), output)
    elif fmt_ == "csv":
        write(annex_render.render_annex_csv(result, lang), output)
    elif fmt_ == "json":
        write(annex_render.render_annex_json(result), output)
    else:
        write(annex_render.render_annex_text(result, lang, table_format), output)
    failed = echo_failures(result.failures)
    used = sum(r.used for r in result.records)
    click.echo(f"annex {result.year}: {used} activity records, {result.units} unit profiles counted; {failed}",
               err=True)
    sys.exit(ExitCode.BAD_INPUT if result.failures else ExitCode.OK)
