"""What the profile model refuses, in words: one catalogue of codes, each with its Vietnamese and English text.

A validator raises ``refuse(code, ...)``; pydantic carries the code and its context, and formats the English
text itself (so the YAML loader's messages stay as they were). A reader that knows where a field was typed,
such as the workbook (``load/workbook.py``), asks ``say`` for the text in the reader's language with each
field named as the reader showed it: a column header instead of ``recognised_by``.

Context keys ``a`` and ``b`` name fields of the model that raised, ``va`` and ``vb`` their values; any
other key is a value too. ISO dates among the values are shown as dd/mm/yyyy in Vietnamese."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic_core import PydanticCustomError

FIELD_KEYS = ("a", "b")

# code: (Vietnamese, English). The English text is what pydantic shows; keep it stable, tests read it.
MESSAGES: dict[str, tuple[str, str]] = {
    "contradicts": ("“{a}” ghi là không nhưng “{b}” đã có; giữ một trong hai",
                    "{a}: false contradicts {b}; keep one"),
    "date_order": ("“{a}” ({va}) trước “{b}” ({vb})",
                   "'{a}' ({va}) is before '{b}' ({vb})"),
    "term_order": ("nhiệm kỳ kết thúc ({va}) không sau ngày bắt đầu ({vb})",
                   "term ends ({va}) before it starts ({vb})"),
    "more_than": ("“{a}” ({va}) nhiều hơn “{b}” ({vb})",
                  "{a} ({va}) is more than {b} ({vb})"),
    "village_needed": ("niêm yết ở thôn, tổ dân phố thì phải ghi “{a}”",
                       "a posting at a village needs '{a}': the name of the thôn or tổ dân phố"),
    "part_of_item": ("phần “{part}” thuộc khoản {belongs} Điều 11, không thuộc khoản {item}",
                     "part '{part}' belongs to item {belongs} of Art. 11, not item {item}"),
    "schema": ("không đọc được dạng hồ sơ “{value}”: phiên bản này đọc “{expected}”",
               "unknown profile schema '{value}': this version reads '{expected}'"),
    "admin_path": ("địa bàn hành chính phải đi từ tỉnh xuống từng cấp một, đang ghi {levels}",
                   "admin_path must go down one level at a time from the province, found {levels}"),
    "listed_and_recorded": ("“{key}” được ghi là đã kiểm tra không có, nhưng đã ghi {count} mục như vậy ở "
                            "“{collection}”; bỏ một trong hai",
                            "'{key}' is listed under not_found, but {count} such item(s) are recorded under "
                            "{collection}; remove one or the other"),
}

# pydantic's own error types a clerk can cause, with what to type instead.
BUILT_IN: dict[str, tuple[str, str]] = {
    "missing": ("ô bắt buộc, đang để trống", "this is required, and empty"),
    "greater_than_equal": ("phải từ {ge} trở lên", "must be {ge} or more"),
    "less_than_equal": ("phải từ {le} trở xuống", "must be {le} or less"),
    "string_too_short": ("cần ít nhất {min_length} ký tự", "needs at least {min_length} characters"),
}

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def refuse(code: str, **ctx: Any) -> PydanticCustomError:
    """The error a model validator raises: ``raise refuse("date_order", a="to", b="from", ...)``."""
    return PydanticCustomError(code, MESSAGES[code][1], {k: str(v) for k, v in ctx.items()})


def say(error: dict, lang: str = "vi", name: Callable[[str], str] | None = None) -> str:
    """The text of one error of ``ValidationError.errors()``; ``name`` turns a field key into the words
    the reader saw (a column header), for the ``a``/``b`` context keys."""
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    template = (MESSAGES.get(kind) or BUILT_IN.get(kind) or (None, None))[0 if lang == "vi" else 1]
    if template is None:
        msg = error["msg"]
        for prefix in ("Value error, ", "Assertion failed, "):
            msg = msg.removeprefix(prefix)
        return msg
    for key in FIELD_KEYS:
        if key in ctx and name is not None:
            ctx[key] = name(ctx[key])
    if lang == "vi":
        ctx = {k: _ISO_DATE.sub(r"\3/\2/\1", v) if isinstance(v, str) and k not in FIELD_KEYS else v
               for k, v in ctx.items()}
    return template.format(**ctx)
