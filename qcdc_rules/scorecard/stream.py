"""A scorecard over many units in flat memory: workers send a compact row per unit, the parent
folds each row into the aggregates as it arrives and spools the row to a temporary file.

What the parent holds grows with areas × rules, not with units:

- the area tree's counts (one Counter per area), the unit types', every rule's verdict counts
  and its title, each target's figures per area;
- the rows themselves go to a temporary SQLite file (``UnitSpool``), each with the keys of
  the orders the outputs list units in (by area and name for the JSON; by score for the
  ranking), encoded as bytes that sort as the Python keys do, so SQLite sorts them on disk;
- the history database (``--db``) is written row by row as chunks arrive, in one transaction.

``aggregate.build_scorecard`` over a ``Report`` is the reference this is held to (the same
JSON, CSV, text, page and workbook: tests/scorecard/test_streaming.py)."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import jsontext
from ..collation import sort_key
from ..legal.citations import format_citation
from ..model.common import Localized
from ..model.target import Target
from ..model.verdict import LoadFailure, UnitReport, Verdict, score_of
from .aggregate import RuleRow, Scorecard, TypeRow, unit_rows
from .targets import TargetFigure, TargetResult, _figure


# ---------------------------------------------------------------------------------------
# Keys that sort as bytes the way collation.sort_key sorts in Python.
def _points(values: Iterable[int]) -> bytes:
    """Non-negative ints below 2**24 - 1, 3 bytes each (+1), then a zero terminator: a shorter
    sequence that is a prefix of a longer one sorts first, as tuples do."""
    return b"".join((v + 1).to_bytes(3, "big") for v in values) + b"\0\0\0"


def encode_key(text: str) -> bytes:
    """``collation.sort_key(text)`` as bytes: ``a < b`` exactly when ``key(a) < key(b)``."""
    primary, tones, raw = sort_key(text)
    return (_points((cat + 1) * 0x110000 + rank for cat, rank in primary) + _points(tones)
            + _points(ord(c) for c in raw))


def encode_path(names: list[str]) -> bytes:
    """A list of names as ``[sort_key(n) for n in names]`` sorts."""
    return b"".join(b"\1" + encode_key(n) for n in names) + b"\0"


# ---------------------------------------------------------------------------------------
# The worker's side: a unit's report as a compact row.
@dataclass(slots=True)
class Row:
    """What the parent needs of one unit: the fold's inputs and the unit's JSON entry."""

    id: str
    name: str
    type: str
    path: list[str]
    levels: list[str]
    as_of: str
    counts: dict[str, int]
    verdicts: dict[str, str]
    measures: list[tuple[str, int, int, int]]  # target, numerator, denominator, unknown
    rulesets: str  # name@version of each ruleset applied, joined by '+' (the history's key)
    score: float | None
    text: str  # the unit's entry of the JSON "units" list, indented as at depth 0
    area_key: bytes
    name_key: bytes


def row_of(u: UnitReport) -> Row:
    """The compact row of an own-type unit report (``Evaluator.evaluate(own_type_only=True)``), slim or
    not: the row takes from its findings only what ``slim`` keeps."""
    r = unit_rows_one(u)
    data = r.model_dump(mode="json")
    return Row(id=r.id, name=r.name, type=r.type, path=r.path, levels=r.levels, as_of=r.as_of, counts=r.counts,
               verdicts=r.verdicts, measures=[(m.target, m.numerator, m.denominator, m.unknown) for m in r.measures],
               rulesets="+".join(f"{x['name']}@{x['version']}" for x in u.rulesets), score=r.score.value,
               text=jsontext.dumps(data),
               area_key=encode_path(r.path), name_key=encode_key(r.name))


def unit_rows_one(u: UnitReport):
    from ..model.verdict import Report

    return unit_rows(Report(units=[u], failures=[]))[0]


def rule_meta(units: list[UnitReport]) -> dict[str, tuple[dict, str, bool]]:
    """The title, severity and advisory flag of each rule, as its first finding here says."""
    from .aggregate import other_type

    meta: dict[str, tuple[dict, str, bool]] = {}
    for u in units:
        for f in u.findings:
            if f.rule not in meta and not other_type(f):
                meta[f.rule] = (f.title.model_dump(mode="json"), f.severity, f.advisory)
    return meta


# ---------------------------------------------------------------------------------------
# The parent's side: the spool of rows, and the fold.
class UnitSpool:
    """The units' rows in a temporary SQLite file, read back in the orders the outputs need."""

    def __init__(self, directory: str | None = None):
        self._dir = tempfile.TemporaryDirectory(prefix="qcdc-scorecard-", dir=directory)
        self._db = sqlite3.connect(os.path.join(self._dir.name, "units.db"))
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA temp_store=FILE")
        self._db.execute("CREATE TABLE units (seq INTEGER PRIMARY KEY, area BLOB, name BLOB, id TEXT, "
                         "score REAL, json TEXT)")
        self.count = 0

    def add(self, rows: list[Row]) -> None:
        self._db.executemany("INSERT INTO units VALUES (?,?,?,?,?,?)", [
            (self.count + i, r.area_key, r.name_key, r.id, 2.0 if r.score is None else r.score, r.text)
            for i, r in enumerate(rows)])
        self.count += len(rows)

    def __len__(self) -> int:
        return self.count

    def _texts(self, order: str) -> Iterator[str]:
        for (text,) in self._db.execute(f"SELECT json FROM units ORDER BY {order}"):  # noqa: S608 - fixed orders
            yield text

    def texts_in_order(self) -> Iterator[str]:
        """The JSON entries by area, then name, then id (as ``aggregate.unit_rows`` sorts)."""
        return self._texts("area, name, id, seq")

    def ranked(self) -> Iterator[dict]:
        """Lowest score first, then by name and id (the units view)."""
        return map(json.loads, self._texts("score, name, id, seq"))

    def ranked_by_id(self) -> Iterator[dict]:
        """Lowest score first, then by id (the page's table)."""
        return map(json.loads, self._texts("score, id, seq"))

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()


class Spool:
    """Objects kept in a temporary file instead of memory, read back in the order they came, as often
    as asked: what the parent would otherwise hold for every unit until the end (the annex's facts of
    each profile, ~1.5 KB a unit as objects). Each chunk is pickled by this process and read back only
    by it, from a file only its user can open that no one else names (``tempfile.TemporaryFile``)."""

    def __init__(self, directory: str | None = None):
        self._file = tempfile.TemporaryFile(prefix="qcdc-spool-", dir=directory)
        self._chunks: list[tuple[int, int]] = []  # (offset, length) of each pickled chunk
        self._end = 0
        self.count = 0

    def extend(self, items: list) -> None:
        if not items:
            return
        data = pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(data)
        self._chunks.append((self._end, len(data)))
        self._end += len(data)
        self.count += len(items)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator:
        self._file.flush()
        fd = self._file.fileno()
        for offset, length in self._chunks:  # pread: two readers never move each other's place
            yield from pickle.loads(os.pread(fd, length, offset))  # noqa: S301 - our own file, see above

    def close(self) -> None:
        self._file.close()


class _Node:
    """An area as the fold counts it; at the end, read as ``aggregate.AreaNode`` is (the same
    attributes) without a pydantic model per area: a national population has an area per village."""

    __slots__ = ("level", "name", "units", "counts", "children", "path", "score")

    def __init__(self, level: str, name: str):
        self.level, self.name, self.units, self.counts, self.children = level, name, 0, Counter(), {}

    def as_json(self) -> dict:
        return {"counts": self.counts, "level": self.level, "name": self.name, "path": self.path,
                "score": self.score.model_dump(mode="json"), "units": self.units}


@dataclass
class Streamed:
    """A scorecard whose units are spooled: ``card`` has every view but ``units`` (empty);
    ``units`` reads them back. ``met``/``scored``: the units' scores added up."""

    card: Scorecard
    units: UnitSpool
    met: int
    scored: int
    types_seen: list[str]
    latest_as_of: str | None
    failures: list[LoadFailure] = field(default_factory=list)
    target_areas: list[dict] = field(default_factory=list)  # per target: area path -> [num, den, unknown]
    goals: list = field(default_factory=list)

    def target_figures(self, i: int) -> Iterator[dict]:
        """Target ``i``'s figure of each area, by path: its JSON ``areas`` (``AreaFigure``)."""
        for path, (num, den, unknown) in sorted(self.target_areas[i].items()):
            yield {"path": list(path), **_figure(num, den, self.goals[i], unknown)}

    def close(self) -> None:
        self.units.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class Fold:
    """Folds rows into the scorecard's aggregates as they arrive, in the files' order."""

    def __init__(self, targets: list[Target] = (), db: str | Path | None = None, spool_dir: str | None = None):
        self.targets = list(targets)
        self.roots: dict[str, _Node] = {}
        self.types: dict[str, Counter] = {}
        self.type_units: Counter = Counter()
        self.rules: dict[str, Counter] = {}
        self.meta: dict[str, tuple[dict, str, bool]] = {}
        self.target_areas = [defaultdict(lambda: [0, 0, 0]) for _ in self.targets]
        self.target_totals = [[0, 0, 0] for _ in self.targets]
        self._target_types = [{t.value for t in target.applies_to} for target in self.targets]
        self.met = self.scored = 0
        self.latest: str | None = None
        self.failures: list[LoadFailure] = []
        self.spool = UnitSpool(spool_dir)
        self._history = None
        if db is not None:
            from .history import SCHEMA

            self._history = sqlite3.connect(db)
            self._history.execute(SCHEMA)

    def add(self, rows: list[Row], failures: list[LoadFailure], meta: dict) -> None:
        for rule, m in meta.items():
            self.meta.setdefault(rule, m)
        self.failures.extend(failures)
        for r in rows:
            self._row(r)
        self.spool.add(rows)
        if self._history is not None:
            self._store(rows)

    def _row(self, r: Row) -> None:
        level = self.roots
        for name, lv in zip(r.path, r.levels):
            node = level.get(name)
            if node is None:
                node = level[name] = _Node(lv, name)
            node.units += 1
            node.counts.update(r.counts)
            level = node.children
        self.types.setdefault(r.type, Counter()).update(r.counts)
        self.type_units[r.type] += 1
        for rule, verdict in r.verdicts.items():
            self.rules.setdefault(rule, Counter())[verdict] += 1
        s = score_of(r.counts)
        self.met += s.numerator
        self.scored += s.denominator
        if self.latest is None or r.as_of > self.latest:
            self.latest = r.as_of
        for i, target in enumerate(self.targets):
            if r.type not in self._target_types[i]:
                continue
            m = target.measure
            if m.share_met:
                verdict = r.verdicts.get(m.share_met)
                if verdict is None or verdict in (Verdict.not_applicable.value, Verdict.waived.value):
                    continue
                part = (int(verdict == Verdict.met.value), 1, 0)
            else:
                part = next(((n, d, u) for t, n, d, u in r.measures if t == target.id), None)
                if part is None:
                    continue
            for k in range(3):
                self.target_totals[i][k] += part[k]
            areas = self.target_areas[i]
            for depth in range(1, len(r.path) + 1):
                acc = areas[tuple(r.path[:depth])]
                for k in range(3):
                    acc[k] += part[k]

    def _store(self, rows: list[Row]) -> None:
        from .history import AREA_SEPARATOR

        self._history.executemany("INSERT OR REPLACE INTO results VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
            (r.id, r.name, r.type, AREA_SEPARATOR.join(r.path), AREA_SEPARATOR.join(r.levels), rule, r.rulesets,
             r.as_of, verdict, self.meta[rule][1], int(self.meta[rule][2]))
            for r in rows for rule, verdict in r.verdicts.items()])

    def finish(self) -> Streamed:
        if self._history is not None:
            self._history.commit()
            self._history.close()
            self._history = None
        # built without validation: the areas are the fold's own nodes, the targets' per-area figures
        # stay in the fold's dicts (``Streamed.target_areas``), written out by ``render.write_json``
        card = Scorecard.model_construct(
            schema_version=1, units=[], areas=self._areas(self.roots, []), rules=self._rules(),
            types=[TypeRow(type=t, units=self.type_units[t], score=score_of(c), counts=dict(sorted(c.items())))
                   for t, c in sorted(self.types.items())],
            targets=self._targets(), failures=[f.model_dump(mode="json") for f in self.failures])
        return Streamed(card=card, units=self.spool, met=self.met, scored=self.scored,
                        types_seen=sorted(self.types), latest_as_of=self.latest, failures=self.failures,
                        target_areas=self.target_areas, goals=[t.goal for t in self.targets])

    def _areas(self, level: dict[str, _Node], above: list[str]) -> list[_Node]:
        nodes = list(level.values())
        for node in nodes:
            node.path = [*above, node.name]
            node.score = score_of(node.counts)
            node.counts = dict(sorted(node.counts.items()))
            node.children = self._areas(node.children, node.path)
        nodes.sort(key=lambda n: sort_key(n.name))
        return nodes

    def _rules(self) -> list[RuleRow]:
        rows = []
        for rule, counts in self.rules.items():
            title, severity, advisory = self.meta[rule]
            rows.append(RuleRow(rule=rule, title=Localized(**title), severity=severity, advisory=advisory,
                                applicable=sum(n for v, n in counts.items() if v != Verdict.not_applicable.value),
                                counts=dict(sorted(counts.items())), score=score_of(counts)))
        return sorted(rows, key=lambda r: r.rule)

    def _targets(self) -> list[TargetResult]:
        results = []
        for i, target in enumerate(self.targets):
            c = target.citation
            total = self.target_totals[i]
            results.append(TargetResult(
                id=target.id, title=target.title, goal=float(target.goal), share_met=target.measure.share_met,
                applies_to=[t.value for t in target.applies_to],
                citation=Localized(vi=format_citation(c.instrument, c.article, c.clause, c.point, "vi"),
                                   en=format_citation(c.instrument, c.article, c.clause, c.point, "en")),
                overall=TargetFigure(**_figure(total[0], total[1], target.goal, total[2])), areas=[]))
        return results
