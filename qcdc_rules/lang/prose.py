"""Rule texts in the reader's words: field references written as markup, and a lint for code.

A report is read by a commune clerk, not by a programmer. Rule texts (title, remediation,
note, labels, reasons) are therefore plain Vietnamese and English; where a text must tell the
reader what to record, it names the field as markup and the reader sees the field's label,
with the name to type quoted beside it:

    {documents.received}                 → ngày nhận được (`received`)
    {documents.kind: citizen_petition}   → “Đơn khiếu nại, kiến nghị…” (`kind: citizen_petition`)
    {disclosures.sector_deadline: true}  → pháp luật chuyên ngành quy định thời điểm khác: có
                                           (`sector_deadline: true`)
    {unit.has_loudspeaker}               → có hệ thống truyền thanh cấp xã (`has_loudspeaker`)

``expand`` turns markup into text; ``problems`` finds markup that names no field (with a "did
you mean") and anything shaped like code outside it (``CODE``), so ``qcdc-check validate``
refuses a rule that would show code to a reader. The same pattern is what the tests look for
in rendered reports."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from typing import get_args

from ..model.fact_schema import COLLECTIONS, UNIT
from ..model import profile as pm
from ..model.vocab import Vocab
from ..text import did_you_mean

_REF = re.compile(r"\{([a-z_]+)\.([a-z_0-9]+)(?:\s*:\s*([^{}]+?))?\s*\}")

#: Shaped like code rather than words: snake_case names, dotted paths (``docs/time.md``,
#: ``params.x``), calls (``exists(``), comparisons written as code and empty lists.
CODE = re.compile(r"(?<![\w`])[a-z][a-z0-9]*(?:_+[a-z0-9]+)+(?![\w`])"
                  r"|(?<![\w`/])[a-z_]+(?:/[a-z_]+)*\.(?:md|yaml|json|py)\b"
                  r"|\b(?:params|unit|period|as_of)\.[a-z][a-z_]*"
                  r"|\b[a-z_]+\((?!\d)"
                  r"|==|!=|\[\]")
_QUOTED = re.compile(r"`[^`\n]*`")

_TRUE = {"vi": "có", "en": "yes"}
_FALSE = {"vi": "không", "en": "no"}


_MODELS = {  # where a field the reader records lives in the profile, by the name markup uses
    "unit": (pm.Headcount, pm.Attributes, pm.Profile), "documents": (pm.Document,), "disclosures": (pm.Disclosure,),
    "meetings": (pm.Meeting,), "boards": (pm.Board,), "trainings": (pm.Training,), "officers": (pm.Officer,),
    "receptions": (pm.Reception,), "postings": (pm.Posting,), "broadcasts": (pm.Broadcast,),
    "members": (pm.Member,), "vacancies": (pm.Vacancy,), "term": (pm.Term,), "period": (pm.DataPeriod,),
    "attendees": (pm.Attendee,), "waivers": (pm.Waiver,),
}


@dataclass(frozen=True)
class _Field:
    vi: str
    en: str
    enum: type | None

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


def _head(text: str) -> str:
    """The first phrase of a description, as a label inside a sentence: up to a parenthesis,
    colon or semicolon, lower-cased unless it opens with an abbreviation (UBND, HĐND)."""
    head = re.split(r"\s*[(:;]", text, maxsplit=1)[0].strip().rstrip(",.") or text
    return head[0].lower() + head[1:] if len(head) > 1 and head[1].islower() else head


def _vocab_in(annotation) -> type | None:
    """The closed vocabulary a field takes, also inside ``list[...]`` and ``X | None``."""
    if isinstance(annotation, type) and issubclass(annotation, Vocab):
        return annotation
    return next((v for a in get_args(annotation) if (v := _vocab_in(a)) is not None), None)


def _field(scope: str, name: str) -> _Field | None:
    """A field's short label: the fact schema's where it has one, else the first phrase of the
    profile model's description ("vi / en")."""
    ft = UNIT if scope == "unit" else COLLECTIONS.get(scope)
    spec = ft.fields.get(name) if ft else None
    if spec is not None:
        return _Field(spec.vi, spec.en, spec.enum)
    for model in _MODELS.get(scope, ()):
        for key, info in model.model_fields.items():
            if name not in (key, info.alias):
                continue
            vi, _, en = (info.description or name).partition(" / ")
            enum = _vocab_in(info.annotation)
            return _Field(_head(vi), _head(en or vi), enum)
    return None


def _names(scope: str) -> list[str]:
    ft = UNIT if scope == "unit" else COLLECTIONS.get(scope)
    names = list(ft.fields) if ft else []
    for model in _MODELS.get(scope, ()):
        names += [info.alias or key for key, info in model.model_fields.items()]
    return names


def _value_text(spec: _Field, value: str, lang: str) -> str:
    if value in ("true", "false"):
        return (_TRUE if value == "true" else _FALSE)[lang]
    if spec.enum is not None:
        try:
            return f"“{spec.enum(value).label(lang)}”"
        except ValueError:
            return value
    return value


def expand(text: str, lang: str) -> str:
    """Markup replaced by the field's label and its name (and value) quoted."""
    def one(m: re.Match) -> str:
        scope, name, value = m.group(1), m.group(2), m.group(3)
        spec = _field(scope, name)
        if spec is None:
            return m.group(0)  # reported by problems(); left as written
        label = spec.label(lang)
        if value is None:
            return f"{label} (`{name}`)"
        shown = _value_text(spec, value.strip(), lang)
        if spec.enum is not None and value.strip() not in ("true", "false"):
            return f"{shown} (`{name}: {value.strip()}`)"
        return f"{label}: {shown} (`{name}: {value.strip()}`)"
    return _REF.sub(one, text)


@dataclass(frozen=True)
class TextProblem:
    offset: int
    message: str
    hint: str | None = None


def _markup_for(word: str) -> str | None:
    """How to write a field name or a code the reader must record, as markup."""
    for scope in _MODELS:
        if word in _names(scope):
            spec = _field(scope, word)
            return f"write {{{scope}.{word}}}: the reader sees its label ({spec.vi})"
    for scope in _MODELS:
        for name in _names(scope):
            spec = _field(scope, name)
            if spec.enum is not None and word in {v.value for v in spec.enum}:
                return f"write {{{scope}.{name}: {word}}}: the reader sees “{spec.enum(word).vi}”"
    return None


@functools.cache
def _known_names() -> frozenset[str]:
    names = set(_MODELS)
    for scope in _MODELS:
        for name in _names(scope):
            names.add(name)
            spec = _field(scope, name)
            if spec is not None and spec.enum is not None:
                names.update(v.value for v in spec.enum)
    return frozenset(names)


_ASCII_WORD = re.compile(r"(?<![\w`])[a-z]+(?![\w`])")


def problems(text: str, lang: str = "en") -> list[TextProblem]:
    """Markup that names no field or value, and code outside markup. In Vietnamese text a bare
    field name or code of the schema ("received", "covenant") is code too: English words do not
    belong in a Vietnamese sentence."""
    out: list[TextProblem] = []
    for m in _REF.finditer(text):
        scope, name, value = m.group(1), m.group(2), m.group(3)
        if scope not in _MODELS:
            out.append(TextProblem(m.start(), f"{{{scope}.{name}}} names no part of the profile",
                                   did_you_mean(scope, list(_MODELS))))
            continue
        spec = _field(scope, name)
        if spec is None:
            out.append(TextProblem(m.start(), f"{{{scope}.{name}}}: {scope} has no field '{name}'",
                                   did_you_mean(name, _names(scope))))
            continue
        if value is not None and spec.enum is not None and value.strip() not in ("true", "false"):
            codes = [v.value for v in spec.enum]
            if value.strip() not in codes:
                out.append(TextProblem(m.start(), f"{{{scope}.{name}: {value.strip()}}}: not a value of {name}",
                                       did_you_mean(value.strip(), codes)))
    rest = _REF.sub(lambda m: " " * len(m.group(0)), text)
    rest = _QUOTED.sub(lambda m: " " * len(m.group(0)), rest)
    for m in CODE.finditer(rest):
        word = m.group(0)
        hint = _markup_for(word)
        out.append(TextProblem(m.start(), f"'{word}' reads as code, not as words", hint or
                               "say it in words; a field the reader must record is written as markup, "
                               "e.g. {documents.received}"))
    if lang == "vi":
        known = _known_names()
        for m in _ASCII_WORD.finditer(CODE.sub(lambda c: " " * len(c.group(0)), rest)):
            if m.group(0) in known:
                out.append(TextProblem(m.start(), f"'{m.group(0)}' is a name of the profile schema, not Vietnamese",
                                       _markup_for(m.group(0)) or "say it in words"))
    return sorted(out, key=lambda p: p.offset)


def code_in(rendered: str) -> list[str]:
    """Code-shaped tokens in a rendered report, outside `quoted` field names."""
    return [m.group(0) for m in CODE.finditer(_QUOTED.sub(" ", rendered))]
