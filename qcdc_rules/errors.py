"""Small, named exceptions. Every error a user can cause carries where it happened
(file, line, column), what is wrong and what to do, so the CLI can print it without
a traceback. The library raises these; it never prints or exits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """A place in a source file. Lines and columns count from 1, as editors do."""

    file: str | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


@dataclass
class Problem:
    """One thing wrong with an input: where, what, and what to do about it."""

    message: str
    location: Location = field(default_factory=Location)
    hint: str | None = None
    code: str = "input"

    def __str__(self) -> str:
        unplaced = self.location.file is None and self.location.line is None
        text = self.message if unplaced else f"{self.location}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "message": self.message,
            "hint": self.hint,
        }


class QcdcError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(QcdcError):
    """A file a user gave us is wrong. Holds one or more problems, each located."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, message: str, file: str | Path | None = None, line: int | None = None,
           column: int | None = None, hint: str | None = None, code: str = "input") -> "InputError":
        return cls(Problem(message, Location(str(file) if file else None, line, column), hint, code))


class ProfileError(InputError):
    """A unit profile does not load or does not validate."""


class RulesetError(InputError):
    """A ruleset does not load, does not validate or does not type-check."""


class ConditionError(RulesetError):
    """A rule condition does not parse or does not type-check."""


class EngineLimitError(QcdcError):
    """An input would exceed a hard limit of durable-rules; refused before it reaches it."""


class EngineError(QcdcError):
    """durable-rules failed in a way the engine could not prevent."""


class ResourceMissing(QcdcError):
    """A file that ships with the package (a ruleset, a legal text) cannot be found."""


class ActivityError(InputError):
    """A steering committee's activity record (qcdc-activity/1) does not load or does not validate."""


class AnnexError(QcdcError):
    """The statistical annex cannot be computed as asked (no year to compute it for)."""
