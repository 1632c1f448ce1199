"""Activity records (qcdc-activity/1) among the input files: found by the same walk as the
unit profiles, told apart by their top-level ``schema: qcdc-activity/1`` line, loaded with
every problem located at file:line:column."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import ValidationError

from ..errors import ActivityError, InputError, Problem
from ..model.activity import ActivityRecord
from .validation import problems_from_validation
from .yaml_loader import Loaded, load_yaml

_SUFFIXES = (".yaml", ".yml")
# a top-level key (no indentation), the value plain or quoted; any version, so that a newer
# one is refused with its reason rather than read as a unit profile
_MARK = re.compile(rb"""^schema:[ \t]*["']?qcdc-activity/""", re.MULTILINE)


def is_activity_record(path: str | Path) -> bool:
    """Whether the YAML file says it is an activity record (its top-level ``schema``)."""
    path = Path(path)
    if path.suffix not in _SUFFIXES:
        return False
    try:
        return _MARK.search(path.read_bytes()) is not None
    except OSError:
        return False  # reported when it is read


def load_activity(path: str | Path) -> tuple[ActivityRecord, Loaded]:
    """The record and the YAML it came from. Raises :class:`ActivityError`."""
    loaded = load_yaml(path)
    if not isinstance(loaded.data, dict):
        raise ActivityError.at("an activity record is a mapping of fields (schema, id, level, …)", file=str(path),
                               line=1)
    try:
        record = ActivityRecord.model_validate(loaded.data)
    except ValidationError as e:
        raise ActivityError(problems_from_validation(e, loaded, ActivityRecord, code="activity")) from None
    bad = [Problem(message, loaded.locate(where), "date it within the year, or put it in that year's record",
                   "activity") for where, message in record.misdated()]
    if bad:
        raise ActivityError(bad)
    return record, loaded


def try_load_activity(path: str | Path) -> tuple[ActivityRecord | None, InputError | None]:
    try:
        return load_activity(path)[0], None
    except InputError as e:
        return None, e
