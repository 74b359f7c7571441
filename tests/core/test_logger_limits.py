"""Hostile and damaged logger files: huge cells and lines, NUL runs, too many columns, and
NaN/inf columns are reported or refused in one line, with every shown cell cut to 80
characters and its full length."""

from __future__ import annotations

import io

import pytest

from cpdesk.core.loggers.detect import detect, detect_encoding, preview
from cpdesk.core.loggers.formats import BadCell, LoggerFormatError
from cpdesk.core.loggers.limits import MAX_LINE_BYTES, SHOWN_CHARS, shorten
from cpdesk.core.loggers.read import read_log

HEADER = "Thời gian;Công suất (kW);Điện áp (V)\n"


def rows(hour: int, count: int = 30) -> str:
    return "".join(f"2024-03-01 {hour:02d}:{m:02d}:00;{100 + m},5;230,1\n" for m in range(count))


def logger_file(middle: bytes) -> bytes:
    """A logger export with ``middle`` as its line 32, between two runs of good rows."""
    return (HEADER + rows(8)).encode() + middle + b"\n" + rows(9).encode()


def test_shorten_cuts_to_80_characters_with_the_full_length() -> None:
    assert shorten("12,5") == "'12,5'"
    assert shorten("A" * 200_000_000) == repr("A" * SHOWN_CHARS + "…") + " (200 000 000 characters)"
    cell = BadCell(3, "Công suất (kW)", "B" * 5000, "not a number")
    assert cell.text == "B" * SHOWN_CHARS
    assert cell.length == 5000
    assert str(cell) == f"line 3, column 'Công suất (kW)': {'B' * 80 + '…'!r} (5 000 characters): not a number"


def test_a_cell_longer_than_a_line_may_be_is_an_unreadable_row_described_from_its_start() -> None:
    size = 3 * MAX_LINE_BYTES
    data = logger_file(b"2024-03-01 08:59:00;" + b"A" * size + b";230,1")
    settings = detect(data)
    table = read_log(data, settings, [1, 2])
    report = table.report
    assert len(table.times) == 60
    assert report.rows == 61
    assert report.rows_dropped == 1
    assert report.bad_cell_count == 1
    (cell,) = report.bad_cells
    assert (cell.line, cell.column, cell.text, cell.length) == (32, "Công suất (kW)", "A" * 80, size)
    assert "(3 145 728 characters)" in str(cell)
    assert "longer than 1 MiB" in str(cell)
    assert len(str(cell)) < 300


def test_a_long_cell_within_the_line_limit_is_shown_cut() -> None:
    data = logger_file(b"2024-03-01 08:59:00;" + b"7x" * 200_000 + b";230,1")
    table = read_log(data, detect(data), [1, 2])
    (cell,) = table.report.bad_cells
    assert (cell.line, cell.column, cell.length) == (32, "Công suất (kW)", 400_000)
    assert cell.text == "7x" * 40
    assert len(str(cell)) < 300
    assert len(table.times) == 61  # the row's other channel is kept
    assert table.report.values_dropped[1] == 1


@pytest.mark.parametrize("nul_bytes", [1_000, 3 * MAX_LINE_BYTES])
def test_a_run_of_nul_bytes_is_a_damaged_row_with_its_count(nul_bytes: int) -> None:
    data = logger_file(b"2024-03-01 08:59:00;1" + b"\0" * nul_bytes + b",5;230,1")
    table = read_log(data, detect(data), [1, 2])
    (cell,) = table.report.bad_cells
    assert cell.line == 32
    assert f"{nul_bytes:,}".replace(",", " ") + " NUL bytes" in str(cell.reason)
    assert "\0" not in str(cell)
    assert len(str(cell)) < 300
    assert len(table.times) == 60


def test_a_nul_run_at_the_start_is_not_taken_for_utf16() -> None:
    assert detect_encoding(b"\0" * 8192 + HEADER.encode() + rows(8).encode()) == "utf-8"
    assert detect_encoding("time;value\n".encode("utf-16-le")) == "utf-16-le"


def test_a_file_of_one_line_longer_than_the_limit_is_refused_at_once() -> None:
    with pytest.raises(LoggerFormatError) as caught:
        detect(b"2024-03-01 08:00:00;" + b"9" * (2 * MAX_LINE_BYTES))
    message = str(caught.value)
    assert message.startswith("line 1: the line is longer than 1 MiB, the limit for one line")
    assert "\n" not in message
    assert len(message) < 200


def test_a_header_of_too_many_columns_is_refused() -> None:
    header = ";".join(f"c{i}" for i in range(20_000)) + "\n"
    with pytest.raises(LoggerFormatError, match=r"^line 1: more than 10 000 columns, the most cpdesk reads"):
        detect((header + rows(8)).encode())
    two_million = b"t" + b";" * 2_000_000 + b"\n" + rows(8).encode()
    with pytest.raises(LoggerFormatError, match=r"^line 1: more than 10 000 columns"):
        detect(two_million)


def test_long_header_names_are_cut_where_they_are_kept() -> None:
    name = "P" * 5000
    data = (f"time;{name} (kW)\n" + "".join(f"2024-03-01 08:{m:02d}:00;{m},5\n" for m in range(20))).encode()
    settings = detect(data)
    assert settings.columns[1] == "P" * SHOWN_CHARS + "…"


@pytest.mark.parametrize("marker", ["nan", "NaN", "inf", "-Infinity", "1e400", "#VALUE!", "-1.#IND", "#DIV/0!"])
def test_nan_inf_and_error_values_are_counted_gaps_of_their_column(marker: str) -> None:
    lines = [f"2024-03-01 08:{m:02d}:00;{marker if m % 3 == 0 else f'{m},5'};{marker}" for m in range(30)]
    data = (HEADER + "\n".join(lines) + "\n").encode()
    settings = detect(data)
    assert settings.value_columns == (1, 2)  # offered, not left out
    assert any("Điện áp (V)" in note and "30 of the first 30" in note for note in map(str, settings.notes)), (
        settings.notes
    )
    assert any("Công suất (kW)" in note and "10 of the first 30" in note for note in map(str, settings.notes))
    table = read_log(data, settings, [1, 2])
    report = table.report
    assert report.non_finite == {1: 10, 2: 30}
    assert report.bad_cell_count == 0
    assert int((~(table.values[1] == table.values[1])).sum()) == 10  # gaps are NaN in the table, never inf
    assert not (abs(table.values[1]) == float("inf")).any()


def test_the_preview_shows_cut_cells() -> None:
    data = logger_file(b"2024-03-01 08:59:00;" + b"5" * 3000 + b"x;230,1")
    settings = detect(data)
    shown = preview(data, settings, rows=40)
    row = next(r for r in shown.rows if r.line == 32)
    assert row.cells[1] == "5" * SHOWN_CHARS + "…"
    assert all(len(str(b)) < 300 for b in shown.bad_cells)


def test_a_quoted_file_reports_long_and_damaged_lines_and_reads_the_rest() -> None:
    good = "".join(f'"2024-03-01 08:{m:02d}:00";"{m},5";"230"\n' for m in range(30))
    data = (
        '"time";"P (kW)";"V"\n' + good + '"2024-03-01 09:00:00";"' + "A" * (2 * MAX_LINE_BYTES) + '";"1"\n'
        '"2024-03-01 09:01:00";"1\0\0\0,5";"1"\n' + good.replace(" 08:", " 10:")
    ).encode()
    settings = detect(data)
    table = read_log(data, settings, [1, 2])
    lines = {c.line: c for c in table.report.bad_cells}
    assert set(lines) == {32, 33}
    assert len(table.times) == 60
    assert lines[32].column == "P (kW)"
    assert lines[32].length == 2 * MAX_LINE_BYTES + 2  # with its quotes
    assert "3 NUL bytes" in str(lines[33].reason)


def test_a_quoted_field_of_half_a_megabyte_is_an_unreadable_cell() -> None:
    good = "".join(f'"2024-03-01 08:{m:02d}:00";"{m},5"\n' for m in range(30))
    data = ('"time";"P (kW)"\n' + good + '"2024-03-01 09:00:00";"' + "A" * 500_000 + '"\n').encode()
    table = read_log(data, detect(data), [1])
    (cell,) = table.report.bad_cells
    assert (cell.line, cell.length, str(cell.reason)) == (32, 500_000, "not a number")


def workbook(rows: list[list[object]]) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Log"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbook_wider_than_the_limit_is_refused() -> None:
    data = workbook([["time", "P (kW)"], ["2024-03-01 08:00:00", 1.5]])
    wide = workbook([["time", "P (kW)"] + [None] * 10_000 + ["x"], ["2024-03-01 08:00:00", 1.5]])
    assert detect(data).columns == ("time", "P (kW)")
    with pytest.raises(LoggerFormatError, match=r"^sheet 'Log' has 10 003 columns, more than 10 000, the most cpdesk"):
        detect(wide)


def test_a_workbook_cell_of_32_767_characters_is_shown_cut() -> None:
    rows = [["Thời gian", "Công suất (kW)"]] + [[f"2024-03-01 08:{m:02d}:00", m + 0.5] for m in range(20)]
    rows.insert(5, ["2024-03-01 09:00:00", "B" * 32_767])  # the most Excel writes in a cell
    data = workbook(rows)
    table = read_log(data, detect(data), [1])
    (cell,) = table.report.bad_cells
    assert (cell.line, cell.column, cell.text, cell.length) == (6, "Công suất (kW)", "B" * 80, 32_767)
    assert str(cell).endswith("…' (32 767 characters): not a number")
    assert len(table.times) == 21


def test_a_long_cell_of_a_windows_1258_file_is_shown_in_its_encoding() -> None:
    header = "Thời gian;Công suất (kW);Ghi chú\n".encode("cp1258", "replace")
    good = "".join(f"2024-03-01 08:{m:02d}:00;{m},5;ôn\n" for m in range(30)).encode("cp1258")
    data = header + good + b"2024-03-01 09:00:00;" + b"\xf4" * (2 * MAX_LINE_BYTES) + b";1\n"
    settings = detect(data)
    assert settings.encoding == "cp1258"
    (cell,) = read_log(data, settings, [1]).report.bad_cells
    assert (cell.line, cell.text, cell.length) == (32, "ô" * 80, 2 * MAX_LINE_BYTES)
