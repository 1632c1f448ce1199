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
    return profile_of(load_yaml(path), path)


def profile_of(loaded: Loaded, path: str | Path) -> tuple[Profile, Loaded]:
    """The profile a loaded YAML file holds (``load_profile_located`` once the file is read)."""
    schema = loaded.data.get("schema") if isinstance(loaded.data, dict) else None
    if isinstance(schema, str) and schema.startswith("qcdc-activity/"):
        raise ProfileError.at("this is a steering committee's activity record, not a unit profile",
                              file=str(path), line=loaded.locate(("schema",)).line,
                              hint="`qcdc-check annex` and `qcdc-check scorecard` read it", code="profile")
    try:
        return Profile.model_validate(loaded.data), loaded
    except ValidationError as e:
        raise ProfileError(problems_from_validation(e, loaded, Profile, code="profile")) from None


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
