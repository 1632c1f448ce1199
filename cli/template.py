"""``qcdc-check template``: the spreadsheet a steering committee sends out, one row per unit."""

from __future__ import annotations

from pathlib import Path

import click

from .choices import UNIT_TYPES


def _write_bytes(data: bytes, output: str) -> Path:
    """Whole or not at all: written beside the target, then moved over it."""
    path = Path(output)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="The file to write: FILE.xlsx (the whole profile, a sheet per kind of evidence; with --flat, one "
                   "row per unit) or FILE.csv (the flat sheet's two header rows, UTF-8 with a byte-order mark).")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the headers and explanations: Vietnamese (default) or English. Either reads back.")
@click.option("--unit-type", "--type", "unit_type", type=click.Choice(list(UNIT_TYPES)), default=None,
              help="The unit type: the workbook's unit row starts with it; the flat sheet keeps only its columns.")
@click.option("--flat", is_flag=True, help="The older one-row-per-unit sheet (a column per figure, one latest "
                                           "date per kind): it cannot hold disclosures, meetings or board members.")
def template(output, lang, unit_type, flat) -> None:
    """Write the workbook a commune, agency or enterprise fills in: the whole profile, a sheet per
    kind of evidence (documents, disclosures and their postings, meetings, boards and members,
    trainings, receptions, what was looked for and not found), each closed list a dropdown.

    \b
    qcdc-check template -o ho-so.xlsx --unit-type commune     a commune's workbook
    qcdc-check export cases/xa-ban-hon-lai-chau.yaml -o ho-so.xlsx   last year's, filled
    qcdc-check ho-so.xlsx                                     check the filled-in workbook
    qcdc-check template -o so-lieu.xlsx --flat                the older one-row-per-unit sheet

    A filled-in workbook (or flat .xlsx/.csv) is read wherever profiles are: qcdc-check, calendar
    and scorecard take it as a file, or find it in a directory. A bad cell is reported with its
    sheet and cell; the other units and files are still checked.
    """
    suffix = Path(output).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise click.UsageError(f"-o must end in .xlsx or .csv, not '{suffix or output}'")
    if flat or suffix == ".csv":
        from qcdc_rules.load.flat_sheet import write_template

        click.echo(str(write_template(output, lang, unit_type)))
        return
    from qcdc_rules.load.workbook import write_workbook

    click.echo(str(_write_bytes(write_workbook([], lang, unit_type), output)))


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="The workbook to write (FILE.xlsx).")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the headers and lists: Vietnamese (default) or English. Either reads back.")
def export(paths, output, lang) -> None:
    """Write profiles (YAML files, workbooks, or directories of them) into one workbook, so last
    year's evidence is updated rather than typed again. Reading it back gives the same profiles.

    \b
    qcdc-check export cases/xa-ban-hon-lai-chau.yaml -o ban-hon.xlsx
    qcdc-check export ho-so/ -o ca-tinh.xlsx --lang en
    """
    from qcdc_rules.errors import InputError
    from qcdc_rules.load.inputs import find_profiles
    from qcdc_rules.load.spreadsheet import units_in
    from qcdc_rules.load.workbook import write_workbook

    from .output import InputProblem

    if Path(output).suffix.lower() != ".xlsx":
        raise click.UsageError(f"-o must end in .xlsx, not '{Path(output).suffix or output}'")
    profiles, problems = [], []
    for path in find_profiles(list(paths)):
        for profile, _, error in units_in(path):
            if error is not None:
                problems.extend(error.problems)
            else:
                profiles.append(profile)
    if problems:
        raise InputProblem(InputError(problems))
    if not profiles:
        raise click.UsageError("no profile found in the paths given")
    click.echo(str(_write_bytes(write_workbook(profiles, lang), output)))
