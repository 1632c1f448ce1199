"""Checking many units: in one process, or in ``jobs`` worker processes (durable-rules
keeps its state per process, so processes, not threads). Results come back in the order
of the files, identical whatever the number of jobs.

- ``check_rows``: the scorecard's path. Each worker sends a compact row per unit
  (``stream.Row``), not its report; at most a few chunks are in flight, so the parent holds
  what it folds (``stream.Fold``), not the units.
- ``check_reports``: full gap reports of many files (``check``, ``calendar``), in order.
- ``check_many`` / ``check_and_extract``: a slim report per unit, all held (the path the
  scorecard took before rows; the reference the streamed scorecard is tested against)."""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from ..check import check_files
from ..engine.evaluate import Evaluator
from ..load.cache import ProfileCache, default_directory
from ..load.inputs import find_profiles
from ..load.ruleset import load_rulebook
from ..model.profile import Profile
from ..model.target import Target
from ..model.verdict import Finding, Report, UnitReport
from .aggregate import other_type
from .stream import Fold, Spool, Streamed, row_of, rule_meta

T = TypeVar("T")
CHUNK = 25  # files per task: large enough to amortise loading the rules in each worker


# Per process: the rules are loaded and their plans compiled once, not per chunk (and
# durable-rules programs, which live as long as the process, are not made again).
_EVALUATORS: dict[tuple, Evaluator] = {}
_CACHES: dict[str, ProfileCache] = {}


def _cache() -> ProfileCache | None:
    directory = default_directory()
    if directory is None:
        return None
    return _CACHES.setdefault(str(directory), ProfileCache(directory))


def _check_chunk(args: tuple) -> tuple[Report, list]:
    files, as_of, province, rulesets, extract = args
    extracted: list = []
    on_profile = (lambda profile, file: extracted.append(extract(profile, file))) if extract else None
    report = check_files(files, as_of=as_of, evaluator=_evaluator(province, rulesets), on_profile=on_profile, own_type_only=True,
                         cache=_cache(), locate=False, details=False)
    report.units = [slim(u) for u in report.units]
    return report, extracted


def slim(unit: UnitReport) -> UnitReport:
    """The unit's report as a scorecard needs it: the verdict of every rule that binds its
    type of unit, and for what is outstanding the checks and periods that failed, without
    the evidence behind each leaf.

    A full report holds ~7,800 objects per unit (every leaf of every condition with the
    items it looked at, and a not-applicable finding for each rule of other unit types):
    1.5 MB, so 1,000 units held 1.7 GB. The gap report of one unit (`qcdc-check FILE`)
    keeps them all; the scorecard shows counts and a drill-down."""
    unit.findings = [_slim_finding(f) for f in unit.findings if not other_type(f)]
    return unit


def _slim_finding(f: Finding) -> Finding:
    keep = f.verdict.outstanding and not f.advisory

    def failed(checks):  # the checks that were not true, without their leaves
        return [c.model_copy(update={"details": []}) for c in checks if c.status != "true"] if keep else []

    return f.model_copy(update={
        "citations": f.citations[:1], "applicability": failed(f.applicability), "checks": failed(f.checks),
        "periods": [p.model_copy(update={"checks": []}) for p in f.periods if p.verdict.outstanding] if keep else [],
    })


def check_many(paths: list[str | Path], *, as_of: dt.date | None = None, province: str | None = None,
               rulesets: list[str | Path] | None = None, jobs: int = 1,
               progress: Callable[[int], None] | None = None) -> Report:
    """Every profile under ``paths``; ``progress(n)`` is told each time n more are done."""
    return check_and_extract(paths, None, as_of=as_of, province=province, rulesets=rulesets, jobs=jobs,
                             progress=progress)[0]


def check_and_extract(paths: list[str | Path], extract: Callable[[Profile, str], T] | None, *,
                      as_of: dt.date | None = None, province: str | None = None,
                      rulesets: list[str | Path] | None = None, jobs: int = 1,
                      progress: Callable[[int], None] | None = None) -> tuple[Report, list[T]]:
    """As ``check_many``, and ``extract(profile, file)`` of every profile that loaded, in order,
    taken while it is loaded for checking (the annex's facts: each file is read once).
    ``extract`` must be a module-level function when ``jobs`` > 1 (it goes to the workers)."""
    files = find_profiles(paths)
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    tasks = [(chunk, as_of, province, list(rulesets or []), extract) for chunk in chunks]
    merged, extracted = Report(units=[], failures=[]), []
    if jobs <= 1 or len(chunks) <= 1:
        for chunk, (part, more) in zip(chunks, map(_check_chunk, tasks)):
            _merge(merged, part, progress, len(chunk))
            extracted += more
        return merged, extracted
    with pool(jobs) as executor:
        for chunk, (part, more) in zip(chunks, executor.map(_check_chunk, tasks)):
            _merge(merged, part, progress, len(chunk))
            extracted += more
    return merged, extracted


def _merge(into: Report, part: Report, progress, n: int) -> None:
    into.units.extend(part.units)
    into.failures.extend(part.failures)
    if progress is not None:
        progress(n)


# ---------------------------------------------------------------------------------------
# Workers that end with their parent, and an ordered window of chunks in flight.
def _die_with_parent(parent: int) -> None:
    """Worker initializer: on Linux, ask to be sent SIGTERM when the parent dies (killed with
    SIGKILL it cannot tell its workers), and leave at once if it is already gone."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still ends them
        pass
    if os.getppid() != parent:
        os._exit(1)


def pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent, initargs=(os.getpid(),))


def ordered(func: Callable, tasks: list, jobs: int, window: int | None = None) -> Iterator:
    """``map(func, tasks)`` in ``jobs`` processes, results in the tasks' order, with at most
    ``window`` (default 2 × jobs) tasks submitted and not yet consumed: the parent never holds
    more than that many chunks' results."""
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(func, tasks)
        return
    window = window or 2 * jobs
    with pool(jobs) as executor:
        pending: deque = deque()
        todo = iter(tasks)
        try:
            for task in todo:
                pending.append(executor.submit(func, task))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for f in pending:
                f.cancel()


def _evaluator(province, rulesets, engine: str = "durable") -> Evaluator:
    key = (province, tuple(map(str, rulesets)), engine)
    if key not in _EVALUATORS:
        _EVALUATORS[key] = Evaluator(load_rulebook(province, rulesets), engine)
    return _EVALUATORS[key]


def _rows_chunk(args: tuple) -> tuple[list, list, dict, list]:
    """A chunk of files checked as the scorecard checks them, each unit sent as a compact row."""
    files, as_of, province, rulesets, extract = args
    extracted: list = []
    on_profile = (lambda profile, file: extracted.append(extract(profile, file))) if extract else None
    report = check_files(files, as_of=as_of, evaluator=_evaluator(province, rulesets), on_profile=on_profile,
                         own_type_only=True, cache=_cache(), locate=False, details=False)
    # A row reads each finding's verdict and, for what is outstanding, the labels of the checks and
    # periods that were not met: what ``slim`` would keep. Slimming first only copied every finding.
    return [row_of(u) for u in report.units], report.failures, rule_meta(report.units), extracted


def check_rows(files: list[Path], extract: Callable[[Profile, str], T] | None = None, *,
               as_of: dt.date | None = None, province: str | None = None,
               rulesets: list[str | Path] | None = None, jobs: int = 1,
               progress: Callable[[int], None] | None = None) -> Iterator[tuple[list, list, dict, list]]:
    """Per chunk of ``files``, in order: its units' rows (``stream.Row``), the files that failed,
    the title, severity and advisory flag of each rule as the chunk's first finding of it says,
    and ``extract(profile, file)`` of each profile (a module-level function when ``jobs`` > 1)."""
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    tasks = [(chunk, as_of, province, list(rulesets or []), extract) for chunk in chunks]
    for chunk, result in zip(chunks, ordered(_rows_chunk, tasks, jobs)):
        if progress is not None:
            progress(len(chunk))
        yield result


def _reports_chunk(args: tuple) -> Report:
    files, options = args
    options = dict(options)
    evaluator = _evaluator(options.pop("province"), options.pop("rulesets"), options.pop("engine"))
    return check_files(files, evaluator=evaluator, **options)


def check_reports(paths: list[str | Path], *, jobs: int = 1, province: str | None = None,
                  rulesets: list[str | Path] | None = None, engine: str = "durable", **options) -> Report:
    """``check.check_files`` of ``paths`` in ``jobs`` processes: the same full reports, in the
    files' order. A handful of files (one chunk) is checked here, with no process started."""
    files = find_profiles(paths)
    if jobs <= 1 or len(files) <= CHUNK:
        return check_files(files, province=province, rulesets=rulesets, engine=engine, **options)
    load_rulebook(province, rulesets)  # a ruleset's error is raised here, not in a worker
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    common = {**options, "province": province, "rulesets": list(rulesets or []), "engine": engine}
    merged = Report(units=[], failures=[])
    for part in ordered(_reports_chunk, [(chunk, common) for chunk in chunks], jobs):
        _merge(merged, part, None, 0)
    return merged


def score_many(files: list[Path], *, targets: list[Target] = (), db: str | Path | None = None,
               extract: Callable | None = None, spool_dir: str | None = None, **check) -> tuple[Streamed, Spool]:
    """Every profile of ``files`` checked (``check_rows``) and folded as it arrives (``stream.Fold``):
    the streamed scorecard, and ``extract(profile, file)`` of each profile (the annex's facts), in the
    files' order, kept in a temporary file (``stream.Spool``: iterate it; closed with the process)."""
    fold = Fold(targets, db, spool_dir)
    extracted = Spool(spool_dir)
    try:
        for rows, failures, meta, more in check_rows(files, extract, **check):
            fold.add(rows, failures, meta)
            extracted.extend(more)
    except BaseException:
        fold.spool.close()
        extracted.close()
        raise
    return fold.finish(), extracted
