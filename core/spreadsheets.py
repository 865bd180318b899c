"""Cells that spreadsheet programs and word processors take as plain text: the one policy for
every file the platform writes (registrations as CSV and XLSX, the comment-and-response
table as XLSX and DOCX).

- Text a person typed never runs as a formula. In XLSX and DOCX a cell is typed as text, so
  "=HYPERLINK(...)" stays as written; CSV has no types, so such text is prefixed with a
  single quote, as OWASP's "CSV Injection" page advises.
- Characters XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF, lone surrogates: Word's
  line breaks, pasted escapes) are left out, or the XLSX or DOCX file could not be written.
- Text longer than a spreadsheet cell holds is cut at its limit.
"""

import re

from openpyxl.cell import WriteOnlyCell

# A spreadsheet runs a CSV cell starting with one of these as a formula (tab and carriage
# return too, since some programs strip them first).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
MAX_CELL_LENGTH = 32_767  # Excel's limit for one cell


def clean_text(value):
    """`value` without the characters XML-based files cannot hold (other values unchanged)."""
    return NOT_XML.sub("", value) if isinstance(value, str) else value


def csv_cell(value):
    """A CSV cell: clean text, quoted when a spreadsheet would run it as a formula."""
    value = clean_text(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


def xlsx_cell(sheet, value, **style) -> WriteOnlyCell:
    """A cell for a write-only worksheet: text stays text (never a formula), as written.
    `style` sets the cell's attributes (font, alignment, number_format...)."""
    if isinstance(value, str):
        value = clean_text(value)[:MAX_CELL_LENGTH]
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell
