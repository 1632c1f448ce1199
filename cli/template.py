"""``qcdc-check template``: the spreadsheet a steering committee sends out, one row per unit."""

from __future__ import annotations

from pathlib import Path

import click

from qcdc_rules.model.vocab import UnitType


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="The file to write: FILE.xlsx (a workbook with lists, date and number checks, and a guide) "
                   "or FILE.csv (the two header rows, UTF-8 with a byte-order mark so Excel reads Vietnamese).")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the headers and explanations: Vietnamese (default) or English. Either reads back.")
@click.option("--type", "unit_type", type=click.Choice([t.value for t in UnitType]), default=None,
              help="Only the columns that matter for this unit type (default: every column, every type).")
def template(output, lang, unit_type) -> None:
    """Write the template communes fill in: one row per unit, a column per figure, each header
    explained (unit, allowed values; a blank cell is 'not recorded', never 'no').

    \b
    qcdc-check template -o so-lieu.xlsx                 every column, Vietnamese
    qcdc-check template -o thon.xlsx --type village     the columns of a village
    qcdc-check scorecard so-lieu.xlsx --province lai-chau   score the filled-in file

    A filled-in .xlsx or .csv is read wherever profiles are: qcdc-check, calendar and scorecard
    take it as a file, or find it in a directory. A bad row is reported with its file, sheet,
    row and column; the other rows are still checked.
    """
    from qcdc_rules.scorecard.template import write_template

    suffix = Path(output).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise click.UsageError(f"-o must end in .xlsx or .csv, not '{suffix or output}'")
    path = write_template(output, lang, unit_type)
    click.echo(str(path))
