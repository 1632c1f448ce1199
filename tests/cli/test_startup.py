"""`qcdc-check --help` imports nothing it does not print (issue 14): asking for help, of the
tool or of any command, loads click and the CLI's own light modules, not the library's models,
engine, legal texts or the packages behind them. Checked by what is in ``sys.modules`` of a
fresh process, not by a clock, so the test gives the same answer on every machine."""

from __future__ import annotations

import json
import subprocess
import sys

# What a help text never needs: the models (pydantic), the engine (durable-rules), the legal
# texts, the holiday tables, the readers and writers of files.
HEAVY = (
    "pydantic", "pydantic_core", "durable", "durable_rules_engine", "holidays", "openpyxl", "icalendar", "yaml",
    "tabulate", "sqlite3", "multiprocessing",
    "qcdc_rules.check", "qcdc_rules.engine", "qcdc_rules.engine.evaluate", "qcdc_rules.legal.citations",
    "qcdc_rules.model.profile", "qcdc_rules.model.ruleset", "qcdc_rules.model.verdict", "qcdc_rules.load",
    "qcdc_rules.report", "qcdc_rules.scorecard", "qcdc_rules.authoring", "qcdc_rules.time",
)

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
