"""Which files under the paths given are inputs, and of which kind: unit profiles (YAML files,
profile workbooks, spreadsheets of the flat template) and steering committees' activity
records. Stands after every loader it tells apart, so none of them imports it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .profile import PROFILE_SUFFIXES
from .spreadsheet import looks_like_units


def walk_inputs(paths: list[str | Path]) -> list[Path]:
    """The files given, and every YAML file under the directories given (with every profile workbook and
    every spreadsheet there that has the flat template's header row: load/spreadsheet.py), in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and (f.suffix in PROFILE_SUFFIXES
                                                                          or looks_like_units(f))))
        else:
            out.append(p)
    return out


def find_profiles(paths: list[str | Path]) -> list[Path]:
    """Files to check: ``walk_inputs`` less the steering committees' activity records found in
    the directories (qcdc-activity/1, read for the annex: load/activity.py). A file named on the
    command line is always read."""
    named = {Path(p) for p in paths if not Path(p).is_dir()}
    found = walk_inputs(paths)
    if all(f in named for f in found):
        return found  # only files named: no activity record to leave out, and its model not loaded
    from .activity import is_activity_record

    return [f for f in found if f in named or not is_activity_record(f)]


@dataclass
class Inputs:
    """The files a scorecard reads: unit profiles (YAML or spreadsheets) and activity records."""

    profiles: list[Path] = field(default_factory=list)
    activities: list[Path] = field(default_factory=list)


def find_inputs(paths: list[str | Path]) -> Inputs:
    """Every file under ``paths`` (walked as ``find_profiles`` walks them), split into unit profiles
    and activity records. A file named on the command line is read as one or the other."""
    from .activity import is_activity_record

    out = Inputs()
    for f in walk_inputs(paths):
        (out.activities if is_activity_record(f) else out.profiles).append(f)
    return out
