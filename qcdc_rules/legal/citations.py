"""The legal texts that ship with the package: find an article, clause or point,
check that a rule's verbatim quote is really in it, and write the citation the way a
Vietnamese lawyer would.

Vocabulary (Vietnamese drafting): an article is an *Điều*, a clause a *khoản*
(numbered ``1.``, ``2.`` …), a point an *điểm* (lettered ``a)``, ``b)`` … in the
Vietnamese alphabet: ``đ`` follows ``d``; there is no f, j, w or z).

The texts live in ``qcdc_rules/legal/texts/*.md`` and are described by
``qcdc_rules/legal/instruments.yaml``. Each file has a ``# `` title, a source note,
then one ``## <short name> Điều N. <title>`` heading per article. Everything is read
through :mod:`importlib.resources`, so it works from an installed wheel, and each
file is parsed once.

How a file becomes a tree (see :func:`parse_text`):

* Text before the first article heading is the file's preamble and is ignored.
* A paragraph is a non-empty line (some sources separate lines by blank lines,
  others do not; none wraps a paragraph over several lines).
* A paragraph ``N. …`` starts clause N only if N is the next number (1 for the first
  clause, then previous + 1) and the paragraph is not inside an open “…” quotation.
  Anything else, such as the clauses of a whole article quoted inside an amending
  clause, is text of the unit it sits in.
* A paragraph ``x) …`` starts a point by the same rule, in Vietnamese letter order.
  A later unnumbered paragraph stays with the point when it plainly continues it (the
  point ends with ``:``, or the paragraph starts with a dash, ``+`` or a lower-case
  letter); otherwise it is closing text of the clause, not of its last point.
* Not part of any unit: the codification's source note in parentheses right under
  the heading ("(Điều 11 Luật số 10/2022/QH15, có hiệu lực …)"), its trailing
  cross-reference note ("(Điều này có nội dung liên quan đến …)"), structure headings
  between articles ("Chương II", "Mục 2", "Tiểu mục 1" and their all-caps title
  line) and a law's enactment formula ("Luật này được Quốc hội nước Cộng hòa xã hội
  chủ nghĩa Việt Nam khóa … thông qua ngày …").
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from qcdc_rules.errors import QcdcError, ResourceMissing
from qcdc_rules.text import did_you_mean, nfc, normalise_for_match

__all__ = [
    "POINT_LETTERS",
    "Article",
    "CitationError",
    "Clause",
    "Document",
    "Instrument",
    "Point",
    "Provision",
    "UnknownInstrumentError",
    "document",
    "format_citation",
    "instrument",
    "instruments",
    "parse_text",
    "provision",
    "quote_in",
]

_PACKAGE = "qcdc_rules.legal"
# A file shipped with the package needs no positions (they are for what users write): read it with
# libyaml when PyYAML was built with it, several times faster than the pure-Python reader
# (instruments.yaml: about 40 ms of every check otherwise); tests/legal/test_citations.py holds the two equal.
DATA_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Letters of points (điểm) in order. Vietnamese has no f, j, w, z; đ follows d.
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"
_POINT_RANK = {ch: i for i, ch in enumerate(POINT_LETTERS)}


class CitationError(QcdcError):
    """An article, clause or point that does not exist, or a citation that is malformed."""


class UnknownInstrumentError(CitationError, KeyError):
    """An instrument id that ``instruments.yaml`` does not know. Also a ``KeyError``."""

    def __str__(self) -> str:  # KeyError would print the repr of the message
        return str(self.args[0]) if self.args else ""


# --------------------------------------------------------------------------- instruments

Kind = Literal["Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Nghị quyết", "Quyết định", "Thông tư", "Quy định"]


class Caveat(BaseModel):
    """A provision that may have been changed by a text we do not have, or whose application the
    law leaves to a text not found: shown beside every citation of it, so no report states it with
    more confidence than we have.

    It covers one article (``article``, with ``clause`` or all its clauses), several
    (``articles``), or every citation of the instrument (neither); from ``from`` to ``to`` (the
    as-of date decides); and, with ``when``, only for units of which that condition holds (a
    condition on unit facts in the condition language, e.g. ``unit.border_area``)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    article: int | None = None  # None, with no ``articles``: every citation of the instrument
    articles: tuple[int, ...] = ()
    clause: int | None = None  # None: the whole article
    from_: _dt.date | None = Field(None, alias="from")
    to: _dt.date | None = None
    when: str | None = None
    vi: str
    en: str

    def covers(self, article: int, clause: int | None) -> bool:
        if self.article is None and not self.articles:
            return True
        if article not in ((self.article,) if self.article is not None else ()) + self.articles:
            return False
        return self.clause is None or clause is None or self.clause == clause

    def in_force_on(self, day: _dt.date) -> bool:
        return (self.from_ is None or self.from_ <= day) and (self.to is None or day <= self.to)


class Instrument(BaseModel):
    """One legal instrument as described in ``instruments.yaml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    number: str
    kind_vi: Kind
    title_vi: str
    title_en: str
    short_vi: str
    short_en: str
    issued: _dt.date
    effective_from: _dt.date
    effective_to: _dt.date | None = None
    text: str | None = None
    source: Literal["primary", "transcription", "secondary"]
    source_note: str
    caveats: tuple[Caveat, ...] = ()

    def caveat(self, article: int, clause: int | None) -> Caveat | None:
        """The first caveat on this provision whatever the date and the unit (e.g. an amendment
        whose text is not at hand); a citation of a whole article carries those of its clauses."""
        return next((c for c in self.caveats if c.covers(article, clause)), None)

    def caveats_on(self, article: int, clause: int | None, day: _dt.date) -> list[Caveat]:
        """The caveats on this provision on ``day``; those with ``when`` hold only for some units."""
        return [c for c in self.caveats if c.covers(article, clause) and c.in_force_on(day)]

    def in_force_on(self, day: _dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


@functools.cache
def instruments() -> dict[str, Instrument]:
    """Every instrument in ``instruments.yaml``, keyed by id, in file order."""
    resource = files(_PACKAGE) / "instruments.yaml"
    try:
        raw = yaml.load(nfc(resource.read_text(encoding="utf-8")), Loader=DATA_LOADER)
    except FileNotFoundError as exc:  # pragma: no cover - packaging error
        raise ResourceMissing(f"{_PACKAGE}/instruments.yaml is missing from the package") from exc
    if not isinstance(raw, dict):
        raise ResourceMissing(f"{_PACKAGE}/instruments.yaml does not hold a mapping of instruments")
    return {key: Instrument(id=key, **value) for key, value in raw.items()}


# Instruments a ruleset ships itself (a province's own resolution): ``<ruleset>/instruments.yaml``
# and ``<ruleset>/texts/``, registered when the ruleset loads. id -> (instrument, texts folder).
_LOCAL: dict[str, tuple[Instrument, Path]] = {}


def register_instruments(raw: object, texts: Path) -> list[tuple[str, str]]:
    """Register the instruments a ruleset describes (its ``instruments.yaml``, loaded) with
    their texts in ``texts``; returns (id, problem) for each one refused.

    An id may not shadow a shipped instrument; registering an id again (the same ruleset
    loaded again, or a copy of it) replaces it, and two rulesets applied together may not
    both define one (load.ruleset.conflicts). Each instrument's text, if it names one, must
    be in the ruleset's ``texts/`` folder."""
    if not isinstance(raw, dict):
        return [("", "instruments.yaml must map instrument ids to their descriptions")]
    refused = []
    for key, value in raw.items():
        try:
            inst = Instrument(id=key, **(value or {}))
        except (TypeError, ValueError) as e:
            refused.append((key, f"instrument '{key}' does not validate: {e}".splitlines()[0]))
            continue
        if key in instruments():
            refused.append((key, f"instrument id '{key}' is already used; give the province's text its own id"))
        elif inst.text is not None and not (texts / inst.text).is_file():
            refused.append((key, f"instrument '{key}' names text '{inst.text}', which is not in {texts}"))
        else:
            _LOCAL[key] = (inst, texts)
    document.cache_clear()
    return refused


def instrument(instrument_id: str) -> Instrument:
    """One instrument by id; an unknown id raises :class:`UnknownInstrumentError`."""
    if instrument_id in _LOCAL:
        return _LOCAL[instrument_id][0]
    table = instruments()
    try:
        return table[instrument_id]
    except KeyError:
        hint = did_you_mean(str(instrument_id), [*table, *_LOCAL])
        message = f"unknown legal instrument '{instrument_id}'"
        message += f"; {hint}" if hint else f"; known: {', '.join(table)}"
        raise UnknownInstrumentError(message) from None


# --------------------------------------------------------------------------- tree


def _join(paragraphs: tuple[str, ...]) -> str:
    return "\n".join(paragraphs)


@dataclass(frozen=True)
class Point:
    """A point (điểm) ``x) …`` with any paragraphs that continue it."""

    letter: str
    paragraphs: tuple[str, ...]
    line: int

    @property
    def text(self) -> str:
        return _join(self.paragraphs)


@dataclass(frozen=True)
class Clause:
    """A clause (khoản) ``N. …``: its opening paragraphs, its points, closing text."""

    number: int
    intro: tuple[str, ...]
    points: tuple[Point, ...]
    tail: tuple[str, ...]
    line: int

    @property
    def paragraphs(self) -> tuple[str, ...]:
        out = list(self.intro)
        for p in self.points:
            out.extend(p.paragraphs)
        out.extend(self.tail)
        return tuple(out)

    @property
    def text(self) -> str:
        return _join(self.paragraphs)

    def point(self, letter: str) -> Point | None:
        return next((p for p in self.points if p.letter == letter), None)


@dataclass(frozen=True)
class Article:
    """An article (Điều): its chapeau (text before clause 1) and its clauses.

    A few articles list points with no clause; those sit in ``points``, between the
    chapeau and any closing text (``tail``)."""

    number: int
    title: str
    chapeau: tuple[str, ...]
    points: tuple[Point, ...]
    tail: tuple[str, ...]
    clauses: tuple[Clause, ...]
    line: int

    @property
    def paragraphs(self) -> tuple[str, ...]:
        out = list(self.chapeau)
        for p in self.points:
            out.extend(p.paragraphs)
        out.extend(self.tail)
        for c in self.clauses:
            out.extend(c.paragraphs)
        return tuple(out)

    @property
    def text(self) -> str:
        return _join(self.paragraphs)

    def clause(self, number: int) -> Clause | None:
        return next((c for c in self.clauses if c.number == number), None)

    def point(self, letter: str) -> Point | None:
        return next((p for p in self.points if p.letter == letter), None)


@dataclass(frozen=True)
class Document:
    """A parsed text file: its articles by number, in file order."""

    name: str
    title: str
    articles: dict[int, Article]


_ARTICLE_HEADING = re.compile(r"^##\s+(?P<label>.*?)\bĐiều\s+(?P<num>\d+)\.\s*(?P<title>.*?)\s*$")
_CLAUSE = re.compile(r"^(?P<num>\d+)\.\s")
_POINT = re.compile(r"^(?P<letter>[a-zđ])\)\s")
_SOURCE_NOTE = re.compile(r"^\(Điều\s+\d+\b.*hiệu lực.*\)$")
_CROSS_REF = re.compile(r"^\(Điều này có nội dung liên quan đến\b")
_STRUCTURE = re.compile(r"^(Phần thứ \S+|Chương [IVXLCDM]+|Mục \d+|Tiểu mục \d+)$")
_ENACTMENT = re.compile(r"^(Luật|Bộ luật) này (đã )?được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam\b")
_CONTINUES = re.compile(r"^[-–+•]")


def _is_caps_title(paragraph: str) -> bool:
    letters = [ch for ch in paragraph if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _quote_depth(depth: int, paragraph: str) -> int:
    """Nesting of typographic quotes after ``paragraph``; a stray closing mark is ignored."""
    for ch in paragraph:
        if ch == "“":
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
    return depth


class _PointBuilder:
    def __init__(self, letter: str, first: str, line: int):
        self.letter, self.line, self.paragraphs = letter, line, [first]

    def build(self) -> Point:
        return Point(self.letter, tuple(self.paragraphs), self.line)


class _Container:
    """What clauses and articles share: opening text, points, closing text."""

    def __init__(self) -> None:
        self.intro: list[str] = []
        self.points: list[_PointBuilder] = []
        self.tail: list[str] = []

    def next_letter(self) -> str | None:
        if not self.points:
            return POINT_LETTERS[0]
        rank = _POINT_RANK[self.points[-1].letter] + 1
        return POINT_LETTERS[rank] if rank < len(POINT_LETTERS) else None

    def add(self, paragraph: str, line: int, depth: int) -> None:
        m = _POINT.match(paragraph)
        if m and depth == 0 and m["letter"] == self.next_letter():
            if self.tail:  # what looked like closing text was the previous point's
                self.points[-1].paragraphs.extend(self.tail)
                self.tail.clear()
            self.points.append(_PointBuilder(m["letter"], paragraph, line))
        elif not self.points:
            self.intro.append(paragraph)
        elif not self.tail and (depth > 0 or self.points[-1].paragraphs[-1].endswith(":")
                                or _CONTINUES.match(paragraph) or paragraph[0].islower()):
            self.points[-1].paragraphs.append(paragraph)
        else:
            self.tail.append(paragraph)


class _ClauseBuilder(_Container):
    def __init__(self, number: int, line: int):
        super().__init__()
        self.number, self.line = number, line

    def build(self) -> Clause:
        return Clause(self.number, tuple(self.intro), tuple(p.build() for p in self.points),
                      tuple(self.tail), self.line)


class _ArticleBuilder(_Container):
    def __init__(self, number: int, title: str, line: int):
        super().__init__()
        self.number, self.title, self.line = number, title, line
        self.clauses: list[_ClauseBuilder] = []
        self.depth = 0
        self.seen_body = False
        self.skip_caps_title = False

    def add_paragraph(self, paragraph: str, line: int) -> None:
        if not self.seen_body and _SOURCE_NOTE.match(paragraph):
            return  # the codification's note under the heading
        self.seen_body = True
        if self.depth == 0:
            if _CROSS_REF.match(paragraph) or _ENACTMENT.match(paragraph):
                return
            if _STRUCTURE.match(paragraph):
                self.skip_caps_title = True
                return
            if self.skip_caps_title:
                self.skip_caps_title = False
                if _is_caps_title(paragraph):
                    return
        depth_before = self.depth
        self.depth = _quote_depth(self.depth, paragraph)
        m = _CLAUSE.match(paragraph)
        expected = self.clauses[-1].number + 1 if self.clauses else 1
        if m and depth_before == 0 and int(m["num"]) == expected:
            clause = _ClauseBuilder(expected, line)
            clause.intro.append(paragraph)
            self.clauses.append(clause)
        elif self.clauses:
            self.clauses[-1].add(paragraph, line, depth_before)
        else:
            self.add(paragraph, line, depth_before)

    def build(self) -> Article:
        return Article(self.number, self.title, tuple(self.intro),
                       tuple(p.build() for p in self.points), tuple(self.tail),
                       tuple(c.build() for c in self.clauses), self.line)


def parse_text(text: str, name: str = "<text>") -> Document:
    """Parse one legal text (the layout of ``texts/*.md``) into articles, clauses, points."""
    text = nfc(text)
    title = ""
    articles: dict[int, Article] = {}
    current: _ArticleBuilder | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# ") and not title:
            title = line[2:].strip()
            continue
        heading = _ARTICLE_HEADING.match(line)
        if heading:
            if current is not None:
                articles[current.number] = current.build()
            number = int(heading["num"])
            if number in articles:
                raise CitationError(f"{name}:{lineno}: Điều {number} appears twice")
            current = _ArticleBuilder(number, heading["title"], lineno)
            continue
        if line.startswith("## "):
            raise CitationError(f"{name}:{lineno}: heading is not of the form '## … Điều N. title'")
        if current is not None:
            current.add_paragraph(line, lineno)
    if current is not None:
        articles[current.number] = current.build()
    return Document(name, title, articles)


@functools.cache
def document(instrument_id: str) -> Document:
    """The parsed text of an instrument (parsed once)."""
    inst = instrument(instrument_id)
    if inst.text is None:
        raise CitationError(
            f"no text of {inst.short_vi} ships with the package (source: {inst.source}); "
            "its provisions cannot be looked up or quotes checked")
    resource = _LOCAL[instrument_id][1] / inst.text if instrument_id in _LOCAL else files(_PACKAGE) / "texts" / inst.text
    try:
        content = resource.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceMissing(f"{_PACKAGE}/texts/{inst.text} (text of {instrument_id}) "
                              "is missing from the package") from exc
    return parse_text(content, f"texts/{inst.text}")


# --------------------------------------------------------------------------- provisions


@dataclass(frozen=True)
class Provision:
    """One article, clause or point of an instrument, with its full text.

    ``path`` is ``(instrument_id, article, clause, point)`` without trailing Nones,
    e.g. ``("luat-10-2022", 13, 2)``; ``title`` is the article's title; ``line``
    is where the unit starts in its text file."""

    instrument_id: str
    article: int
    clause: int | None
    point: str | None
    text: str
    title: str
    line: int

    @property
    def path(self) -> tuple[str | int, ...]:
        parts: list[str | int] = [self.instrument_id, self.article]
        if self.clause is not None:
            parts.append(self.clause)
        if self.point is not None:
            parts.append(self.point)
        return tuple(parts)

    def citation(self, lang: str = "vi") -> str:
        return format_citation(self.instrument_id, self.article, self.clause, self.point, lang)

    def __str__(self) -> str:
        return self.citation("vi")


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 5]`` → ``"1–3, 5"``."""
    out: list[str] = []
    start = prev = None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            out.append(f"{start}–{prev}" if prev != start else str(start))
            start = prev = n
    if start is not None:
        out.append(f"{start}–{prev}" if prev != start else str(start))
    return ", ".join(out)


def _letters(points: tuple[Point, ...]) -> str:
    letters = [p.letter for p in points]
    if len(letters) > 2:
        return f"{letters[0]}–{letters[-1]}"
    return ", ".join(letters)


def _check_point_letter(point: str) -> str:
    letter = nfc(str(point)).strip().lower()
    if letter not in _POINT_RANK:
        raise CitationError(f"'{point}' is not a point letter (điểm): use one of "
                            f"{' '.join(POINT_LETTERS)}")
    return letter


def _check_number(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CitationError(f"{what} must be a whole number from 1, not {value!r}")
    return value


def provision(instrument_id: str, article: int, clause: int | None = None,
              point: str | None = None) -> Provision:
    """The article, clause or point cited; :class:`CitationError` if it does not exist."""
    inst = instrument(instrument_id)
    article = _check_number(article, "an article number (Điều)")
    if clause is not None:
        clause = _check_number(clause, "a clause number (khoản)")
    if point is not None:
        point = _check_point_letter(point)
    doc = document(instrument_id)
    wanted = _vi_units(article, clause, point)

    art = doc.articles.get(article)
    if art is None:
        raise CitationError(f"{wanted} not found in {inst.short_vi}: the text shipped has "
                            f"Điều {_ranges(sorted(doc.articles))}")
    if clause is None and point is None:
        return Provision(instrument_id, article, None, None, art.text, art.title, art.line)

    if clause is None:  # a point directly under the article
        pt = art.point(point)
        if pt is None:
            raise CitationError(f"{wanted} not found in {inst.short_vi}: "
                                + (f"that article's points are {_letters(art.points)}" if art.points
                                   else "that article has no points outside its clauses"))
        return Provision(instrument_id, article, None, point, pt.text, art.title, pt.line)

    cl = art.clause(clause)
    if cl is None:
        detail = (f"that article has clauses {_ranges([c.number for c in art.clauses])}"
                  if art.clauses else "that article has no numbered clauses")
        raise CitationError(f"{wanted} not found in {inst.short_vi}: {detail}")
    if point is None:
        return Provision(instrument_id, article, clause, None, cl.text, art.title, cl.line)

    pt = cl.point(point)
    if pt is None:
        detail = (f"that clause has points {_letters(cl.points)}" if cl.points
                  else "that clause has no points")
        raise CitationError(f"{wanted} not found in {inst.short_vi}: {detail}")
    return Provision(instrument_id, article, clause, point, pt.text, art.title, pt.line)


def quote_in(provision: Provision, quote: str) -> bool:
    """True iff the quote, normalised, is a substring of the provision's normalised text.

    Normalising (see :func:`qcdc_rules.text.normalise_for_match`) applies NFC, drops
    soft hyphens and other invisible characters, folds typographic quotes and collapses
    whitespace, so line breaks between paragraphs do not matter. Case is kept. An empty
    quote is never "in" a provision."""
    needle = normalise_for_match(quote)
    return bool(needle) and needle in normalise_for_match(provision.text)


# --------------------------------------------------------------------------- citations


def _vi_units(article: int, clause: int | None, point: str | None) -> str:
    """Units in document order, as in messages: "Điều 13 khoản 2 điểm a"."""
    out = f"Điều {article}"
    if clause is not None:
        out += f" khoản {clause}"
    if point is not None:
        out += f" điểm {point}"
    return out


def format_citation(instrument_id: str, article: int, clause: int | None = None,
                    point: str | None = None, lang: str = "vi") -> str:
    """A citation as a lawyer writes it, smallest unit first in Vietnamese.

    ``vi``: "điểm a khoản 2 Điều 13 Luật số 10/2022/QH15";
    ``en``: "Art. 13(2)(a), Law No. 10/2022/QH15". Only checks that the parts are
    well formed, not that the provision exists (use :func:`provision` for that)."""
    inst = instrument(instrument_id)
    article = _check_number(article, "an article number (Điều)")
    if clause is not None:
        clause = _check_number(clause, "a clause number (khoản)")
    if point is not None:
        point = _check_point_letter(point)
    if lang == "vi":
        parts = []
        if point is not None:
            parts.append(f"điểm {point}")
        if clause is not None:
            parts.append(f"khoản {clause}")
        parts.append(f"Điều {article}")
        parts.append(inst.short_vi)
        return " ".join(parts)
    if lang == "en":
        unit = f"Art. {article}"
        if clause is not None:
            unit += f"({clause})"
        if point is not None:
            unit += f"({point})"
        return f"{unit}, {inst.short_en}"
    raise CitationError(f"unknown citation language '{lang}': use 'vi' or 'en'")
