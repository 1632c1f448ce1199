"""Vietnamese alphabetical order: letters first (đ after d, ă â after a …), tones second."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from qcdc_rules.collation import sort_key


def test_dictionary_order():
    names = ["Đồng Văn", "Dào San", "Zebra", "Tab", "Tà Hừa", "Ăn", "An", "Âu", "Ư", "U", "Tạ", "Ta", "Tá"]
    assert sorted(names, key=sort_key) == ["An", "Ăn", "Âu", "Dào San", "Đồng Văn", "Ta", "Tá", "Tạ",
                                           "Tà Hừa", "Tab", "U", "Ư", "Zebra"]


def test_tones_in_dictionary_order():
    assert sorted(["má", "mạ", "mà", "mả", "mã", "ma"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_real_commune_names_of_lai_chau():
    assert sorted(["Mường Kim", "Mù Cả", "Mường Khoa", "Bình Lư", "Bum Nưa", "Dào San", "Đoàn Kết"],
                  key=sort_key) == ["Bình Lư", "Bum Nưa", "Dào San", "Đoàn Kết", "Mù Cả", "Mường Khoa", "Mường Kim"]


@given(st.text(alphabet="aăâbdđeêioôơuưyAĐ \u0300\u0301\u0303\u0309\u0323", max_size=8))
def test_composed_and_decomposed_forms_sort_alike(text):
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    assert sort_key(nfc)[:2] == sort_key(nfd)[:2]
