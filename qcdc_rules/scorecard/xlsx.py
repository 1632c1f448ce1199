"""What every sheet the scorecard writes has in common: its header row bold on the same blue,
wrapped, and frozen, so the headers stay in view (the views, the annex, the template)."""

from __future__ import annotations

from ..load.workbook import HEADER_COLOUR


def add_sheet(book, title: str, head: list[str], rows: list[list]):
    """A sheet of ``book`` (openpyxl) holding ``head`` as a bold frozen header row, then ``rows``."""
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet = book.create_sheet(title)
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_COLOUR)
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    return sheet
