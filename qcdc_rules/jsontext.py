"""JSON text as every report and scorecard writes it: two-space indent, keys sorted, text as
UTF-8 characters (not ``\\u`` escapes), a list item or key per line.

Written by orjson: the standard library's encoder falls back to pure Python whenever it indents,
and a national scorecard indents an entry per unit and per area — about 140 µs a unit's entry
against 10 (benchmarks/RESULTS.md). For what reports hold (strings, integers, booleans, None,
lists, string-keyed dicts and floats rounded to four places) the text is byte for byte
``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)``; tests/test_jsontext.py holds
it so. A float below 1e-4 would be spelled 0.00001 where the standard library writes 1e-05: both
are the same JSON number."""

from __future__ import annotations

from typing import Any

import orjson

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS


def dumps(value: Any) -> str:
    """``value`` as indented, sorted JSON text (no final newline)."""
    return orjson.dumps(value, option=_OPTIONS).decode()
