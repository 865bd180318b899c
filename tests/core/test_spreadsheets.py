"""One policy for every cell the platform writes (core/spreadsheets.py): what a person typed is
shown as typed and never run as a formula; what XML cannot hold is left out."""

import csv
import io

import openpyxl
import pytest
from openpyxl import Workbook

from core.spreadsheets import clean_text, csv_cell, xlsx_cell

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-3", "@SUM(A1)", "\tA", "\rB"]


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_quotes_text_a_spreadsheet_would_run(text):
    assert csv_cell(text) == "'" + clean_text(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_xlsx_keeps_the_text_as_typed_and_types_it_as_text(text):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append([xlsx_cell(sheet, text)])
    output = io.BytesIO()
    workbook.save(output)
    cell = openpyxl.load_workbook(io.BytesIO(output.getvalue())).active["A1"]
    assert (cell.value, cell.data_type) == (clean_text(text), "s")


def test_characters_xml_cannot_hold_are_left_out_everywhere():
    text = "Жол\x0bбасы\x00 және\ufffe соңы"
    assert clean_text(text) == "Жолбасы және соңы"
    assert csv_cell(text) == "Жолбасы және соңы"
    row = next(csv.reader([",".join(['"' + csv_cell(text) + '"'])]))
    assert row == ["Жолбасы және соңы"]


def test_numbers_and_dates_are_left_as_they_are():
    assert csv_cell(42) == 42
    assert clean_text(None) is None
