"""Pydantic validation errors → located, plain-language problems with a "did you mean"."""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import Problem
from ..model.refusals import MESSAGES
from ..text import did_you_mean
from .yaml_loader import Loaded

_QUOTED = re.compile(r"'([^']*)'")
_TYPE_HINTS = {
    "int_parsing": "write a whole number, e.g. 21",
    "int_type": "write a whole number, e.g. 21",
    "bool_parsing": "write true or false",
    "bool_type": "write true or false",
    "string_type": "write text",
    "list_type": "write a list: one '- ' item per line",
    "dict_type": "write fields as 'name: value' lines indented under it",
    "model_type": "write fields as 'name: value' lines indented under it",
    "greater_than_equal": "use a number that is not negative",
    "string_too_short": "fill it in",
}


def _unwrap(annotation: Any) -> list[Any]:
    """The model classes a field annotation may hold (through Optional, list, Annotated, unions)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (list, tuple, set, typing.Union, types.UnionType):
        out = []
        for arg in typing.get_args(annotation):
            out.extend(_unwrap(arg))
        return out
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def _field_names(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class whose fields the path ``loc`` is inside."""
    current: list[type[BaseModel]] = [model]
    for element in loc:
        if isinstance(element, int):
            continue
        nxt: list[type[BaseModel]] = []
        for m in current:
            for name, f in m.model_fields.items():
                if element in (name, f.alias):
                    nxt.extend(_unwrap(f.annotation))
        if not nxt:
            continue  # a union tag or validator name, not a field
        current = nxt
    return current[0] if current else None


def _path_text(loc: tuple) -> str:
    parts = []
    for element in loc:
        if isinstance(element, int):
            parts.append(f"[{element}]")
        elif isinstance(element, str) and not element.startswith(("function-", "list[", "union[")):
            parts.append(("." if parts else "") + element)
    return "".join(parts)


def problems_from_validation(exc: ValidationError, loaded: Loaded, model: type[BaseModel],
                             prefix: tuple = (), code: str = "input",
                             written: Callable[[tuple], tuple] | None = None,
                             subject: str | None = None) -> list[Problem]:
    """``written`` maps a path in the validated data back to the path the author wrote (a
    model that normalises its input before validating); ``subject`` names the whole entry."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        if written is not None:
            loc = written(loc)
        full = prefix + loc
        kind = err["type"]
        where = _path_text(loc) or subject or "the document"
        hint = None
        if kind == "extra_forbidden":
            name = str(loc[-1])
            parent = model_at(model, loc[:-1])
            allowed = _field_names(parent) if parent else []
            message = f"unknown field '{name}'" + (f" in {_path_text(loc[:-1])}" if loc[:-1] else "")
            hint = did_you_mean(name, allowed) or (f"fields here are: {', '.join(allowed)}" if allowed else None)
            location = loaded.locate_pydantic(full, key=True)
        elif kind == "missing":
            message = f"missing required field '{loc[-1]}'" + (f" in {_path_text(loc[:-1])}" if loc[:-1] else "")
            hint = f"add '{loc[-1]}:'"
            location = loaded.locate_pydantic(full[:-1])
        elif kind in ("enum", "literal_error"):
            expected = _QUOTED.findall(str(err.get("ctx", {}).get("expected", "")))
            value = err.get("input")
            message = f"'{value}' is not allowed for {where}"
            hint = did_you_mean(str(value), expected) or (f"use one of: {', '.join(expected)}" if expected else None)
            location = loaded.locate_pydantic(full)
        else:
            hint = _TYPE_HINTS.get(kind)
            msg = err["msg"]
            for prefix_text in ("Value error, ", "Assertion failed, "):
                if msg.startswith(prefix_text):
                    msg = msg[len(prefix_text):]
            value = err.get("input")
            shown = "" if isinstance(value, (dict, list)) or kind == "value_error" or kind in MESSAGES else f" (found {value!r})"
            message = f"{where}: {msg}{shown}"
            location = loaded.locate_pydantic(full)
        problems.append(Problem(message, location, hint, code))
    return problems
