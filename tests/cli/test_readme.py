"""The README's exit-code table is the one the code uses, and its first commands are the CI's."""

from __future__ import annotations

import re
from pathlib import Path

from qcdc_cli.exit_codes import DESCRIPTIONS, ExitCode

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_exit_code_table_matches_the_code():
    section = README.split("### Exit codes", 1)[1].split("\n\n", 2)[1]
    rows = re.findall(r"^\| (\d) \| (.+) \|$", section, re.M)
    assert {int(code) for code, _ in rows} == {int(c) for c in ExitCode}
    for code, text in rows:
        assert DESCRIPTIONS[ExitCode(int(code))][1].split(" (")[0] in text


def test_ci_runs_the_readme_test_command():
    first_block = README.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(first_block) == 2
    assert first_block[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    example = first_block[0].split("qcdc-check ", 1)[1]
    assert (ROOT / example).is_file()
