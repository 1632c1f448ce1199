"""`qcdc-check --help` imports nothing it does not print (issue 14): asking for help, of the
tool or of any command, loads click and the CLI's own light modules, not the library's models,
engine, legal texts or the packages behind them. And `qcdc-check check unit.yaml` loads what
checking one YAML profile uses, not the spreadsheet and workbook readers, the scorecard and its
process pool, or the CI formats. Checked by what is in ``sys.modules`` of a fresh process, not by
a clock, so the test gives the same answer on every machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# What a help text never needs: the models (pydantic), the engine (durable-rules), the legal
# texts, the holiday tables, the readers and writers of files.
HEAVY = (
    "pydantic", "pydantic_core", "durable", "durable_rules_engine", "holidays", "openpyxl", "icalendar", "yaml",
    "tabulate", "sqlite3", "multiprocessing",
    "qcdc_rules.check", "qcdc_rules.engine", "qcdc_rules.engine.evaluate", "qcdc_rules.legal.citations",
    "qcdc_rules.model.profile", "qcdc_rules.model.ruleset", "qcdc_rules.model.verdict", "qcdc_rules.load",
    "qcdc_rules.report", "qcdc_rules.scorecard", "qcdc_rules.authoring", "qcdc_rules.time",
)

# What a check of one YAML profile, printed as the table, never needs: the readers of spreadsheets
# and profile workbooks (openpyxl), the activity records (read for a scorecard's annex), the
# scorecard and its worker processes, the CI formats (JUnit XML, SARIF), the calendar file, holidays.
CHECK_UNNEEDED = (
    "openpyxl", "icalendar", "sqlite3", "multiprocessing", "concurrent.futures.process", "xml.etree.ElementTree",
    "qcdc_rules.load.workbook", "qcdc_rules.load.activity", "qcdc_rules.model.activity", "qcdc_rules.scorecard",
    "qcdc_rules.report.ci", "qcdc_rules.report.ical", "qcdc_rules.authoring", "qcdc_rules.sample",
    "holidays",  # the calendar reads its public holidays from a file the package wrote (time/calendar.py)
)
# ... and what only reading rulesets from their files needs (the prose lint, the targets' models),
# when the rule book is read back from the cache
CHECK_WARM_UNNEEDED = ("qcdc_rules.lang.prose", "qcdc_rules.model.target")
UNIT = Path(__file__).resolve().parents[2] / "cases" / "xa-ban-hon-lai-chau.yaml"

# The only module of the library that the help texts read: its version. The closed lists that
# options offer as choices are qcdc_cli.choices, checked against the library's enums below.
LIBRARY_ALLOWED = {"qcdc_rules"}

SCRIPT = r"""
import contextlib, io, json, sys

import click

from qcdc_cli.main import cli


def commands(group, path):
    for name, command in group.commands.items():
        yield path + [name]
        if isinstance(command, click.Group):
            yield from commands(command, path + [name])


helps = {}
for args in [[], *commands(cli, [])]:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        try:
            cli.main([*args, "--help"], prog_name="qcdc-check", standalone_mode=False)
        except SystemExit:
            pass
    helps[" ".join(args)] = out.getvalue()
print(json.dumps({"helps": helps, "modules": sorted(sys.modules)}))
"""


CHECK_SCRIPT = r"""
import contextlib, io, json, sys

from qcdc_cli.main import cli

with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        cli.main(["check", sys.argv[1]], prog_name="qcdc-check", standalone_mode=False)
    except SystemExit as e:
        code = e.code
print(json.dumps({"code": int(code), "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _help_run() -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_help_imports_nothing_it_does_not_print():
    run = _help_run()
    # the run did ask every command for its help, and got it
    assert {"", "check", "schema", "rules list", "new ruleset"} <= set(run["helps"])
    for command, text in run["helps"].items():
        assert text.startswith(f"Usage: qcdc-check {command}".rstrip()), (command, text[:200])
    modules = set(run["modules"])
    heavy = sorted(m for m in modules if m in HEAVY)
    assert not heavy, f"--help imported {heavy}: import them inside the command functions"
    library = sorted(m for m in modules if m.split(".")[0] == "qcdc_rules" and m not in LIBRARY_ALLOWED)
    assert not library, f"--help imported {library} of the library; only {sorted(LIBRARY_ALLOWED)} may be"


def test_the_choices_are_the_library_enums():
    """qcdc_cli.choices spells out the enums' values for --help; here they are held equal."""
    from qcdc_cli import choices
    from qcdc_rules.model.ruleset import Severity
    from qcdc_rules.model.vocab import UnitType
    from qcdc_rules.report import catalogue
    from qcdc_rules.report.render import AUTHOR_FORMATS, CHECK_FORMATS, REPORT_FORMATS

    def values(members):
        return tuple(m.value for m in members)

    assert choices.REPORT_FORMATS == values(REPORT_FORMATS)
    assert choices.CHECK_FORMATS == values(CHECK_FORMATS)
    assert choices.AUTHOR_FORMATS == values(AUTHOR_FORMATS)
    assert choices.SEVERITIES == values(Severity)
    assert choices.UNIT_TYPES == values(UnitType)
    assert choices.LAW == catalogue.LAW


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "qcdc_cli", "rules", "--help"], capture_output=True, text=True,
                          encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout and "list" in done.stdout


def test_checking_one_yaml_profile_imports_only_what_it_uses(tmp_path):
    """Twice in one cache folder: the first run loads the rulesets from their files and stores
    them, the second reads them back (the path of every later check); neither may load more."""
    env = {**os.environ, "QCDC_CACHE_DIR": str(tmp_path)}
    for run, unneeded_here in (("rulesets read and stored", CHECK_UNNEEDED),
                               ("rule book from the cache", CHECK_UNNEEDED + CHECK_WARM_UNNEEDED)):
        done = subprocess.run([sys.executable, "-c", CHECK_SCRIPT, str(UNIT)], capture_output=True, text=True,
                              encoding="utf-8", env=env)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
        # the check did run: the unit has findings (exit code 1) and the report names it
        assert result["code"] == 1, (run, result["out"][-2000:])
        assert "Ủy ban nhân dân xã Bản Hon" in result["out"], run
        modules = set(result["modules"])
        assert "qcdc_rules.engine.evaluate" in modules and "qcdc_rules.report.render" in modules
        unneeded = sorted(m for m in modules if m in unneeded_here or m.startswith(
            tuple(f"{u}." for u in unneeded_here)))
        assert not unneeded, f"{run}: checking one YAML profile imported {unneeded}"
    assert any(tmp_path.rglob("*.pickle")), "the first run stored no rule book: the second did not read one"
