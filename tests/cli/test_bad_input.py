"""Every kind of bad profile: its file, line and column, what is wrong, what to do, exit 2,
and never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad" / "profiles"
EXPECTED: dict[str, dict] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def test_every_fixture_has_an_expectation_and_back():
    assert {p.name for p in BAD.glob("*.yaml")} - {"expected.yaml"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_profile(name):
    want = EXPECTED[name]
    path = BAD / name
    result = CliRunner().invoke(cli, [str(path)])
    assert result.exit_code == ExitCode.BAD_INPUT, result.output
    line = next(line for line in result.output.splitlines() if line.startswith(f"{path}:"))
    assert line.startswith(f"{path}:{want['line']}:{want['column']}: "), line
    assert want["message_contains"] in line
    assert want["hint_contains"] in line
    assert "Traceback" not in result.output


def test_good_files_are_still_checked_beside_a_bad_one(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("id: X\nname: UBND xã A\ntype: commune\nas_of: 2024-06-30\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_bytes((BAD / "unknown_field.yaml").read_bytes())
    result = CliRunner().invoke(cli, [str(tmp_path), "--format", "json"])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert '"id": "X"' in result.stdout  # the good unit is in the report
    assert "unknown field 'headcout'" in result.stdout  # and the bad file is listed


def test_the_console_script_prints_no_traceback():
    """Through the installed entry point, as a user runs it."""
    script = Path(sys.executable).parent / "qcdc-check"
    for name in ("syntax.yaml", "cp1258.yaml", "nfd.yaml"):
        r = subprocess.run([str(script), str(BAD / name)], capture_output=True, text=True, timeout=120)
        assert r.returncode == ExitCode.BAD_INPUT
        assert "Traceback" not in r.stdout + r.stderr
    r = subprocess.run([str(script), str(BAD / "no-such-file.yaml")], capture_output=True, text=True, timeout=120)
    assert r.returncode == ExitCode.BAD_INPUT and "file not found" in r.stdout + r.stderr
