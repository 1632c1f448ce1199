"""What every command does with its result: write it, or turn a user's error into a message
and exit code 2. Its own module so the command modules need not import ``main`` (which
imports them to register them)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .exit_codes import ExitCode

if TYPE_CHECKING:
    from qcdc_rules.errors import InputError


class InputProblem(click.ClickException):
    """A user error: printed as file:line:column lines, exit code 2."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, error: InputError):
        super().__init__(str(error))

    def show(self, file=None) -> None:
        click.echo(self.format_message(), err=True)


def write(text: str, output: str | None) -> None:
    """To the file ``output`` (UTF-8), or to standard output."""
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


class _Echo:
    """A text stream onto standard output through click (as ``write`` does), in pieces of ~1 MB."""

    def __init__(self):
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._parts.append(text)
        self._size += len(text)
        if self._size > 1 << 20:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            click.echo("".join(self._parts), nl=False)
        self._parts, self._size = [], 0


@contextlib.contextmanager
def opened(output: str | None):
    """A text stream to the file ``output`` (UTF-8), or to standard output: for a result written
    piece by piece (the scorecard's units as they are read back), the same bytes as ``write``."""
    if output:
        with open(output, "w", encoding="utf-8") as f:
            yield f
    else:
        echo = _Echo()
        yield echo
        echo.flush()


def echo_failures(failures) -> str:
    """Each problem of the inputs that did not load (LoadFailure objects or their dicts), as
    file:line:column lines on stderr; returns what to say of them in the closing line."""
    failures = [f if isinstance(f, dict) else f.model_dump() for f in failures]
    for failure in failures:
        for p in failure["problems"]:
            where = ":".join(str(x) for x in (p["file"], p["line"], p["column"]) if x is not None)
            click.echo(f"{where}: {p['message']}" + (f" ({p['hint']})" if p.get("hint") else ""), err=True)
    if not failures:
        return "all loaded"
    # a spreadsheet's bad rows fail one by one: say what did not load, and in how many files
    files = len({f["file"] for f in failures})
    return f"{len(failures)} did not load (in {files} file{'s' if files != 1 else ''}; listed above)"
