"""Text helpers shared by loaders, the condition language and the legal-text index."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

# Characters the legal sources carry that are invisible in print and must not
# break a quote match: soft hyphen, zero-width space/joiners, BOM, NBSP.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
_WS = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def first_non_nfc(text: str) -> int | None:
    """Offset of the first character whose NFC form differs (a decomposed letter)."""
    if is_nfc(text):
        return None
    for i, ch in enumerate(text):
        # A combining mark after a base letter is what NFD Vietnamese looks like.
        if unicodedata.combining(ch):
            return max(i - 1, 0)
    return 0


def normalise_for_match(text: str) -> str:
    """NFC, drop invisible characters, fold typographic quotes, collapse whitespace."""
    text = nfc(text).translate(_INVISIBLE).replace("\u00a0", " ")
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return _WS.sub(" ", text).strip()


def did_you_mean(word: str, choices: Iterable[str], n: int = 1, lang: str = "en") -> str | None:
    """The closest choice, phrased for an error message, or None."""
    matches = difflib.get_close_matches(word, list(choices), n=n, cutoff=0.6)
    if not matches:
        return None
    if lang == "vi":
        return "có phải là " + " hay ".join(f"“{m}”" for m in matches) + "?"
    return "did you mean " + " or ".join(f"'{m}'" for m in matches) + "?"


_VI_ORDER = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz"
_VI_RANK = {ch: i for i, ch in enumerate(_VI_ORDER)}


def vi_sort_key(text: str) -> tuple:
    """Sort key for Vietnamese names: đ after d, toned letters after the base letter."""
    key = []
    for ch in nfc(text).lower():
        key.append(_VI_RANK.get(ch, 1000 + ord(ch)))
    return tuple(key)
