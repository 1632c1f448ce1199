"""Vietnamese alphabetical order, as a dictionary or an official list sorts names.

The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y: ă, â, đ, ê, ô,
ơ, ư are letters of their own, each after its base letter, so "Đồng" sorts after every
"D…" word. Tones weigh less than letters: two names are first compared letter by letter
with tones ignored, and only then by tone, in the order of the dictionaries (ngang,
huyền, hỏi, ngã, sắc, nặng). Case is the last tie-break. A generic Unicode sort gets
this wrong (it puts "Đ" after "Z" and tones before letters)."""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_MODIFIERS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}  # breve, circumflex, horn (on a/e/o/u)
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


def _letters(word: str) -> list[tuple[str, int]]:
    """(letter of the alphabet, tone 0–5) per base character, from the NFD form."""
    out: list[tuple[str, int]] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONES and out:
            out[-1] = (out[-1][0], _TONES[ch])
        elif ch in _MODIFIERS and out:
            base = out[-1][0]
            letter = {"a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô", "o\u031b": "ơ",
                      "u\u031b": "ư"}.get(base + ch, base)
            out[-1] = (letter, out[-1][1])
        elif unicodedata.combining(ch):
            continue
        else:
            out.append(("đ" if ch == "đ" else ch, 0))
    return out


def sort_key(text: str) -> tuple:
    """A key for ``sorted``: letters first, then tones, then case."""
    letters = _letters(text)
    primary = tuple((0, _RANK[c]) if c in _RANK else ((-1, 0) if c.isspace() else (1, ord(c)))
                    for c, _ in letters)  # a word ends before any letter: "Ta Hừa" < "Tab"
    tones = tuple(t for _, t in letters)
    return primary, tones, text
