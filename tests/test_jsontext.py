"""``jsontext.dumps`` (orjson) writes what ``json.dumps(ensure_ascii=False, indent=2, sort_keys=True)``
wrote before it, for every value a report holds: the reports' bytes did not change with the encoder."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from qcdc_rules import jsontext


def reference(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**63 - 1)
           | st.text(st.characters(blacklist_categories=("Cs",)))  # a lone surrogate is not text
           | st.sampled_from(["Bản Bo", "xã Tả Lèng", "Điều 13", "\t\n\r\x00\x1f\"\\", "\u2028", "ꙮ😀"])
           | st.floats(min_value=0, max_value=1, allow_nan=False).map(lambda x: round(x, 4))  # scores, shares
           | st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2)))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=25)


@settings(max_examples=400, deadline=None)
@given(values)
def test_the_same_text_as_the_standard_library(value):
    assert jsontext.dumps(value) == reference(value)


def test_a_scorecard_entry():
    entry = {"why": {"LDC-11-01": [{"vi": "kỳ 2025: không đạt", "en": "period 2025: not met"}]},
             "score": {"numerator": 7, "denominator": 9, "value": 0.7778}, "counts": {}, "outstanding": [],
             "path": ["Lai Châu", "Tam Đường", "Bản Bo"], "file": None, "as_of": "2026-06-30"}
    text = jsontext.dumps(entry)
    assert text == reference(entry) and text.index('"as_of"') < text.index('"counts"') < text.index('"why"')
    assert '"Bản Bo"' in text and '"counts": {}' in text and "\n  " in text
