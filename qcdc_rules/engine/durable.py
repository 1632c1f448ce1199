"""The durable-rules matcher, and everything the engine does to keep durable-rules safe.

durable-rules 2.0.28 keeps state in its C core, per process, and has hard limits. Seen
here, and guarded below (tests/engine/test_durable_limits.py proves each guard):

- error 303, after which the ruleset may crash the process: durable-rules matches a fact by a
  depth-first walk of the ruleset's alpha nodes (one per test; rules with equal leading tests
  share them) on a stack of 64 entries, each node the fact passes pushing every child test the
  fact also passes. What overflows is the passed children still pending along the walk — at a
  node, its own passed children plus the passed siblings waiting at each ancestor — not the nodes
  a ruleset holds, nor all those a fact passes (a chain of 200 passed tests is fine; 65 passed
  siblings are not) → each shard's network is modelled as it is compiled (``AlphaNet``), with
  the worst case over every fact, and conjunctions are packed into a shard while that stays
  within ``MAX_SHARD_STACK``; a conjunction is still refused above ``MAX_SHARD_ATOMS`` tests;
- 512 children of one alpha node fill its hash table of 512 slots: the next lookup never
  returns (what "512 rules never compile" was) → at most ``MAX_SHARD_RULES`` rules per shard,
  each adding at most one child to any node;
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
- two facts with the same id in one session abort the process → the units of a batch
  (``run_many``) have their facts asserted under numbers, unique in the batch;
- an action per matched (rule, fact), each a JSON message that echoes the whole fact, was
  half of the matcher's time → every rule has ``cap`` above any batch, so it hands over all
  its matches at once, and the 'any' rule's message is not read at all.

We talk to the C module directly rather than through ``durable.lang``/``durable.engine``:
the Python host starts timer threads that would dispatch actions behind our back, and
routes every match through closures we do not need. Facts, never events, are asserted,
so a fact is matched by every rule, not consumed by the first."""

from __future__ import annotations

import itertools
import json
import re
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field

import durable_rules_engine as _dre

from ..errors import EngineError, EngineLimitError
from .compile import PredTable
from .facts import FactSet
from .matchers import Matches
from .patterns import Atom, atom_order, dr_atom

MAX_SHARD_ATOMS = 40  # tests in one conjunction, the type test and the 'any' rule's counted
MAX_STACK = 64  # durable-rules' MAX_STACK_SIZE (events.c): error 303 above it
MAX_SHARD_STACK = 48  # what a shard may reach (AlphaNet.stack), with room for what the bound misses
MAX_SHARD_RULES = 200
MAX_FACT_PROPERTIES = 60
SESSION = "0"  # the C core's default session id; deleted after every evaluation
_ANY = "any"  # the rule in each shard that matches every fact of its type
_ANY_OPENING = '{"' + _ANY + '":'
# Each rule hands over all its matches in a session as one action (durable-rules' ``cap``): one
# message per rule and session instead of one per matched fact. Above the facts a session holds.
CAP = 1_000_000

_names = itertools.count()


@dataclass(eq=False)
class _Shard:
    """One durable-rules ruleset: conjunctions on one type of fact, rule ``c{i}`` testing ``keys[i]``."""

    handle: int
    fact_type: str
    keys: tuple[str, ...]
    stack: int  # the most alpha nodes any fact can leave on durable-rules' stack at once (AlphaNet)
    fields: tuple[str, ...] = ()  # the fields its rules read, "t" first: all of a fact it is sent
    users: int = 0  # programs holding it
    broken: bool = False


class ShardStore:
    """Shards by content, shared by the programs of every plan that holds the same conjunctions.

    The plans of two as-of dates differ in a handful of conditions (those that read the date itself,
    or a period's dates) out of hundreds; compiling each plan's program whole made a national
    scorecard rebuild ~116 rulesets per new date and hold ~19 MB of C state per plan. A shard no
    program holds is kept among ``spare`` others for the next plan that needs it, then deleted."""

    def __init__(self, spare: int = 256):
        self._shards: dict[tuple[str, tuple[str, ...]], _Shard] = {}
        self._spare: OrderedDict[tuple[str, tuple[str, ...]], _Shard] = OrderedDict()
        self._spare_size = spare
        self.built = 0

    def take(self, fact_type: str, keys: tuple[str, ...], stack: int, fields: tuple[str, ...] = ()) -> _Shard:
        """The shard of these conjunctions (``keys``: each one's rule as compact JSON, ``{"all":[…]}``)."""
        key = (fact_type, keys)
        shard = self._shards.get(key)
        if shard is None:
            try:
                handle = _dre.create_ruleset(f"qcdc{next(_names)}", ruleset_json(fact_type, keys))
            except BaseException as e:  # the C core raises its own error type
                raise EngineError(f"durable-rules refused a compiled ruleset: {e}") from e
            shard = self._shards[key] = _Shard(handle, fact_type, keys, stack, fields)
            self.built += 1
        self._spare.pop(key, None)
        shard.users += 1
        return shard

    def give_back(self, shard: _Shard) -> None:
        shard.users -= 1
        key = (shard.fact_type, shard.keys)
        if shard.broken:  # after a failure in the C core, never handed out again
            if self._shards.get(key) is shard:
                del self._shards[key]
            if shard.users <= 0:
                _delete(shard)
            return
        if shard.users <= 0:
            self._spare[key] = shard
            while len(self._spare) > self._spare_size:
                _, old = self._spare.popitem(last=False)
                del self._shards[(old.fact_type, old.keys)]
                _delete(old)

    def close(self) -> None:
        for shard in self._shards.values():
            _delete(shard)
        self._shards.clear()
        self._spare.clear()


def ruleset_json(fact_type: str, keys: tuple[str, ...]) -> str:
    """A shard's ruleset from its rules' own JSON: rule ``c{i}`` of ``keys[i]``, each with its cap, then
    the 'any' rule."""
    cap = f',"cap":{CAP}}}'
    return "{" + "".join(f'"c{i}":{k[:-1]}{cap},' for i, k in enumerate(keys)) + \
        f'"{_ANY}":{{"all":[{{"m":{{"t":{json.dumps(fact_type)}}}}}]{cap}}}'


def _delete(shard: _Shard) -> None:
    try:
        _dre.delete_ruleset(shard.handle)
    except BaseException:  # noqa: BLE001 - best effort while tearing down
        pass


# (fact type, conjunction) → its rule as compact JSON, the fields it reads, and its alpha nodes
_CONJ: dict[tuple[str, frozenset], tuple[str, frozenset[str], tuple]] = {}
_unshared = itertools.count()  # durable-rules never shares a node whose operand is a field or arithmetic


def _rule(fact_type: str, conj: frozenset) -> tuple[str, frozenset[str], tuple]:
    hit = _CONJ.get((fact_type, conj))
    if hit is None:
        if len(_CONJ) > 50_000:  # each new as-of date adds a few; a long-lived process starts afresh
            _CONJ.clear()
        # the rule's JSON is dr_conjunction's, put together from its tests' own text, which is also
        # what durable-rules shares each test's node by (one encoding of each test, not two)
        atoms = sorted(conj, key=atom_order)
        tests = [_compact(dr_atom(a)) for a in atoms]
        text = '{"all":[{"m":{"$and":[' + ",".join([_compact({"t": fact_type}), *tests]) + "]}}]}"
        fields = frozenset().union(*(a.fields() for a in conj))
        chain = (_type_node(fact_type), *(_node(a, t) for a, t in zip(atoms, tests)))
        hit = _CONJ[(fact_type, conj)] = (text, fields, chain)
    return hit


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _type_node(fact_type: str) -> tuple:
    return (json.dumps({"t": fact_type}, ensure_ascii=False), "t", ("s", fact_type))


def _node(a: Atom, test: str) -> tuple:
    """(what durable-rules shares it by, its field, the value it must equal or None) of an atom's alpha
    node. Nodes are shared (rete.c findAlpha) when parent, field, operator and a constant of the same
    JSON type are equal: the test's JSON is that key. A node whose operand is another field or
    arithmetic is never shared (compareValue tells them apart by where their names are stored, a new
    place for every rule; tests/engine/test_durable_quirks.py): its key is unique. ``test``: the
    atom's test as compact JSON (its keys in dr_atom's fixed order)."""
    if a.rhs is not None and a.rhs[0] != "c":
        return ((test, next(_unshared)), a.field, None)
    if a.op == "==" and a.rhs[0] == "c":
        return (test, a.field, _equal_class(a.rhs[1]))
    return (test, a.field, None)


def _equal_class(value) -> tuple:
    # Two constants of one class may both equal one fact's value (1, 1.0 and true are three nodes in
    # C, compared as numbers); constants of different classes never can.
    if isinstance(value, str):
        return ("s", value)
    if value is None:
        return ("null",)
    return ("n", float(value))


class AlphaNet:
    """A shard's alpha network as durable-rules builds it, to bound error 303 before compiling.

    What error 303 (ERR_MAX_STACK_SIZE) counts, from events.c ``handleAlpha``: matching a fact is a
    depth-first walk of the ruleset's alpha nodes on an explicit stack of ``MAX_STACK_SIZE`` = 64
    entries. A node popped pushes every child node the fact passes (a test that holds on the fact, a
    ``$nex`` whose field is absent); pushing onto 64 entries fails with 303. Nodes a fact fails are never pushed, and a node's subtree is walked before its
    pending siblings, so neither the nodes a ruleset holds nor the nodes a fact passes in all are the
    limit (tests/engine/test_durable_quirks.py proves each): it is, along the walk, the children
    pending at every ancestor. With ``pc(u)`` the children of ``u`` one fact can pass at once, the
    deepest the stack gets is ``D(root)``, ``D(u) = max(pc(u), pc(u) - 1 + max D(child))``.

    ``pc`` is bounded without knowing the fact: every child may pass, except that of the equality
    tests of one field on constants only those of one value class can (``_equal_class``). Rules are
    chains of nodes from the root; equal prefixes share their nodes, as durable-rules shares them."""

    def __init__(self, fact_type: str):
        self._root = self._new()
        self.stack = 0  # the deepest durable-rules' stack can get for any fact (the root it starts from aside)
        self.add((_type_node(fact_type),), MAX_STACK)  # the 'any' rule: the type test all rules share

    @staticmethod
    def _new() -> list:
        # children by key, pc, max D of the children, (field, class) → children, field → most of a class
        return [{}, 0, 0, {}, {}]

    def add(self, chain: tuple, limit: int) -> bool:
        """Adds the rule of ``chain`` (its nodes from the type test on) if ``stack`` stays within
        ``limit``; leaves the network as it was and answers False otherwise."""
        path = [self._root]
        node = self._root
        i = 0
        while i < len(chain) and chain[i][0] in node[0]:
            node = node[0][chain[i][0]]
            path.append(node)
            i += 1
        if i == len(chain):  # the same nodes as a rule already there
            return True
        _, field, cls = chain[i]
        inc = 1
        if cls is not None:  # one equality on a constant of each class of a field can pass
            inc = 1 if node[3].get((field, cls), 0) + 1 > node[4].get(field, 0) else 0
        branch = node
        d = 1 if len(chain) - i > 1 else 0  # D of the new branch's first node: one child per node down
        pc = branch[1] + inc
        maxc = max(branch[2], d)
        ds = [max(pc, pc - 1 + maxc)]  # D of the branch node, then of each node above it
        for up in reversed(path[:-1]):
            maxc = max(up[2], ds[-1])
            ds.append(max(up[1], up[1] - 1 + maxc) if up[1] else 0)
        if ds[-1] > limit:
            return False
        branch[1] = pc
        if cls is not None:
            count = branch[3][(field, cls)] = branch[3].get((field, cls), 0) + 1
            branch[4][field] = max(branch[4].get(field, 0), count)
        branch[2] = max(branch[2], d)
        for up, below in zip(reversed(path[:-1]), ds):
            up[2] = max(up[2], below)
        node = branch
        for k, (key, *_) in enumerate(chain[i:]):
            child = node[0][key] = self._new()
            if k < len(chain) - i - 1:
                child[1] = 1  # its one child, the next node of the rule
                child[2] = 0 if k == len(chain) - i - 2 else 1
            node = child
        self.stack = ds[-1]
        return True


# (fact type, a group's conjunctions as JSON) → its shards' rules and stack bounds: the plans of
# many dates hold the same groups, and packing walks every conjunction's nodes
_PACKED: dict[tuple[str, frozenset[str]], list[tuple[tuple[str, ...], int]]] = {}


def _packed(fact_type: str, group: dict[str, tuple]) -> list[tuple[tuple[str, ...], int]]:
    """A group's conjunctions packed into shards in the order of a hash of their text, each shard
    taking conjunctions while its alpha network's stack bound stays within ``MAX_SHARD_STACK``."""
    key = (fact_type, frozenset(group))
    hit = _PACKED.get(key)
    if hit is None:
        hit = []
        keys: list[str] = []
        net = AlphaNet(fact_type)  # the shard's alpha network, its 'any' rule included
        for text in sorted(group, key=lambda t: (zlib.crc32(t.encode()), t)):
            chain = group[text][2]
            if keys and (len(keys) >= MAX_SHARD_RULES or not net.add(chain, MAX_SHARD_STACK)):
                hit.append((tuple(keys), net.stack))
                keys, net = [], AlphaNet(fact_type)
            if not keys and not net.add(chain, MAX_SHARD_STACK):  # one rule is one chain: depth 1
                raise EngineLimitError(f"a condition's tests cannot fit one durable-rules ruleset: {text}")
            keys.append(text)
        if keys:
            hit.append((tuple(keys), net.stack))
        if len(_PACKED) > 4096:
            _PACKED.clear()
        _PACKED[key] = hit
    return hit


@dataclass
class DurableProgram:
    """A plan's predicates as durable-rules shards (``ShardStore``), with what each shard's rules
    decide in this plan: ``decides[k][i]`` lists the (predicate id, true-pattern?) that rule ``c{i}``
    of ``shards[k]`` stands for (one conjunction can be part of several predicates)."""

    shards: list[_Shard] = field(default_factory=list)
    decides: list[list[list[tuple[int, bool]]]] = field(default_factory=list)
    wanted: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fact type → the fields its shards read
    store: ShardStore | None = None
    own_store: bool = False
    broken: bool = False

    @classmethod
    def build(cls, table: PredTable, store: ShardStore | None = None) -> "DurableProgram":
        """Each fact type's conjunctions, grouped by ``Pred.group`` and ordered by a hash of their text,
        are packed into shards under the limits; two plans holding the same conjunctions of a group
        get the same shards, so only what a date changes is compiled again."""
        program = cls(store=store or ShardStore(), own_store=store is None)
        # (fact type, Pred.group) → conjunction's rule as JSON → (what it decides, its fields, its alpha nodes)
        groups: dict[tuple[str, int], dict[str, tuple[list, frozenset[str], tuple]]] = {}
        for pred in table.preds:
            for polarity, dnf in ((True, pred.true), (False, pred.false)):
                for conj in dnf:
                    size = len(conj) + 1
                    if size + 1 > MAX_SHARD_ATOMS:
                        program.close()
                        raise EngineLimitError(
                            f"a condition needs {size} tests on one fact; with the test every fact passes, "
                            f"a shard of this engine holds at most {MAX_SHARD_ATOMS} (durable-rules fails above "
                            f"64). Split the condition.")
                    text, fields, chain = _rule(pred.fact_type, conj)
                    entry = groups.setdefault((pred.fact_type, pred.group), {}).get(text)
                    if entry is None:
                        entry = groups[(pred.fact_type, pred.group)][text] = ([], fields, chain)
                    entry[0].append((pred.id, polarity))
        try:
            for (fact_type, _), group in sorted(groups.items()):
                for keys, stack in _packed(fact_type, group):
                    program._take(fact_type, list(keys), group, stack)
        except EngineError:
            program.close()
            raise
        for shard in program.shards:
            program.wanted[shard.fact_type] = tuple(dict.fromkeys((*program.wanted.get(shard.fact_type, ()),
                                                                   *shard.fields)))
        return program

    def _take(self, fact_type: str, keys: list[str], group: dict, stack: int) -> None:
        fields = ("t", *sorted(set().union(*(group[k][1] for k in keys)) - {"t", "id"}))
        self.shards.append(self.store.take(fact_type, tuple(keys), stack, fields))
        self.decides.append([group[k][0] for k in keys])

    def close(self) -> None:
        for shard in self.shards:
            if self.broken:
                shard.broken = True
            self.store.give_back(shard)
        self.shards, self.decides = [], []
        if self.own_store:
            self.store.close()

    def run(self, table: PredTable, facts: FactSet) -> Matches:
        return self.run_many(table, [facts])[0]

    def run_many(self, table: PredTable, factsets: list[FactSet]) -> list[Matches]:
        """The matches of several units' facts under one plan, in one session per shard: each fact is
        asserted under a number, its index in ``owners``, so facts of different units never share an
        id, and a match names its fact by that number."""
        if self.broken:
            raise EngineError("this compiled ruleset was discarded after a durable-rules failure")
        owners: list[tuple[int, str]] = []  # fact number -> (unit's index in factsets, fact id)
        by_type: dict[str, list[tuple[str, dict]]] = {}  # fact type -> ('{"id":number', its pieces)
        for u, facts in enumerate(factsets):
            for coll, items in (("unit", (facts.unit,)), *facts.items.items()):
                wanted = self.wanted.get(coll)
                numbered = by_type.setdefault(coll, [])
                for fact in items:
                    _check_width(fact)
                    if wanted is not None:  # a type no shard tests is not sent at all
                        numbered.append((f'{{"id":{len(owners)}', _pieces(fact, wanted)))
                    owners.append((u, fact.get("id")))
        found: list[dict[int, tuple[set[str], set[str]]]] = [{} for _ in factsets]  # only what a fact decides
        for shard, decides in zip(self.shards, self.decides):
            numbered = by_type.get(shard.fact_type)
            if not numbered:
                continue
            if shard.broken:  # another program's failure in a shard this one shares
                self.broken = True
                raise EngineError("a shared compiled ruleset was discarded after a durable-rules failure")
            # each fact with the fields this shard reads, and no others: a quarter of the bytes to parse
            # and echo (every field a rule names is there, so every test sees what it would in full)
            fields = shard.fields
            batch = [_project(opening, pieces, fields) for opening, pieces in numbered]
            try:
                self._assert(shard, decides, "[" + ",".join(batch) + "]", owners, found)
            except EngineError:
                self.broken = shard.broken = True
                raise
        return [Matches(unit) for unit in found]  # only pairs a fact decided, each of sets

    @staticmethod
    def _assert(shard: _Shard, decides: list[list[tuple[int, bool]]], payload: str,
                owners: list[tuple[int, str]], found: list[dict]) -> None:
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
                if not message.startswith(_ANY_OPENING):  # the 'any' rule echoes every fact: not read
                    name, numbers = _matched(message)
                    hits = [owners[n] for n in numbers]
                    for pid, polarity in decides[int(name[1:])]:
                        side = 0 if polarity else 1
                        for u, fact_id in hits:
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


def _check_width(fact: dict) -> None:
    if len(fact) > MAX_FACT_PROPERTIES:
        raise EngineLimitError(
            f"fact {fact.get('id')} has {len(fact)} properties; durable-rules fails near 254 and this "
            f"engine refuses more than {MAX_FACT_PROPERTIES}")


_PIECES: dict[tuple, str] = {}  # (field, type, value) → ',"field":value', the same for every fact that has it


def _pieces(fact: dict, wanted: tuple[str, ...]) -> dict[str, str]:
    """``,"field":value`` of each of ``wanted`` the fact has: made once per fact for all its shards."""
    out = {}
    for name in wanted:
        if name in fact:
            value = fact[name]
            key = (name, type(value), value)  # the type too: True == 1, but they are different JSON
            try:
                piece = _PIECES.get(key)
            except TypeError:  # a value that cannot be a key (facts are flat: not expected)
                piece = key = None
            if piece is None:
                piece = "," + json.dumps(name) + ":" + json.dumps(value, ensure_ascii=False)
                if key is not None:
                    if len(_PIECES) > 100_000:
                        _PIECES.clear()
                    _PIECES[key] = piece
            out[name] = piece
    return out


def _project(opening: str, pieces: dict[str, str], fields: tuple[str, ...]) -> str:
    """``{"id":number,"t":…,…}``: the fact under its number with only ``fields``, in that order. The
    number goes first: durable-rules echoes a fact's properties in the order asserted, so a match's
    number is read from the opening of its frame (``_matched``)."""
    return opening + "".join([pieces[name] for name in fields if name in pieces]) + "}"


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

    def __init__(self, cache_size: int = 64):
        # a program is small (its shards live in the store): many plans' programs are kept
        self._programs: OrderedDict[int, tuple[PredTable, DurableProgram]] = OrderedDict()
        self._cache_size = cache_size
        self.store = ShardStore()

    def program(self, table: PredTable) -> DurableProgram:
        key = id(table)
        hit = self._programs.get(key)
        if hit is not None and hit[0] is table and not hit[1].broken:
            self._programs.move_to_end(key)
            return hit[1]
        if hit is not None:
            hit[1].close()
        program = DurableProgram.build(table, self.store)
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
        self.store.close()
