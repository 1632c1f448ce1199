"""The durable-rules matcher, and everything the engine does to keep durable-rules safe.

durable-rules 2.0.28 keeps state in its C core, per process, and has hard limits. Seen
here, and guarded below (tests/engine/test_durable_limits.py proves each guard):

- more than 64 alpha nodes matching one fact at once fails with error 303, and the
  ruleset may crash the process afterwards → rules are split into shards whose total
  number of tests stays under ``MAX_SHARD_ATOMS``;
- a ruleset of 512 or more rules never finishes compiling → same shards;
- a fact of 254 or more properties fails with error 302 → facts are refused above
  ``MAX_FACT_PROPERTIES`` before they reach the C core;
- 1,024 live sessions end in MemoryError → every evaluation deletes its session, in
  ``finally``, and uses the same session id;
- joins and ``$not`` give wrong answers or crash → patterns are single-fact (patterns.py);
- arithmetic that reads a missing field computes as if it were there (b + 1 with no b),
  and integers divide as in C (1 / 2 == 0) → patterns guard every field they read, and
  divide by floats;
- a batch in which some fact matches no rule leaves the session's action context
  uninitialised, and deleting that session then frees garbage pointers: the process aborts
  or segfaults at random (valgrind shows the uninitialised reads in deleteStateNode) →
  every shard holds one fact type and a rule that matches every fact of that type, so
  every fact is handled, and every action is drained before the session is deleted.

We talk to the C module directly rather than through ``durable.lang``/``durable.engine``:
the Python host starts timer threads that would dispatch actions behind our back, and
routes every match through closures we do not need. Facts, never events, are asserted,
so a fact is matched by every rule, not consumed by the first."""

from __future__ import annotations

import itertools
import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field

import durable_rules_engine as _dre

from ..errors import EngineError, EngineLimitError
from .compile import PredTable
from .facts import FactSet
from .matchers import Matches
from .patterns import dr_conjunction

MAX_SHARD_ATOMS = 40
MAX_SHARD_RULES = 200
MAX_FACT_PROPERTIES = 60
SESSION = "0"  # the C core's default session id; deleted after every evaluation
_ANY = "any"  # the rule in each shard that matches every fact of its type
# Each rule hands over all its matches in a session as one action (durable-rules' ``cap``): one
# message per rule and session instead of one per matched fact. Above the facts a session holds.
CAP = 1_000_000

_names = itertools.count()


@dataclass
class _Shard:
    handle: int
    fact_types: tuple[str, ...]
    rules: dict[str, tuple[int, bool]]  # durable rule name -> (predicate id, true-pattern?)
    atoms: int  # tests in the shard's alpha network, its 'any' rule included


@dataclass
class DurableProgram:
    """A plan's predicates as durable-rules rulesets. Built once, freed by ``close``."""

    shards: list[_Shard] = field(default_factory=list)
    broken: bool = False

    @classmethod
    def build(cls, table: PredTable) -> "DurableProgram":
        program = cls()
        pending: dict[str, dict] = {}
        rules: dict[str, tuple[int, bool]] = {}
        shard_type = ""
        atoms = 0

        def flush() -> None:
            nonlocal pending, rules, atoms
            if pending:
                pending[_ANY] = {"all": [{"m": {"t": shard_type}}]}
                for rule in pending.values():
                    rule["cap"] = CAP
                name = f"qcdc{next(_names)}"
                try:
                    handle = _dre.create_ruleset(name, json.dumps(pending, ensure_ascii=False))
                except BaseException as e:  # the C core raises its own error type
                    program.close()
                    raise EngineError(f"durable-rules refused a compiled ruleset: {e}") from e
                program.shards.append(_Shard(handle, (shard_type,), rules, atoms + 1))
            pending, rules, atoms = {}, {}, 0

        for pred in sorted(table.preds, key=lambda p: p.fact_type):
            if pred.fact_type != shard_type:
                flush()
                shard_type = pred.fact_type
            for polarity, dnf in ((True, pred.true), (False, pred.false)):
                for k, conj in enumerate(dnf):
                    size = len(conj) + 1
                    if size > MAX_SHARD_ATOMS:
                        program.close()
                        raise EngineLimitError(
                            f"a condition needs {size} tests on one fact; durable-rules fails above "
                            f"{MAX_SHARD_ATOMS}. Split the condition.")
                    if atoms + size + 1 > MAX_SHARD_ATOMS or len(rules) >= MAX_SHARD_RULES:
                        flush()
                    name = f"p{pred.id}{'t' if polarity else 'f'}{k}"
                    pending[name] = dr_conjunction(pred.fact_type, conj)
                    rules[name] = (pred.id, polarity)
                    atoms += size
        flush()
        return program

    def close(self) -> None:
        for shard in self.shards:
            try:
                _dre.delete_ruleset(shard.handle)
            except BaseException:  # noqa: BLE001 - best effort while tearing down
                pass
        self.shards = []

    def run(self, table: PredTable, facts: FactSet) -> Matches:
        return self.run_many(table, [facts])[0]

    def run_many(self, table: PredTable, factsets: list[FactSet]) -> list[Matches]:
        """The matches of several units' facts under one plan, in one session per shard: each fact is
        asserted under a number, its index in ``owners``, so facts of different units never share an
        id, and a match names its fact by that number."""
        if self.broken:
            raise EngineError("this compiled ruleset was discarded after a durable-rules failure")
        owners: list[tuple[int, str]] = []  # fact number -> (unit's index in factsets, fact id)
        by_type: dict[str, list[str]] = {}
        for u, facts in enumerate(factsets):
            for coll, items in (("unit", (facts.unit,)), *facts.items.items()):
                encoded = by_type.setdefault(coll, [])
                for fact in items:
                    encoded.append(_encode(fact, len(owners)))
                    owners.append((u, fact.get("id")))
        found: list[dict[int, tuple[set[str], set[str]]]] = [{} for _ in factsets]  # only what a fact decides
        for shard in self.shards:
            batch = [j for t in shard.fact_types for j in by_type.get(t, ())]
            if not batch:
                continue
            try:
                self._assert(shard, "[" + ",".join(batch) + "]", owners, found)
            except EngineError:
                self.broken = True
                raise
        return [Matches.of(unit) for unit in found]

    @staticmethod
    def _assert(shard: _Shard, payload: str, owners: list[tuple[int, str]], found: list[dict]) -> None:
        h = shard.handle
        try:
            code, state = _dre.assert_facts(h, payload)
            if code != 0:  # every fact matches the shard's 'any' rule; anything else is a fault
                raise EngineError(f"durable-rules answered code {code} to a fresh session")
            result = _dre.start_action_for_state(h, state)
            if not result:
                raise EngineError("durable-rules reported no action, though every fact matches a rule")
            _state_json, message = result
            while message:  # drain every action: that also clears the session's action context
                name, numbers = _matched(message)
                if name != _ANY:
                    pid, polarity = shard.rules[name]
                    side = 0 if polarity else 1
                    for n in numbers:
                        u, fact_id = owners[n]
                        pair = found[u].get(pid)
                        if pair is None:
                            pair = found[u][pid] = (set(), set())
                        pair[side].add(fact_id)
                message = _dre.complete_and_start_action(h, state)
        except EngineError:
            raise
        except BaseException as e:  # RulesError or MemoryError from the C core
            raise EngineError(f"durable-rules failed: {e}") from e
        finally:
            try:
                _dre.delete_state(h, SESSION)
            except BaseException:  # noqa: BLE001 - no session was created
                pass


def _encode(fact: dict, number: int = 0) -> str:
    if len(fact) > MAX_FACT_PROPERTIES:
        raise EngineLimitError(
            f"fact {fact.get('id')} has {len(fact)} properties; durable-rules fails near 254 and this "
            f"engine refuses more than {MAX_FACT_PROPERTIES}")
    # The fact is asserted under its number, first: durable-rules echoes a fact's properties in the
    # order asserted, so a match's number is read from the opening of each frame (_matched).
    numbered = {"id": number}
    numbered.update((k, v) for k, v in fact.items() if k != "id")
    return json.dumps(numbered, ensure_ascii=False, separators=(",", ":"))


_FRAME = re.compile(r'\{"m":\{"id":(\d+)[,}]')


def _matched(message: str) -> tuple[str, list[int]]:
    """(rule name, fact numbers) of an action message. Every rule gathers its matches into one action
    (``cap``), ``{"p12t0":[{"m":{"id":3,…}},{"m":{"id":17,…}}]}``, each frame echoing its whole fact;
    decoding all of it was half of durable-rules' share of the time. The name and the numbers are read
    from the frames' openings when the message holds one rule's list of frames (``{"m":`` and ``":[``
    cannot occur inside a JSON string, whose quotes are escaped, and facts are flat: no other list);
    any other shape is decoded in full."""
    end = message.find('"', 2)
    if message.startswith('{"') and end > 2 and message.startswith('":[', end) and message.count('":[') == 1:
        numbers = [int(n) for n in _FRAME.findall(message)]
        if len(numbers) == message.count('{"m":'):
            return message[2:end], numbers
    decoded = json.loads(message)
    if len(decoded) != 1:
        raise EngineError(f"durable-rules sent an action of {len(decoded)} rules at once")
    (name, frames), = decoded.items()
    frames = frames if isinstance(frames, list) else [frames]
    return name, [frame["m"]["id"] for frame in frames]


class DurableMatcher:
    """Runs plans in durable-rules; keeps the compiled programs of the last few plans."""

    name = "durable"

    def __init__(self, cache_size: int = 16):
        self._programs: OrderedDict[int, tuple[PredTable, DurableProgram]] = OrderedDict()
        self._cache_size = cache_size

    def program(self, table: PredTable) -> DurableProgram:
        key = id(table)
        hit = self._programs.get(key)
        if hit is not None and hit[0] is table and not hit[1].broken:
            self._programs.move_to_end(key)
            return hit[1]
        if hit is not None:
            hit[1].close()
        program = DurableProgram.build(table)
        self._programs[key] = (table, program)
        while len(self._programs) > self._cache_size:
            _, (_, old) = self._programs.popitem(last=False)
            old.close()
        return program

    def match(self, table: PredTable, facts: FactSet) -> Matches:
        return self.match_many(table, [facts])[0]

    def match_many(self, table: PredTable, factsets: list[FactSet]) -> list[Matches]:
        program = self.program(table)
        try:
            return program.run_many(table, factsets)
        except EngineError:
            self._programs.pop(id(table), None)
            program.close()
            raise

    def close(self) -> None:
        for _, program in self._programs.values():
            program.close()
        self._programs.clear()
