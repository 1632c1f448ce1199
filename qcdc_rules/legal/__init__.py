"""The legal texts shipped with the package and citations into them.

See :mod:`qcdc_rules.legal.citations`."""

from qcdc_rules.legal.citations import (
    Article,
    CitationError,
    Clause,
    Document,
    Instrument,
    Point,
    Provision,
    UnknownInstrumentError,
    document,
    format_citation,
    instrument,
    instruments,
    parse_text,
    provision,
    quote_in,
)

__all__ = [
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
