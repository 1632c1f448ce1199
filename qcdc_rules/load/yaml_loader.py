"""Load the YAML files inspection teams write, safely and with positions.

Nothing a user can put in a file makes this module raise anything but
:class:`~qcdc_rules.errors.InputError`: syntax errors, duplicate keys, wrong
encodings, a byte-order mark, decomposed (NFD) Vietnamese text, several
documents in one file, non-string keys, unsupported tags, runaway aliases and
absurd nesting are all refused with a file:line:column, a plain message and a
hint.

What loads comes back as plain Python (dict/list/str/int/float/bool/None)
together with a map from every path in the data to where it was written, so
that later validation errors (pydantic) can be reported at file:line:column.

The scalar rules are YAML 1.2-like rather than PyYAML's YAML 1.1:

* only ``true``/``false`` (any case) are booleans; ``yes``, ``no``, ``on``,
  ``off``, ``y``, ``n`` stay text;
* integers are decimal without leading zeros (``08``, ``0123``, ``0x1F``,
  ``1_000`` and ``14:30`` stay text);
* dates and timestamps stay text exactly as written, so the models can parse
  them and report ``2024-02-31`` as an impossible date at its line;
* ``<<`` merge keys work; ``=`` is plain text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
import yaml.composer
import yaml.constructor
import yaml.cyaml
import yaml.resolver
from yaml.events import AliasEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from qcdc_rules.errors import InputError, Location, Problem
from qcdc_rules.text import first_non_nfc, is_nfc, nfc

__all__ = [
    "MAX_DEPTH",
    "MAX_NODES",
    "Loaded",
    "dump_yaml",
    "load_yaml",
    "load_yaml_text",
]

#: Most values (keys, scalars, lists, mappings) a file may hold once every
#: alias is expanded. Stops "billion laughs" files long before they hurt.
MAX_NODES = 200_000
#: Deepest nesting of lists and mappings, aliases expanded.
MAX_DEPTH = 100

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
SEQ, MAP, TIMESTAMP, MERGE = _T + "seq", _T + "map", _T + "timestamp", _T + "merge"

_BOOL_RE = re.compile(r"(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\Z")
_NULL_RE = re.compile(r"(?:~|null|Null|NULL|)\Z")
_INT_RE = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT_RE = re.compile(
    r"[-+]?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?"
    r"|\.[0-9]+(?:[eE][-+]?[0-9]+)?)\Z"
    r"|[-+]?\.(?:inf|Inf|INF)\Z"
    r"|\.(?:nan|NaN|NAN)\Z"
)
# YAML 1.1 timestamps (as PyYAML knows them). Only used to recognise them:
# as values they stay text, as keys they are refused.
_TIMESTAMP_RE = re.compile(
    r"""(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
     (?:[Tt]|[ \t]+)[0-9][0-9]?
     :[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\Z""",
    re.X,
)
_MERGE_RE = re.compile(r"<<\Z")

_SCALAR_PATTERNS = {BOOL: _BOOL_RE, NULL: _NULL_RE, INT: _INT_RE, FLOAT: _FLOAT_RE}
_SCALAR_TAGS = {STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, MERGE}

_HINT_SYNTAX = ("fix the YAML syntax at this line (indentation must use spaces, not tabs; "
                "put quotes around text that contains ': ' or ' #')")
_HINT_UTF8 = "save the file as UTF-8"


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class Loaded:
    """A loaded YAML file: its plain data and where each value was written."""

    data: dict[str, Any]
    file: str
    text: str = field(repr=False, compare=False)
    _values: dict[tuple, tuple[int, int]] = field(repr=False, compare=False)
    _keys: dict[tuple, tuple[int, int]] = field(repr=False, compare=False)

    def _location(self, pos: tuple[int, int]) -> Location:
        return Location(self.file, pos[0], pos[1])

    def _nearest(self, path: Iterable[str | int]) -> tuple:
        path = tuple(path)
        while path and path not in self._values:
            path = path[:-1]
        return path

    def has(self, path: Iterable[str | int]) -> bool:
        """Whether the data holds a value at exactly this path."""
        return tuple(path) in self._values

    def locate(self, path: Iterable[str | int]) -> Location:
        """Where the value at ``path`` starts, or its nearest existing parent."""
        return self._location(self._values[self._nearest(path)])

    def locate_key(self, path: Iterable[str | int]) -> Location:
        """Where the key of the mapping entry at ``path`` is written.

        Best for "unknown field" errors. A path that does not exist, or one
        that ends in a list index, falls back to :meth:`locate`."""
        path = tuple(path)
        if path in self._keys:
            return self._location(self._keys[path])
        return self.locate(path)

    def resolve_pydantic(self, loc: Sequence[Any]) -> tuple[tuple, bool]:
        """The data path a pydantic v2 error ``loc`` points at, and whether it
        names a mapping key itself (``'[key]'``). Elements that are not keys
        or indexes in the data (union and discriminator tags, validator names)
        are skipped; the walk stops where the data ends."""
        path: list[str | int] = []
        current: Any = self.data
        for element in loc:
            if element == "[key]":
                return tuple(path), True
            if isinstance(current, dict) and isinstance(element, str) and element in current:
                path.append(element)
                current = current[element]
            elif (isinstance(current, list) and isinstance(element, int)
                  and not isinstance(element, bool) and 0 <= element < len(current)):
                path.append(element)
                current = current[element]
        return tuple(path), False

    def locate_pydantic(self, loc: Sequence[Any], *, key: bool = False) -> Location:
        """Location for a pydantic v2 error ``loc`` tuple.

        Tags that are not in the data are skipped; a missing field falls back
        to the mapping that should hold it. With ``key=True`` (e.g. for an
        ``extra_forbidden`` error) the key's position is given, not the
        value's."""
        path, names_key = self.resolve_pydantic(loc)
        if key or names_key:
            return self.locate_key(path)
        return self.locate(path)


# --------------------------------------------------------------------------- positions


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counted as PyYAML counts."""
    line, col = 1, 1
    end = min(index, len(text))
    for i in range(end):
        ch = text[i]
        if ch in "\n\x85\u2028\u2029" or (ch == "\r" and text[i + 1:i + 2] != "\n"):
            line, col = line + 1, 1
        elif ch != "\ufeff":
            col += 1
    return line, col


def _mark_pos(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _problem(message: str, file: str, pos: tuple[int, int] | None, hint: str, code: str) -> InputError:
    line, col = pos if pos else (None, None)
    return InputError(Problem(message, Location(file, line, col), hint, code))


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_T):] if tag.startswith(_T) else tag


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return {
        NULL: "nothing (an empty value)",
        BOOL: f"a true/false value ({node.value})",
        INT: f"a number ({node.value})",
        FLOAT: f"a number ({node.value})",
        TIMESTAMP: f"a date ({node.value})",
    }.get(node.tag, f"a text value ('{_clip(node.value)}')")


def _clip(text: str, width: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- loader


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2-like scalars, position bookkeeping and limits."""

    # Fresh tables: nothing inherited from PyYAML's YAML 1.1 schema.
    yaml_implicit_resolvers: dict = {}
    yaml_constructors: dict = {}
    yaml_multi_constructors: dict = {}

    def __init__(self, text: str, filename: str):
        self.filename = filename
        self.alias_marks: dict[tuple[int, Any], yaml.Mark] = {}
        self.anchor_names: dict[int, str] = {}
        self._depth = 0
        self.nodes = 0  # nodes composed, each once (an alias adds none)
        self.aliased = False  # whether any alias (*name) was used
        super().__init__(text)

    # -- composing -------------------------------------------------------

    def get_single_node(self) -> Node | None:
        self.get_event()  # StreamStartEvent
        document = None
        if not self.check_event(StreamEndEvent):
            document = self.compose_document()
        if not self.check_event(StreamEndEvent):
            event = self.get_event()
            raise _problem(
                "file holds more than one YAML document (a second one starts here with '---')",
                self.filename, _mark_pos(event.start_mark),
                "split the documents into separate files, one document per file; "
                "remove the '---' line if it was not meant to start a new document",
                "yaml-multi-doc")
        self.get_event()
        return document

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _problem(
                    f"lists and mappings are nested more than {MAX_DEPTH} levels deep",
                    self.filename, _mark_pos(event.start_mark),
                    "flatten the structure; no qcdc-rules file needs this much nesting",
                    "yaml-too-deep")
            node = super().compose_node(parent, index)
            self.nodes += 1
        finally:
            self._depth -= 1
        if isinstance(event, AliasEvent):
            self.aliased = True
            # The alias shares the anchored node; remember where it was used so
            # the use, not the anchor, is reported for this slot.
            if parent is not None and index is not None:
                self.alias_marks[(id(parent), _slot(index))] = event.start_mark
        elif getattr(event, "anchor", None):
            self.anchor_names[id(node)] = event.anchor
        return node

    # -- constructing ----------------------------------------------------

    def _fail(self, node: Node, message: str, hint: str, code: str = "yaml-value") -> InputError:
        return _problem(message, self.filename, _mark_pos(node.start_mark), hint, code)

    def construct_q_int(self, node: ScalarNode) -> int:
        try:
            return int(node.value)
        except ValueError:  # longer than Python's int-from-text limit
            raise self._fail(node, f"the number '{_clip(node.value)}' is too long",
                             "put quotes around it if it is meant as text") from None

    def construct_q_float(self, node: ScalarNode) -> float:
        value = node.value
        lowered = value.lower().lstrip("+")
        if lowered in (".inf", "-.inf"):
            return -math.inf if lowered.startswith("-") else math.inf
        if lowered == ".nan":
            return math.nan
        return float(value)

    def construct_q_bool(self, node: ScalarNode) -> bool:
        return node.value.lower() == "true"

    def construct_q_null(self, node: ScalarNode) -> None:
        return None

    def construct_q_undefined(self, node: Node):
        raise self._fail(node, f"the tag '{_short_tag(node.tag)}' is not supported",
                         "remove the tag", "yaml-tag")


if yaml.__with_libyaml__:
    class _FastLoader(_Loader, yaml.cyaml.CParser):
        """The same loader reading its events from libyaml (C) instead of PyYAML's Python
        scanner and parser: a third of the time of checking a province went on scanning.
        Composing, resolving and constructing stay the Python ones above, so the data, the
        positions and the checks are the same; a file with any problem is read again by the
        Python loader (``_load``), whose messages the error fixtures pin."""

        check_event = yaml.cyaml.CParser.check_event
        peek_event = yaml.cyaml.CParser.peek_event
        get_event = yaml.cyaml.CParser.get_event
        dispose = yaml.cyaml.CParser.dispose

        def __init__(self, text: str, filename: str):
            self.filename = filename
            self.alias_marks = {}
            self.anchor_names = {}
            self._depth = 0
            self.nodes = 0
            self.aliased = False
            yaml.cyaml.CParser.__init__(self, text)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
else:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = None


def _slot(index: Any) -> Any:
    """The key under which an alias use is remembered inside its parent:
    the item number in a list, the key node's identity in a mapping."""
    return index if isinstance(index, int) else id(index)


_Loader.add_constructor(STR, _Loader.construct_yaml_str)
_Loader.add_constructor(INT, _Loader.construct_q_int)
_Loader.add_constructor(FLOAT, _Loader.construct_q_float)
_Loader.add_constructor(BOOL, _Loader.construct_q_bool)
_Loader.add_constructor(NULL, _Loader.construct_q_null)
_Loader.add_constructor(SEQ, _Loader.construct_yaml_seq)
_Loader.add_constructor(MAP, _Loader.construct_yaml_map)
_Loader.add_constructor(None, _Loader.construct_q_undefined)

# Order matters: the first pattern that matches decides.
for _tag, _regexp in ((BOOL, _BOOL_RE), (NULL, _NULL_RE), (INT, _INT_RE), (FLOAT, _FLOAT_RE),
                      (TIMESTAMP, _TIMESTAMP_RE), (MERGE, _MERGE_RE)):
    _Loader.add_implicit_resolver(_tag, _regexp, None)


# --------------------------------------------------------------------------- checks on the node graph


def _children(node: Node) -> list[tuple[Node, Any]]:
    if isinstance(node, SequenceNode):
        return [(child, i) for i, child in enumerate(node.value)]
    if isinstance(node, MappingNode):
        out: list[tuple[Node, Any]] = []
        for key, value in node.value:
            out.append((key, None))
            out.append((value, id(key)))
        return out
    return []


def _check_graph(root: Node, loader: _Loader) -> None:
    """Refuse recursive aliases, and files that grow past MAX_NODES values or
    MAX_DEPTH levels once aliases are expanded. Iterative, linear in the
    number of distinct nodes."""
    file = loader.filename
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    on_path: set[int] = set()
    on_path.add(id(root))
    stack: list[tuple[Node, Any]] = [(root, iter(_children(root)))]
    while stack:
        node, pending = stack[-1]
        for child, slot in pending:
            if id(child) in on_path:
                mark = loader.alias_marks.get((id(node), slot), child.start_mark)
                name = loader.anchor_names.get(id(child))
                label = f"'*{name}'" if name else "this alias"
                raise _problem(
                    f"alias {label} is used inside the value it names, which would never end",
                    file, _mark_pos(mark),
                    "an anchor (&name) can only be used (*name) outside its own value",
                    "yaml-alias-loop")
            if id(child) not in size:
                on_path.add(id(child))
                stack.append((child, iter(_children(child))))
                break
        else:
            stack.pop()
            on_path.discard(id(node))
            kids = _children(node)
            total = 1 + sum(size[id(c)] for c, _ in kids)
            tall = 1 + max((height[id(c)] for c, _ in kids), default=0)
            if total > MAX_NODES:
                raise _problem(
                    f"this value expands to more than {MAX_NODES:,} values once its "
                    "aliases (*name) are expanded",
                    file, _mark_pos(node.start_mark),
                    "write the data out instead of nesting aliases of aliases; "
                    "a real inspection file is far smaller",
                    "yaml-too-large")
            if tall > MAX_DEPTH:
                raise _problem(
                    f"lists and mappings are nested more than {MAX_DEPTH} levels deep "
                    "once aliases (*name) are expanded",
                    file, _mark_pos(node.start_mark),
                    "flatten the structure; no qcdc-rules file needs this much nesting",
                    "yaml-too-deep")
            size[id(node)] = total
            height[id(node)] = tall


def _nfc_error(node: ScalarNode, text: str, file: str) -> InputError:
    raw = text[node.start_mark.index:node.end_mark.index]
    offset = first_non_nfc(raw)
    if offset is not None:
        source, index = raw, node.start_mark.index + offset
    else:  # came from escapes such as "\u0301"; point at the value
        offset = first_non_nfc(node.value) or 0
        source, index = node.value, node.start_mark.index
    end = offset + 1
    while end < len(source) and unicodedata.combining(source[end]):
        end += 1
    cluster = source[offset:end]
    base, marks = cluster[0], cluster[1:]
    if marks:
        names = " + ".join(unicodedata.name(m, f"U+{ord(m):04X}").lower() for m in marks)
        detail = f": '{nfc(cluster)}' is typed as '{base}' + {names}"
    else:
        detail = ""
    return _problem(
        f"text is not in NFC form{detail} (decomposed Vietnamese letters, "
        "e.g. 'ệ' typed as 'ê' + combining dot)",
        file, _line_col(text, index),
        "save the file with precomposed (NFC) characters; most editors have a "
        "'normalize Unicode' command; in Unikey choose 'Unicode dựng sẵn', not 'Unicode tổ hợp'",
        "nfc")


def _key_type_error(key: Node, file: str) -> InputError:
    pos = _mark_pos(key.start_mark)
    if not isinstance(key, ScalarNode):
        return _problem(f"a key must be a field name, but this key is {_kind(key)}", file, pos,
                        "use a plain field name as the key", "yaml-key")
    if key.tag == NULL:
        return _problem("a key is empty (or is null/~)", file, pos,
                        "write the field name before the ':'", "yaml-key")
    if key.tag in (INT, FLOAT, BOOL, TIMESTAMP):
        return _problem(f"a key must be a field name (text), but {key.value!s} is read as "
                        f"{_kind(key).split(' (')[0]}", file, pos,
                        f"put quotes around the key ('{key.value}': ...) if it is meant as text",
                        "yaml-key")
    return _problem(f"the tag '{_short_tag(key.tag)}' cannot be used on a key", file, pos,
                    "remove the tag", "yaml-key")


def _check_tree(node: Node, loader: _Loader, text: str, seen: set[int], is_key: bool = False) -> None:
    """In document order: supported tags only, NFC text, string keys, no
    duplicate keys. Fixes up tags that are text in our schema (dates as values,
    a lone '<<' as a value). Depth is bounded by MAX_DEPTH."""
    if id(node) in seen:
        return
    seen.add(id(node))
    file = loader.filename
    if isinstance(node, ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            raise loader._fail(node, f"the tag '{_short_tag(node.tag)}' is not supported",
                               "remove the tag; dates, numbers and text need no tag", "yaml-tag")
        if not is_key and node.tag in (TIMESTAMP, MERGE):
            node.tag = STR  # dates stay text exactly as written
        pattern = _SCALAR_PATTERNS.get(node.tag)
        if pattern is not None and not pattern.match(node.value):  # an explicit tag that lies
            raise loader._fail(node, f"'{_clip(node.value)}' is not a valid "
                               f"{_short_tag(node.tag)} value",
                               "remove the tag, or correct the value", "yaml-tag")
        if not is_nfc(node.value):
            raise _nfc_error(node, text, file)
        return
    expected = SEQ if isinstance(node, SequenceNode) else MAP
    if node.tag != expected:
        known = node.tag in _SCALAR_TAGS or node.tag in (SEQ, MAP)
        raise loader._fail(node, f"the tag '{_short_tag(node.tag)}' "
                           + (f"cannot be used on {_kind(node)}" if known else "is not supported"),
                           "remove the tag", "yaml-tag")
    if isinstance(node, SequenceNode):
        for child in node.value:
            _check_tree(child, loader, text, seen)
        return
    first: dict[str, Node] = {}
    for key, value in node.value:
        if not (isinstance(key, ScalarNode) and key.tag in (STR, MERGE)):
            raise _key_type_error(key, file)
        _check_tree(key, loader, text, seen, is_key=True)
        if key.value in first:
            earlier = first[key.value]
            raise _problem(
                f"duplicate key '{key.value}' (first at line {earlier.start_mark.line + 1})",
                file, _mark_pos(key.start_mark),
                "keep one of the two entries; YAML would silently drop the first",
                "yaml-duplicate-key")
        first[key.value] = key
        _check_tree(value, loader, text, seen)


# --------------------------------------------------------------------------- location index


def _index(root: Node, loader: _Loader) -> tuple[dict, dict]:
    """Path -> (line, column) for every value, and for every mapping key.
    Walks the node tree after construction, when merge keys ('<<') have been
    flattened into their mappings, so merged values are found too."""
    values: dict[tuple, tuple[int, int]] = {(): _mark_pos(root.start_mark)}
    keys: dict[tuple, tuple[int, int]] = {}
    stack: list[tuple[tuple, Node]] = [((), root)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, MappingNode):
            entries: dict[str, tuple[Node, Node]] = {}
            for key, value in node.value:
                if key.tag != MERGE:
                    entries[key.value] = (key, value)  # the last one wins, as in the data
            items = [(name, key, value, (id(node), id(key)))
                     for name, (key, value) in entries.items()]
        elif isinstance(node, SequenceNode):
            items = [(i, None, value, (id(node), i)) for i, value in enumerate(node.value)]
        else:
            continue
        for name, key, value, slot in items:
            child = path + (name,)
            if key is not None:
                keys[child] = _mark_pos(key.start_mark)
            values[child] = _mark_pos(loader.alias_marks.get(slot, value.start_mark))
            stack.append((child, value))
    return values, keys


# --------------------------------------------------------------------------- entry points


def _decode(raw: bytes, file: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raise _bom_error(file)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8")
        line, col = _line_col(prefix, len(prefix))
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw:
            guess = "it looks like UTF-16"
        else:
            guess = ("it was probably saved in a legacy encoding such as Windows-1258, "
                     "Windows-1252, TCVN3 or VNI")
        raise _problem(
            f"file is not valid UTF-8: byte 0x{raw[exc.start]:02X} at offset {exc.start} "
            f"(line {line}, column {col}) cannot be decoded; {guess}",
            file, (line, col), _HINT_UTF8 + "; in Notepad or VS Code use 'Save with Encoding' → UTF-8",
            "encoding") from None
    nul = text.find("\x00")
    if nul >= 0:
        line, col = _line_col(text, nul)
        offset = raw.find(b"\x00")
        raise _problem(
            f"file contains a NUL byte at offset {offset} (line {line}, column {col}); "
            "it looks like UTF-16 or a binary file, not UTF-8 text",
            file, (line, col), _HINT_UTF8, "encoding")
    return text


def _bom_error(file: str) -> InputError:
    return _problem("file starts with a byte-order mark (BOM)", file, (1, 1),
                    "save the file as UTF-8 without BOM", "bom")


# PyYAML's wording for the commonest mistakes, said plainly.
_PLAIN_SYNTAX = (
    ("expected <block end>", "this line's indentation does not line up with the lines above it"),
    ("mapping values are not allowed here",
     "a ':' is where no field can start; check the indentation, or put quotes around "
     "text that contains ': '"),
    ("could not find expected ':'", "a 'field: value' line is missing its ':'"),
)


def _syntax_error(exc: yaml.MarkedYAMLError, file: str) -> InputError:
    problem = exc.problem or exc.context or "the YAML is not valid"
    mark = exc.problem_mark or exc.context_mark
    hint, code = _HINT_SYNTAX, "yaml-syntax"
    if isinstance(exc, yaml.constructor.ConstructorError) and "merging" in problem:
        return _problem(f"a merge key '<<' {problem.replace('expected', 'needs')}", file,
                        _mark_pos(mark) if mark else None,
                        "write '<<: *name', where &name marks a mapping, or '<<: [*a, *b]'",
                        "yaml-merge")
    if exc.context and exc.context_mark and "end of stream" in problem and "quoted" in exc.context:
        message = ("a quoted text that starts here is never closed "
                   f"({problem} {exc.context})")
        mark, hint = exc.context_mark, "add the closing quote at the end of the text"
    else:
        detail = problem
        cmark = exc.context_mark
        if exc.context and cmark and mark and (cmark.line, cmark.column) != (mark.line, mark.column):
            line, col = _mark_pos(exc.context_mark)
            detail += f" {exc.context} that starts at line {line}, column {col}"
        elif exc.context and cmark is None and "next token" not in exc.context:
            detail += f" {exc.context}"
        plain = next((text for start, text in _PLAIN_SYNTAX if problem.startswith(start)), None)
        message = f"YAML syntax error: {plain} ({detail})" if plain else f"YAML syntax error: {detail}"
        if "'\\t'" in problem or "tab" in problem:
            hint = "replace the tab with spaces (YAML indentation must use spaces)"
        elif "undefined alias" in problem:
            hint = "define the anchor (&name) before using it (*name), or fix the name's spelling"
    return _problem(message, file, _mark_pos(mark) if mark else None, hint, code)


def _reader_error(exc: yaml.reader.ReaderError, text: str, file: str) -> InputError:
    char = exc.character
    code = ord(char) if isinstance(char, str) else char
    return _problem(
        f"character U+{code:04X} is not allowed in a YAML file (a control character "
        "or an unpaired surrogate)",
        file, _line_col(text, exc.position),
        "delete the character (most editors do not show it); it usually comes from copy-and-paste",
        "yaml-character")


def _load(text: str, file: str) -> Loaded:
    if text.startswith("\ufeff"):
        raise _bom_error(file)
    if _FastLoader is not None and not _UNUSUAL.search(text):
        try:
            return _load_with(_FastLoader, text, file)
        except Exception:  # noqa: BLE001 - the Python loader below finds and words the problem
            pass
    return _load_with(_Loader, text, file)


# Read by the Python loader only: characters its reader refuses (libyaml's rules differ a little).
# Anchors and aliases are read by both alike (composing is the same Python code; every ruleset and
# case file gives the same data and positions either way, tests/load/test_yaml_loader.py), and a file
# whose aliases are refused fails in the fast loader and is read again by the Python one, which words it.
_UNUSUAL = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _load_with(loader_class: type, text: str, file: str) -> Loaded:
    loader: _Loader | None = None
    try:
        loader = loader_class(text, file)
        root = loader.get_single_node()
        if root is None or not isinstance(root, MappingNode):
            pos = _mark_pos(root.start_mark) if root is not None else (1, 1)
            found = "nothing (the file is empty)" if root is None else _kind(root)
            raise _problem(f"expected a mapping of fields at the top level, found {found}",
                           file, pos,
                           "start the file with 'field: value' lines, e.g. 'name: UBND xã Bản Hon'",
                           "yaml-top-level")
        # Without aliases the nodes form a tree: no loop, as deep as composing allowed (it refuses
        # deeper), and as many values as were composed. Walking the graph was a third of the time.
        if loader.aliased or loader.nodes > MAX_NODES:
            _check_graph(root, loader)
        _check_tree(root, loader, text, set())
        data = loader.construct_document(root)
        values, keys = _index(root, loader)
    except InputError:
        raise
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, file) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text, file) from None
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a user file must never produce a traceback
        pos = None
        if loader is not None:
            try:
                pos = _mark_pos(loader.get_mark())
            except Exception:  # noqa: BLE001
                pos = None
        raise _problem(f"the YAML could not be read ({type(exc).__name__}: {exc})", file, pos,
                       "check the YAML near this place; if it looks right, report this as a "
                       "bug in qcdc-rules", "yaml") from None
    finally:
        if loader is not None:
            loader.dispose()
    return Loaded(data=data, file=file, text=text, _values=values, _keys=keys)


def load_yaml_text(text_or_bytes: str | bytes, filename: str = "<input>") -> Loaded:
    """Load YAML from text (or raw bytes, which must be UTF-8 without BOM).

    Raises :class:`InputError` for anything wrong with it."""
    file = str(filename)
    if isinstance(text_or_bytes, (bytes, bytearray, memoryview)):
        text = _decode(bytes(text_or_bytes), file)
    else:
        text = text_or_bytes
    return _load(text, file)


def load_yaml(path: str | Path) -> Loaded:
    """Load a YAML file. Raises :class:`InputError` for anything wrong with it,
    including a file that cannot be read."""
    file = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise _problem("file not found", file, None,
                       "check the path and the file name", "file") from None
    except IsADirectoryError:
        raise _problem("this is a folder, not a file", file, None,
                       "give the path of a .yaml file", "file") from None
    except PermissionError:
        raise _problem("the file cannot be read (permission denied)", file, None,
                       "check the file's permissions", "file") from None
    except OSError as exc:
        raise _problem(f"the file cannot be read ({exc.strerror or exc})", file, None,
                       "check the path and that the file is readable", "file") from None
    return _load(_decode(raw, file), file)


# --------------------------------------------------------------------------- dumping


class _Dumper(yaml.SafeDumper):
    """Writes plain data so that :func:`load_yaml_text` reads it back equal.

    A string is quoted when our rules *or* YAML 1.1's (PyYAML's, most other
    tools') would read it as something else, so '08', 'yes' or '14:30' come
    out quoted and mean the same text everywhere."""

    yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        tag = super().resolve(kind, value, implicit)
        if tag == STR and kind is ScalarNode and implicit[0]:
            other = _YAML11.resolve(kind, value, implicit)
            if other != STR:
                return other
            if _NUMBERISH.match(value):  # '08', '1.2.3': other YAML 1.2 readers differ
                return INT
        return tag

    def ignore_aliases(self, data: Any) -> bool:
        return True


_YAML11 = yaml.resolver.Resolver()
_NUMBERISH = re.compile(r"[-+]?\.?[0-9][0-9_.:eE+-]*\Z")
_Dumper.add_representer(tuple, lambda dumper, data: dumper.represent_list(list(data)))


def dump_yaml(data: Any) -> str:
    """Plain data as YAML text: Unicode as is, keys in their order, no aliases."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=4096)
