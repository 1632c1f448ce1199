"""Rulesets kept on disk once loaded, parsed, type-checked and compiled, so that checking one unit
does not read, validate and compile 260 rules again (about 1.2 s of a 2.3 s ``qcdc-check check``).

An entry is keyed by the SHA-256 of every file under the ruleset's folder (names and bytes), of the
folder's resolved path (the loaded rules point at their files and lines, for reports and errors),
and of the tool that made it: this package's version, ``BOOK_SCHEMA`` (raised when the loaded form
changes shape) and the name, size and modification time of every file of the package (an edited
checkout is a new key even when its version is not). A changed rule, parameter or text, another
folder, another tool: another key, never a stale answer. Only a ruleset that loaded is stored; one
with problems is loaded from its files every time, so ``check``, ``validate`` and ``test`` report
its problems exactly as before.

**Why pickle, and whom it trusts.** A loaded ruleset is a graph of pydantic models, syntax trees whose
nodes carry their types, and locations; JSON would need a reader and a writer for every node class,
which would be a second loader to keep in step with the first, and the point is not to validate
again. Unpickling can run code, so an entry is only read from the user's own cache folder (the
one the profile cache uses, ``load.cache.cache_root``: ``QCDC_CACHE_DIR``, else the user's cache
directory), which only that user can write; anyone who can write there can already replace the
user's programs. The tool never reads an entry from elsewhere, and never one it did not write
itself: an entry opens with a magic line and the key it was stored under, then the SHA-256 of the
pickled bytes; a file whose header, key or digest does not match, or that does not unpickle into a
``Ruleset``, is a miss and is written again (atomically: beside, then renamed, whole or not at all).

Beside the rulesets, ``<key>.patterns`` keeps what the conditions of a rule book compiled to
(engine.compile.PatternStore: single-fact patterns by the fingerprint of each bound condition). Most
conditions read a parameter or a period, so they are bound, and compiled, for the dates a run
checks; a later run on a date seen before compiles nothing (a one-unit check's plan 0.2 s →
about 0.05 s). ``check_files`` saves what a run added (``save_patterns``), in the same format and
under the same checks as a ruleset's entry.

durable-rules programs are not stored: they are compiled from a plan's predicates, which depend on
the as-of date, and building one takes about 30 ms (engine/durable.py)."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from ..collector import collector_off
from ..engine import compile as _compile
from ..engine.rulebook import Ruleset
from ..lang.ast import walk
from ..legal.citations import register_instruments
from .cache import cache_root, package_files, write_entry

BOOK_SCHEMA = "1"  # raise when Ruleset, ParsedRule, the syntax tree or what they hold change shape
_MAGIC = b"qcdc-rules compiled ruleset\n"
_salt: bytes | None = None


def _tool_salt() -> bytes:
    """The version and every file of the package by name, size and time of change: the code that
    made and that reads an entry."""
    global _salt
    if _salt is None:
        h = hashlib.sha256(f"{__version__}\0{BOOK_SCHEMA}\0".encode())
        for name, size, mtime in package_files():
            h.update(f"{name}\0{size}\0{mtime}\0".encode())
        _salt = h.digest()
    return _salt


def _files(root: Path) -> list[Path]:
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "__pycache__"]
        out.extend(Path(dirpath) / f for f in filenames if not f.startswith(".") and not f.endswith(".pyc"))
    return out


def ruleset_key(root: str | Path) -> str:
    """The key of the ruleset at ``root`` as it is now: every file's name and bytes, the folder, the tool."""
    given = Path(root)
    root = given.resolve()
    h = hashlib.sha256(_tool_salt())
    # the folder as written too: the loaded rules' locations say it as the caller wrote it
    h.update(f"{given}\0{root}\0".encode())
    for path in sorted(_files(root)):
        data = path.read_bytes()
        h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def default_directory() -> Path | None:
    """Where compiled rulesets are kept: ``rulesets/`` in the cache root; None when caching is off."""
    root = cache_root()
    return root / "rulesets" if root is not None else None


class BookCache:
    """Loaded rulesets on disk. ``load(root, build)`` gives the stored one, or builds, stores and gives it."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.hits = self.misses = 0

    def entry(self, key: str) -> Path:
        return self.directory / f"{key}.pickle"

    def load(self, root: str | Path, build: Callable[[], Ruleset]) -> Ruleset:
        """``build()`` raises as loading does (a broken ruleset is never stored)."""
        try:
            key = ruleset_key(root)
        except OSError:
            return build()  # a file that cannot be read: the loader says which
        ruleset = self._read(key)
        if ruleset is not None:
            self.hits += 1
            ruleset.cache_key = key
            return ruleset
        self.misses += 1
        ruleset = build()
        share_equal_patterns(ruleset)
        self._write(self.entry(key), key, ruleset)
        ruleset.cache_key = key
        return ruleset

    def _read(self, key: str) -> Ruleset | None:
        stored = _unpickle(self.entry(key), key)
        if not isinstance(stored, Ruleset):
            return None
        if stored.instruments_data is not None:
            # loading registers the province's own legal texts with the citations: do it again
            if register_instruments(stored.instruments_data, stored.root / "texts"):
                return None  # refused now: loaded from the files, which say why
        return stored

    def _write(self, entry: Path, key: str, value: object) -> None:
        """Whole or not at all: written beside, then renamed. A cache that cannot be written is no cache."""
        try:
            body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - something in it does not pickle: no entry, not a failure
            return
        write_entry(entry, _MAGIC + key.encode() + b"\n" + hashlib.sha256(body).digest() + body)

    # -- compiled patterns ---------------------------------------------------------------------
    def open_patterns(self, rulesets: list[Ruleset]) -> _compile.PatternStore | None:
        """What the conditions of these rulesets, applied together, compiled to in earlier runs
        (engine.compile.PatternStore), from now on compiled through; None if a ruleset was not
        loaded through the cache. ``save_patterns`` keeps what this run adds."""
        keys = [rs.cache_key for rs in rulesets]
        if not keys or None in keys:
            return None
        key = hashlib.sha256("\0".join(keys).encode()).hexdigest()
        known = _unpickle(self._patterns_entry(key), key)
        store = _compile.PatternStore(known if isinstance(known, dict) else None)
        _compile.use_store(store)
        global _opened
        _opened = (self, key, store)
        return store

    def _patterns_entry(self, key: str) -> Path:
        return self.directory / f"{key}.patterns"


_opened: tuple[BookCache, str, _compile.PatternStore] | None = None


def share_equal_patterns(ruleset: Ruleset) -> None:
    """Make equal patterns one object: what each condition of the ruleset compiled to (the syntax
    trees' ``_true_false``, engine.compile.true_false) names the same tests again and again (7,635
    of them in the national ruleset, 812 distinct; 4,000 conjunctions, 720 distinct), and pickle
    stores an object once however often it is named. The entry is a tenth smaller and reads back a
    fifth faster. Patterns are immutable (frozen atoms in frozensets in tuples), so sharing them
    changes nothing else."""
    atoms: dict = {}
    conjunctions: dict = {}
    dnfs: dict = {}

    def dnf(alternatives: tuple) -> tuple:
        shared = []
        for conj in alternatives:
            key = frozenset(atoms.setdefault(a, a) for a in conj)
            shared.append(conjunctions.setdefault(key, key))
        key = tuple(shared)
        return dnfs.setdefault(key, key)

    roots = [r.done for r in ruleset.rules]
    roots += [c.node for r in ruleset.rules for v in r.versions for c in (*v.applies_if, *v.requires)]
    roots += [n for t in ruleset.targets for n in (getattr(t, "where", None), getattr(t, "numerator", None))]
    for root in roots:
        if root is None:
            continue
        for node in walk(root):
            memo = node.__dict__.get("_true_false")
            if memo:
                for ctx, (true, false) in memo.items():
                    memo[ctx] = (dnf(true), dnf(false))


def save_patterns() -> None:
    """Keep what this run compiled that the store of the last rule book opened did not hold yet."""
    if _opened is None:
        return
    cache, key, store = _opened
    if not store.added:
        return
    if len(store.known) <= MAX_PATTERNS:
        kept = store.known
    elif len(store.used) <= MAX_PATTERNS:  # too many dates for one file: what this run used
        kept = {k: store.known[k] for k in store.used if k in store.known}
    else:
        return  # a run over many dates: its patterns would cost more to read back than to compile
    cache._write(cache._patterns_entry(key), key, kept)
    store.added = 0


# About 200 bytes each, read back at about 30 µs each (1,690 in 50 ms on a busy machine), where
# compiling the 300 a one-unit check needs takes 150 ms: a file of every date a national run met
# would cost more to read back than it saves.
MAX_PATTERNS = 2_000


def _unpickle(entry: Path, key: str) -> object:
    """The value stored under ``key`` at ``entry``, or None: missing, damaged, cut short, or not ours."""
    try:
        raw = entry.read_bytes()
    except OSError:
        return None
    header = _MAGIC + key.encode() + b"\n"
    body = raw[len(header) + 32:]
    if not raw.startswith(header) or raw[len(header):len(header) + 32] != hashlib.sha256(body).digest():
        return None
    # A rule book unpickles into some 70,000 objects, nearly all of them containers: with the
    # collector on, the allocations set off collection after collection over a heap that only
    # grows, and reading it back took twice as long (about 90 ms instead of 45). Nothing in it
    # is garbage yet, so nothing is lost by collecting after.
    try:
        with collector_off():
            return pickle.loads(body)
    except Exception:  # noqa: BLE001 - an entry of an older tool: a miss
        return None


def default_cache() -> BookCache | None:
    directory = default_directory()
    return BookCache(directory) if directory is not None else None
