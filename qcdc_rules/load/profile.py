"""Load unit profiles from YAML files, every problem located at file:line:column."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError, ProfileError
from ..model.profile import Profile
from .validation import problems_from_validation
from .yaml_loader import Loaded, dump_yaml, load_yaml

PROFILE_SUFFIXES = (".yaml", ".yml")


def load_profile(path: str | Path) -> Profile:
    return load_profile_located(path)[0]


def load_profile_located(path: str | Path) -> tuple[Profile, Loaded]:
    """The profile, and the YAML it came from (to point a report at a line of the file)."""
    loaded = load_yaml(path)
    schema = loaded.data.get("schema") if isinstance(loaded.data, dict) else None
    if isinstance(schema, str) and schema.startswith("qcdc-activity/"):
        raise ProfileError.at("this is a steering committee's activity record, not a unit profile",
                              file=str(path), line=loaded.locate(("schema",)).line,
                              hint="`qcdc-check annex` and `qcdc-check scorecard` read it", code="profile")
    try:
        return Profile.model_validate(loaded.data), loaded
    except ValidationError as e:
        raise ProfileError(problems_from_validation(e, loaded, Profile, code="profile")) from None


def walk_inputs(paths: list[str | Path]) -> list[Path]:
    """The files given, and every YAML file under the directories given (with every profile workbook and
    every spreadsheet there that has the flat template's header row: load/spreadsheet.py), in a stable order."""
    from .spreadsheet import looks_like_units

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
    from .activity import is_activity_record

    named = {Path(p) for p in paths if not Path(p).is_dir()}
    return [f for f in walk_inputs(paths) if f in named or not is_activity_record(f)]


def try_load_profile(path: Path, cache=None) -> tuple[Profile | None, Loaded | None, InputError | None]:
    """``cache``: a ``load.cache.ProfileCache`` to read validated profiles from, and to add to."""
    try:
        return *(cache.load(path) if cache is not None else load_profile_located(path)), None
    except InputError as e:
        return None, None, e


def dump_profile(profile: Profile) -> str:
    """A profile as YAML that loads back to the same profile (fields left unknown stay out)."""
    data = profile.model_dump(mode="json", by_alias=True, exclude_none=True)
    return dump_yaml(data)
