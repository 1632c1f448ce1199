"""A cache of validated profiles, for runs over many units that read the same files again (a steering
committee's scorecard each month, the ministry's over a whole country).

An entry is the profile as JSON, named by the SHA-256 of the file's bytes and of what reads them (this
package's version, the profile schema and the profile model's JSON schema): a changed file, a new version
of the tool or of the model is a new key, never a stale answer. An entry is read back through the profile
model (pydantic's JSON validation), so it is data, never code, and a damaged or foreign entry is a miss.
Positions in the YAML are not cached: they are only needed to point at a line (a gap report's evidence,
an error), and a hit gives a locator that reads them from the file when first asked.

The directory is ``QCDC_CACHE_DIR`` if set (empty: no cache), else the user's cache directory
(platformdirs: ``~/.cache/qcdc-rules`` on Linux, ``%LOCALAPPDATA%\\qcdc-rules`` on Windows)."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from .. import __version__
from ..errors import Location
from ..model.profile import PROFILE_SCHEMA, Profile
from .profile import load_profile_located, profile_of
from .yaml_loader import Loaded, load_yaml_text


@functools.lru_cache(maxsize=1)
def _salt() -> bytes:
    schema = json.dumps(Profile.model_json_schema(by_alias=True), sort_keys=True)
    return f"{__version__}\0{PROFILE_SCHEMA}\0{hashlib.sha256(schema.encode()).hexdigest()}\0".encode()


def cache_root() -> Path | None:
    """The folder every cache of this user lives under (profiles here, compiled rulesets in
    load.book_cache): ``QCDC_CACHE_DIR`` if set, None when it is set empty, else the user's cache directory."""
    env = os.environ.get("QCDC_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("qcdc-rules", appauthor=False))


def default_directory() -> Path | None:
    """Where the profile cache lives for this user, or None when ``QCDC_CACHE_DIR`` is set empty."""
    root = cache_root()
    if root is None or os.environ.get("QCDC_CACHE_DIR") is not None:
        return root  # a folder named by the environment holds the profiles' entries itself, as before
    return root / "profiles"


class LazyLoaded:
    """Stands for a profile's ``Loaded`` on a cache hit: reads the file's positions when first asked."""

    def __init__(self, path: Path):
        self.path = path
        self._loaded: Loaded | None = None

    def locate(self, path) -> Location:
        if self._loaded is None:
            self._loaded = load_profile_located(self.path)[1]
        return self._loaded.locate(path)


class ProfileCache:
    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.hits = self.misses = 0

    def _entry(self, raw: bytes) -> Path:
        key = hashlib.sha256(_salt() + raw).hexdigest()
        return self.directory / key[:2] / f"{key}.json"

    def load(self, path: str | Path) -> tuple[Profile, Loaded | LazyLoaded]:
        """The profile at ``path`` and where its values were written; raises as ``load_profile_located``."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError:
            return load_profile_located(path)  # the loader says what is wrong with the file
        entry = self._entry(raw)
        try:
            profile = Profile.model_validate_json(entry.read_bytes())
        except (OSError, ValidationError, ValueError):
            pass  # not there, or damaged, or from elsewhere: read the file
        else:
            self.hits += 1
            return profile, LazyLoaded(path)
        self.misses += 1
        profile, loaded = profile_of(load_yaml_text(raw, str(path)), path)  # the bytes already read
        self._store(entry, profile.model_dump_json(by_alias=True, exclude_unset=True))
        return profile, loaded

    def _store(self, entry: Path, text: str) -> None:
        write_entry(entry, text.encode("utf-8"))


def write_entry(entry: Path, data: bytes) -> None:
    """A cache entry, whole or not at all: written beside, then renamed. A cache that cannot be
    written is no cache, not a failure."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=entry.suffix)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
