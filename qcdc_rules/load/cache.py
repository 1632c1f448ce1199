"""A cache of validated profiles, for runs over many units that read the same files again (a steering
committee's scorecard each month, the ministry's over a whole country).

An entry is the profile as JSON, named by the SHA-256 of the file's bytes and of what reads them (this
package's version, the profile schema, pydantic's version, and the name, size and time of change of every
Python file of the package): a changed file, a new version of the tool, of the model or of pydantic is a
new key, never a stale answer. (The key once hashed the model's JSON schema instead: making it took 50 ms
of every process, as long as reading the profile.) An entry is read back through the profile model
(pydantic's JSON validation), so it is data, never code, and a damaged or foreign entry is a miss.

Positions in the YAML are only needed to point at a line (a gap report's evidence, an error). A scorecard
does not keep them: a hit gives a locator that reads them from the file when first asked. A cache made with
``positions=True`` (``qcdc-check check``, whose report points at lines) keeps them beside the entry, as
JSON (``<key>.where``): a hit then reads neither the YAML nor the positions again.

The directory is ``QCDC_CACHE_DIR`` if set (empty: no cache), else the user's cache directory
(platformdirs: ``~/.cache/qcdc-rules`` on Linux, ``%LOCALAPPDATA%\\qcdc-rules`` on Windows)."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from pydantic import VERSION as PYDANTIC_VERSION
from pydantic import ValidationError

from .. import __version__
from ..errors import Location
from ..model.profile import PROFILE_SCHEMA, Profile
from .profile import load_profile_located, profile_of
from .yaml_loader import Loaded, load_yaml_text


_PACKAGE = Path(__file__).resolve().parents[1]


@functools.lru_cache(maxsize=1)
def package_files() -> tuple[tuple[str, int, int], ...]:
    """Every file of the package (its bytecode left out) as (path in the package, size, time of change),
    in order: the code, and the data it ships, that make and read the caches' entries. Read once a process."""
    out = []
    for dirpath, dirnames, filenames in os.walk(_PACKAGE):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "__pycache__"]
        for name in filenames:
            if not name.startswith(".") and not name.endswith(".pyc"):
                path = Path(dirpath) / name
                st = path.stat()
                out.append((path.relative_to(_PACKAGE).as_posix(), st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


@functools.lru_cache(maxsize=1)
def _salt() -> bytes:
    h = hashlib.sha256(f"{__version__}\0{PROFILE_SCHEMA}\0{PYDANTIC_VERSION}\0".encode())
    for name, size, mtime in package_files():
        if name.endswith(".py"):  # the code; a changed rule or legal text reads profiles as before
            h.update(f"{name}\0{size}\0{mtime}\0".encode())
    return h.digest()


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


class KeptPositions:
    """Stands for a profile's ``Loaded`` on a hit whose positions were kept (``ProfileCache(positions=True)``)."""

    def __init__(self, file: str, values: dict[tuple, tuple[int, int]], keys: dict[tuple, tuple[int, int]]):
        self._loaded = Loaded(data={}, file=file, text="", _values=values, _keys=keys)

    def locate(self, path) -> Location:
        return self._loaded.locate(path)

    def locate_key(self, path) -> Location:
        return self._loaded.locate_key(path)


def _positions_json(loaded: Loaded) -> bytes:
    return json.dumps({"values": [[list(p), *pos] for p, pos in loaded._values.items()],
                       "keys": [[list(p), *pos] for p, pos in loaded._keys.items()]},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _positions_of(raw: bytes) -> tuple[dict, dict]:
    """The positions ``_positions_json`` wrote; raises ValueError (or KeyError, TypeError) on anything else."""
    data = json.loads(raw)

    def table(rows) -> dict[tuple, tuple[int, int]]:
        out = {}
        for path, line, column in rows:
            if not (isinstance(path, list) and type(line) is int and type(column) is int):
                raise ValueError("not a position")
            out[tuple(path)] = (line, column)
        return out

    return table(data["values"]), table(data["keys"])


class ProfileCache:
    def __init__(self, directory: str | Path, positions: bool = False):
        self.directory = Path(directory)
        self.positions = positions  # keep where each value was written, for reports that point at lines
        self.hits = self.misses = 0

    def _entry(self, raw: bytes) -> Path:
        key = hashlib.sha256(_salt() + raw).hexdigest()
        return self.directory / key[:2] / f"{key}.json"

    def load(self, path: str | Path) -> tuple[Profile, Loaded | LazyLoaded | KeptPositions]:
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
            if not self.positions:
                return profile, LazyLoaded(path)
            where = entry.with_suffix(".where")
            try:
                return profile, KeptPositions(str(path), *_positions_of(where.read_bytes()))
            except (OSError, ValueError, KeyError, TypeError):  # not kept (a scorecard's entry), or damaged
                loaded = load_yaml_text(raw, str(path))
                write_entry(where, _positions_json(loaded))
                return profile, loaded
        self.misses += 1
        profile, loaded = profile_of(load_yaml_text(raw, str(path)), path)  # the bytes already read
        self._store(entry, profile.model_dump_json(by_alias=True, exclude_unset=True))
        if self.positions:
            write_entry(entry.with_suffix(".where"), _positions_json(loaded))
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
