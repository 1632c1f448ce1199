"""Load a ruleset directory: validate every rule, parse and type-check every condition.

A ruleset is a directory::

    ruleset.yaml       name, version, title (and ``province`` for a provincial ruleset)
    parameters.yaml    dated numbers the rules use (optional)
    rules/*.yaml       ``rules: [...]``, one file per group of duties
    tests/*.yaml       test cases, one file per group (read by qcdc_rules.testing)

Every problem is collected, not only the first, and reported at its file and line.

What only reading the files needs (the prose lint, the targets' models) is imported where they are
read: a rule book read back from its cache (load.book_cache) does not load them."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from ..engine.compile import Consts, PlanBuilder, PredTable, bind
from ..time.periods import Period
from ..engine.rulebook import ParsedCheck, ParsedRule, ParsedVersion, RuleBook, Ruleset
from ..errors import InputError, Location, Problem, ResourceMissing, RulesetError
from ..lang.ast import Node
from ..lang.parser import SyntaxProblem, parse
from ..legal.citations import register_instruments
from ..lang.typecheck import Scope, caveat_condition, check_condition
from ..model.common import Localized, Strict
from ..model.ruleset import Parameter, Rule, RulesetMeta
from ..text import did_you_mean
from .book_cache import BookCache, default_cache
from .validation import problems_from_validation
from .yaml_loader import Loaded, load_yaml

if TYPE_CHECKING:
    from ..model.target import Target

NATIONAL = "national"


class _RulesFile(Strict):
    rules: list[dict]


class _ParamsFile(Strict):
    parameters: list[Parameter]


def bundled_root() -> Path:
    """Where the rulesets that ship with the package are (installed or in a checkout)."""
    try:
        root = Path(str(resources.files("qcdc_rules.rulesets")))
    except ModuleNotFoundError:  # pragma: no cover - a broken install
        root = Path(__file__).resolve().parents[2] / "rulesets"
    if not (root / NATIONAL).is_dir():
        raise ResourceMissing(f"the bundled rulesets are missing from {root}; reinstall qcdc-rules")
    return root


def provinces() -> list[str]:
    root = bundled_root() / "provinces"
    return sorted(p.name for p in root.iterdir() if (p / "ruleset.yaml").is_file()) if root.is_dir() else []


def _validate(model: type[BaseModel], data, loaded: Loaded, prefix: tuple, problems: list[Problem]):
    try:
        return model.model_validate(data)
    except ValidationError as e:
        written = subject = None
        if model is Rule and isinstance(data, dict):
            written = functools.partial(_written_rule_path, data)
            subject = str(data.get("id", "this rule"))
        problems.extend(problems_from_validation(e, loaded, model, prefix, code="ruleset", written=written,
                                                 subject=subject))
        return None


def _written_rule_path(raw: dict, loc: tuple) -> tuple:
    """Rule.versions as the author wrote it: a one-text rule writes its version's fields at
    the top (``citation``, ``effective: {from, to}``); a versioned rule may write
    ``citation`` for ``citations`` and take other fields from the top as defaults."""
    if len(loc) < 2 or loc[0] != "versions" or not isinstance(loc[1], int):
        return loc
    index, rest = loc[1], loc[2:]
    versions = raw.get("versions")
    version = versions[index] if isinstance(versions, list) and index < len(versions) else None
    written = version if isinstance(version, dict) else raw
    base = ("versions", index) if isinstance(version, dict) else ()
    if rest and rest[0] == "citations" and "citation" in written:
        return base + ("citation",) + rest[2:]
    if rest and rest[0] in ("from", "to") and version is None:
        return ("effective",) + rest
    if rest and version is not None and rest[0] not in version and rest[0] in raw:
        return rest  # a default written at the top of a versioned rule
    if not rest and version is None:
        return ("effective",) if "effective" in raw else ()
    return base + rest

def _condition_location(loaded: Loaded, path: tuple, offset: int, text: str) -> Location:
    """Where character ``offset`` of the condition written at ``path`` is in the file."""
    start = loaded.locate(path)
    if start.line is None:
        return start
    lines = loaded.text.splitlines()
    first = lines[start.line - 1] if start.line - 1 < len(lines) else ""
    opener = first[start.column - 1:start.column] if start.column else ""
    before = text[:offset]
    if opener in ("|", ">"):  # block scalar: the text starts on the next line, indented
        body_line = start.line + 1
        while body_line - 1 < len(lines) and not lines[body_line - 1].strip():
            body_line += 1
        indent = len(lines[body_line - 1]) - len(lines[body_line - 1].lstrip()) if body_line - 1 < len(lines) else 0
        line = body_line + before.count("\n")
        col = indent + len(before) - (before.rfind("\n") + 1) + 1
        return Location(start.file, line, col)
    shift = 1 if opener in ("'", '"') else 0
    if "\n" in before:
        return Location(start.file, start.line + before.count("\n"), len(before) - before.rfind("\n"))
    return Location(start.file, start.line, start.column + shift + len(before))


def _caveat_problems(own: frozenset[str], local: Loaded) -> list[Problem]:
    """A caveat's ``when`` must be a condition on the unit's own facts."""
    from ..legal.citations import UnknownInstrumentError, instrument

    out = []
    for key in sorted(own):
        try:
            caveats = instrument(key).caveats
        except UnknownInstrumentError:
            continue  # refused when registered: reported there
        for i, cv in enumerate(caveats):
            if cv.when is None:
                continue
            try:
                caveat_condition(cv.when)
            except SyntaxProblem as e:
                out.append(Problem(f"instrument '{key}': caveat {i + 1}: when: {e.message}",
                                   local.locate((key, "caveats", i, "when")), e.hint, code="condition"))
    return out


_TEXTS = ("title", "remediation", "advisory_reason", "source_note")


def _plain(rule: Rule, raw: dict, loaded: Loaded, rule_path: tuple, problems: list[Problem]) -> Rule:
    """The rule with its texts in the reader's words: field markup expanded (lang.prose), and a
    problem for each text that would show a reader code."""
    from ..lang import prose

    def plain(text: Localized | None, path: tuple) -> Localized | None:
        if text is None:
            return None
        for lang in ("vi", "en"):
            for p in prose.problems(getattr(text, lang), lang):
                problems.append(Problem(f"{rule.id}: {'.'.join(str(x) for x in path[2:] if not isinstance(x, int))}"
                                        f" ({lang}): {p.message}", loaded.locate(path + (lang,)), p.hint,
                                        code="text"))
        return Localized(vi=prose.expand(text.vi, "vi"), en=prose.expand(text.en, "en"))

    def checks(cond, path: tuple):
        if not isinstance(cond, list):
            return cond
        return [c.model_copy(update={"label": plain(c.label, path + (i, "label"))}) for i, c in enumerate(cond)]

    top = {name: plain(getattr(rule, name), rule_path + (name,)) for name in _TEXTS}
    versions = []
    for k, v in enumerate(rule.versions):
        versions.append(v.model_copy(update={
            "note": plain(v.note, _raw_version_path(raw, rule_path, k, "note")),
            "applies_if": checks(v.applies_if, _raw_version_path(raw, rule_path, k, "applies_if")),
            "requires": checks(v.requires, _raw_version_path(raw, rule_path, k, "requires"))}))
    return rule.model_copy(update={**top, "versions": versions})


def _checks(raw, base: tuple) -> list[tuple[str, object, tuple]]:
    """(text, label, yaml path of the text) for a condition written as text or as a list."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return [(raw, None, base)]
    return [(c.check, c.label, base + (i, "check")) for i, c in enumerate(raw)]


def _raw_version_path(raw_rule: dict, rule_path: tuple, index: int, field: str) -> tuple:
    versions = raw_rule.get("versions")
    if isinstance(versions, list) and index < len(versions) and isinstance(versions[index], dict) \
            and field in versions[index]:
        return rule_path + ("versions", index, field)
    return rule_path + (field,)


def _probe_consts(params: dict[str, Parameter], has_period: bool) -> Consts:
    """Constants to compile a condition with when it is loaded, only to see that it compiles; made
    once per ruleset (typing every parameter for each of 800 conditions was a third of loading)."""
    day = dt.date(2024, 6, 30)
    values = {name: p.typed(p.values[0].value) for name, p in params.items() if p.values}
    period = Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31), dt.date(2024, 3, 31), "2023",
                    previous_due=dt.date(2023, 3, 31)) if has_period else None
    return Consts(day, values, period)


_DEFAULT = object()


def load_ruleset(root: str | Path, cache: BookCache | None = _DEFAULT) -> Ruleset:  # type: ignore[assignment]
    """A ruleset directory, loaded and type-checked; RulesetError with every problem found.
    ``cache`` (default: the user's, ``load.book_cache``; None: none) gives back a ruleset whose
    files have not changed since it was loaded, without reading them again."""
    if cache is _DEFAULT:
        cache = default_cache()
    if cache is None:
        return _load_ruleset(root)
    return cache.load(root, lambda: _load_ruleset(root))


def _load_ruleset(root: str | Path) -> Ruleset:
    ruleset, problems = read_ruleset(root)
    # A text that reads as code is the author's to fix (``validate`` refuses it); it does not
    # stop units being checked.
    problems = [p for p in problems if p.code != "text"]
    if problems:
        raise RulesetError(problems)
    return ruleset


def _load_file(path: Path, problems: list[Problem]) -> Loaded | None:
    """A YAML file, or None with its problem noted, so the other files are still read."""
    try:
        return load_yaml(path)
    except InputError as e:
        problems.extend(e.problems)
        return None


def read_ruleset(root: str | Path) -> tuple[Ruleset, list[Problem]]:
    """Everything in a ruleset that loads, and every problem found on the way: a file that
    does not parse does not stop the others being checked (``qcdc-check validate``)."""
    root = Path(root)
    problems: list[Problem] = []
    meta_file = root / "ruleset.yaml"
    if not meta_file.is_file():
        raise RulesetError.at(f"{root} is not a ruleset: it has no ruleset.yaml", file=root,
                              hint="a ruleset directory holds ruleset.yaml, parameters.yaml and rules/*.yaml")
    local = _load_file(root / "instruments.yaml", problems) if (root / "instruments.yaml").is_file() else None
    own = frozenset(local.data) if local is not None and isinstance(local.data, dict) else frozenset()
    if local is not None:  # the province's own texts, cited by its rules
        for key, message in register_instruments(local.data, root / "texts"):
            problems.append(Problem(message, local.locate((key,)) if key else Location(local.file),
                                    code="citation"))
        problems.extend(_caveat_problems(own, local))
    meta_loaded = _load_file(meta_file, problems)
    meta = _validate(RulesetMeta, meta_loaded.data, meta_loaded, (), problems) if meta_loaded else None
    files = [meta_file]

    params: dict[str, Parameter] = {}
    params_file = root / "parameters.yaml"
    loaded = _load_file(params_file, problems) if params_file.is_file() else None
    if loaded is not None:
        files.append(params_file)
        parsed = _validate(_ParamsFile, loaded.data, loaded, (), problems)
        for i, p in enumerate(parsed.parameters if parsed else []):
            if p.name in params:
                problems.append(Problem(f"parameter '{p.name}' is defined twice",
                                        loaded.locate(("parameters", i, "name")), code="ruleset"))
            params[p.name] = p
    param_types = {name: p.type for name, p in params.items()}
    probes = {has: _probe_consts(params, has) for has in (False, True)}

    rules: list[ParsedRule] = []
    seen: dict[str, Location] = {}
    unit_fields: set[str] = set()
    rule_files = sorted((root / "rules").glob("*.yaml")) if (root / "rules").is_dir() else []
    if not rule_files and not params:  # a province may only set what the law leaves to it
        problems.append(Problem(f"no rules: {root / 'rules'} has no .yaml files and there is no parameters.yaml",
                                Location(str(root)), code="ruleset"))
    for path in rule_files:
        files.append(path)
        loaded = _load_file(path, problems)
        if loaded is None:
            continue
        body = _validate(_RulesFile, loaded.data, loaded, (), problems)
        if body is None:
            continue
        for i, raw in enumerate(body.rules):
            rule_path = ("rules", i)
            rule = _validate(Rule, raw, loaded, rule_path, problems)
            if rule is None:
                continue
            rule = _plain(rule, raw, loaded, rule_path, problems)
            where = loaded.locate(rule_path + ("id",))
            if rule.id in seen:
                first = seen[rule.id]
                problems.append(Problem(f"rule id {rule.id} is used twice (first at {first})", where,
                                        "give each rule its own id", code="ruleset"))
                continue
            seen[rule.id] = where
            parsed = _parse_rule(rule, raw, loaded, rule_path, param_types, params, probes, unit_fields, problems)
            done = _parse_done(rule, loaded, rule_path, param_types, probes, unit_fields, problems)
            if parsed is not None:
                cited = {(k, j): loaded.locate(rule_path + _written_rule_path(raw, ("versions", k, "citations", j)))
                         for k, v in enumerate(rule.versions) for j in range(len(v.citations))}
                rules.append(ParsedRule(rule, parsed, where, meta.name if meta else root.name, done, cited))
    targets = _read_targets(root, {r.id for r in rules}, files, problems)
    unique = {(str(p.location), p.message): p for p in problems}
    return (Ruleset(meta, rules, params, root, frozenset(unit_fields), files, own, targets,
                    local.data if local is not None else None),
            list(unique.values()))


@dataclass
class ParsedTarget:
    target: Target
    where: Node | None  # ratio: conditions on the collection's items, type-checked
    numerator: Node | None
    location: Location


def _read_targets(root: Path, rule_ids: set[str], files: list[Path], problems: list[Problem]) -> list[ParsedTarget]:
    """``targets.yaml``: each measure names a rule of this ruleset or counts evidence items
    with conditions the profile schema knows (checked here, before any profile is seen)."""
    from ..model.target import TargetsFile

    path = root / "targets.yaml"
    loaded = _load_file(path, problems) if path.is_file() else None
    body = _validate(TargetsFile, loaded.data, loaded, (), problems) if loaded else None
    if body is None:
        return []
    files.append(path)
    out = []
    for i, target in enumerate(body.targets):
        where_at = loaded.locate(("targets", i, "id"))
        m = target.measure
        if m.share_met is not None:
            if m.share_met not in rule_ids:
                problems.append(Problem(f"target {target.id}: no rule {m.share_met} in this ruleset",
                                        loaded.locate(("targets", i, "measure", "share_met")),
                                        did_you_mean(m.share_met, rule_ids), code="ruleset"))
                continue
            out.append(ParsedTarget(target, None, None, where_at))
            continue
        nodes = []
        for key in ("where", "numerator"):
            text = getattr(m, key)
            if text is None:
                nodes.append(None)
                continue
            wrapped = f"exists({m.collection} where {text})"  # type-checks the text inside the collection
            try:
                nodes.append(check_condition(parse(wrapped), Scope({})).where)
            except SyntaxProblem as e:
                problems.append(Problem(f"target {target.id}: measure.{key}: {e.message}",
                                        loaded.locate(("targets", i, "measure", key)), e.hint, code="condition"))
                nodes.append(None)
                break
        else:
            out.append(ParsedTarget(target, nodes[0], nodes[1], where_at))
    return out


_DONE_PREFIX = "exists("


def _parse_done(rule: Rule, loaded: Loaded, rule_path: tuple, param_types: dict[str, str],
                probes: dict[bool, Consts], unit_fields: set[str], problems: list[Problem]):
    """``recurs.done`` ("meetings where …") is read as exists(meetings where …)."""
    text = rule.recurs.done if rule.recurs else None
    if not text:
        return None
    scope = Scope(param_types, has_period=True)
    try:
        node = check_condition(parse(f"{_DONE_PREFIX}{text})"), scope)
        PlanBuilder(PredTable()).add(bind(node, probes[True]))
    except SyntaxProblem as e:
        offset = max(e.pos - len(_DONE_PREFIX), 0)
        problems.append(Problem(f"{rule.id}: recurs.done: {e.message}",
                                _condition_location(loaded, rule_path + ("recurs", "done"), offset, text),
                                e.hint, code="condition"))
        return None
    unit_fields |= scope.unit_fields_in_items
    return node


def _parse_rule(rule: Rule, raw: dict, loaded: Loaded, rule_path: tuple, param_types: dict[str, str],
                params: dict[str, Parameter], probes: dict[bool, Consts], unit_fields: set[str],
                problems: list[Problem]):
    versions = []
    ok = True
    due = rule.recurs.due_months_after_end if rule.recurs else None
    if isinstance(due, str) and (due not in params or params[due].type != "num"):
        problems.append(Problem(f"{rule.id}: recurs.due_months_after_end names no number parameter '{due}'",
                                loaded.locate(rule_path + ("recurs", "due_months_after_end")),
                                did_you_mean(due, params), code="ruleset"))
        ok = False
    for k, spec in enumerate(rule.versions):
        scope = Scope(param_types, has_period=rule.recurs is not None)
        parsed_parts = {}
        for field in ("applies_if", "requires"):
            base = _raw_version_path(raw, rule_path, k, field)
            out = []
            for text, label, path in _checks(getattr(spec, field), base):
                try:
                    node = check_condition(parse(text), scope)
                    builder = PlanBuilder(PredTable())
                    builder.add(bind(node, probes[rule.recurs is not None]))
                except SyntaxProblem as e:
                    problems.append(Problem(f"{rule.id}: {e.message}", _condition_location(loaded, path, e.pos, text),
                                            e.hint, code="condition"))
                    ok = False
                    continue
                out.append(ParsedCheck(label, text, node, loaded.locate(path)))
            parsed_parts[field] = out
        unit_fields |= scope.unit_fields_in_items
        if ok:
            versions.append(ParsedVersion(spec, parsed_parts["applies_if"], parsed_parts["requires"]))
    return versions if ok else None


def load_rulebook(province: str | None = None, extra: list[str | Path] | None = None) -> RuleBook:
    """The national ruleset, a province's ruleset on top if asked, and any extra ruleset dirs."""
    root = bundled_root()
    rulesets = [load_ruleset(root / NATIONAL)]
    if province:
        known = provinces()
        if province not in known:
            hint = did_you_mean(province, known) or (f"provinces are: {', '.join(known)}" if known else None)
            raise RulesetError.at(f"no ruleset for province '{province}'", hint=hint, code="usage")
        rulesets.append(load_ruleset(root / "provinces" / province))
    for path in extra or ():
        rulesets.append(load_ruleset(path))
    problems = conflicts(rulesets)
    if problems:
        raise RulesetError(problems)
    cache = default_cache()
    if cache is not None:  # what their conditions compiled to in earlier runs (book_cache.save_patterns)
        cache.open_patterns(rulesets)
    return RuleBook(rulesets)


def conflicts(rulesets: list[Ruleset]) -> list[Problem]:
    """What stops rulesets being applied together: a rule id in two of them, a parameter
    whose override changes its type."""
    ids: dict[str, str] = {}
    problems = []
    types: dict[str, tuple[str, str]] = {}
    texts: dict[str, str] = {}
    for rs in rulesets:
        name_of = rs.meta.name if rs.meta else rs.root.name
        for key in sorted(rs.instruments):
            if key in texts:
                problems.append(Problem(f"instrument '{key}' is defined by two rulesets ({texts[key]} and {name_of})",
                                        Location(str(rs.root / "instruments.yaml")),
                                        "give each province's text its own id", code="citation"))
            texts[key] = name_of
        for name, p in rs.parameters.items():
            if name in types and types[name][0] != p.type:
                problems.append(Problem(f"parameter '{name}' is a {p.type} in {name_of} but a "
                                        f"{types[name][0]} in {types[name][1]}", Location(str(rs.root / "parameters.yaml")),
                                        "an override keeps the type of the value it replaces", code="ruleset"))
            types.setdefault(name, (p.type, name_of))
        for r in rs.rules:
            if r.id in ids:
                problems.append(Problem(f"rule id {r.id} is in two rulesets ({ids[r.id]} and {name_of})",
                                        r.location, "give each rule its own id", code="ruleset"))
            ids[r.id] = name_of
    return problems

