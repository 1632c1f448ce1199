"""Types shared by the profile and ruleset models."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, WithJsonSchema

from ..text import nfc

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


M = TypeVar("M", bound=BaseModel)


def trusted(cls: type[M], **values: Any) -> M:
    """``cls.model_construct(**values)`` where ``values`` names every field of ``cls``, each already of
    its type (made by the evaluator from validated rules): the model without validation, in a quarter
    of ``model_construct``'s time, which looks up each field's default and alias again. A unit's report
    holds a finding per rule, a result per check and period: 8 → 2 µs each (benchmarks/RESULTS.md).
    tests/model/test_trusted.py holds every call site's models equal to their validated copies."""
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


def parse_date(value: Any) -> dt.date:
    """A date as inspectors write it: ISO (2024-03-31) or Vietnamese (31/03/2024).

    An impossible date (31/02/2024) is an error that says why, not a silent
    roll-over."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date such as 2024-03-31 or 31/03/2024, found {value!r}")
    if len(value) == 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        try:  # the form every cached profile and most files have, read in C
            return dt.date.fromisoformat(value)
        except ValueError:
            pass  # an impossible day: said below, with why
    text = value.strip()
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _VN.match(text)
        if not m:
            raise ValueError(f"'{text}' is not a date: write it as 2024-03-31 or 31/03/2024")
        day, month, year = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        raise ValueError(f"impossible date '{text}': there is no month {month}")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(f"impossible date '{text}': month {month}/{year} has {last} days")
    return dt.date(year, month, day)


def _format_date(value: dt.date) -> str:
    return value.isoformat()


VNDate = Annotated[
    dt.date,
    BeforeValidator(parse_date),
    PlainSerializer(_format_date, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$",
                    "description": "Ngày: 2024-03-31 hoặc 31/03/2024 / a date: 2024-03-31 or 31/03/2024"}),
]


def _nfc_text(value: Any) -> Any:
    return nfc(value) if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_nfc_text)]


class Strict(BaseModel):
    """Base of every input model: unknown fields are errors (a typo must not pass silently)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True,
                              frozen=False)


class Localized(Strict):
    """A text in Vietnamese (required) and English (required: reports exist in both)."""

    vi: Text
    en: Text

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


def vocab_set(values: list | None) -> list | None:
    """A list of words from a closed vocabulary is a set: each word once, in the vocabulary's order, so the
    same choices read the same however they were typed (the workbook gives each word its own column)."""
    if not values:
        return values
    order = {m: i for i, m in enumerate(type(values[0]))}
    return sorted(set(values), key=order.__getitem__)
