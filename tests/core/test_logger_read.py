"""Logger files as loggers and Excel write them, detected and read end to end.

Every fixture file is written here, by the test, as the program that makes such files would
write it; each test checks the readings against the values that went in.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime, timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdesk.core.loggers import split as logger_split
from cpdesk.core.loggers.detect import detect, preview
from cpdesk.core.loggers.formats import ImportSettings, LoggerFormatError
from cpdesk.core.loggers.read import read_log

_TONE_MARKS = set("\u0300\u0301\u0303\u0309\u0323")
HEADER_VI = "Thời gian;Công suất (kW);Điện áp (V)"


def to_cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes Vietnamese: base letters precomposed, tone marks combining."""
    clusters: list[list[str]] = []
    for char in unicodedata.normalize("NFD", text):
        if clusters and unicodedata.combining(char):
            clusters[-1].append(char)
        else:
            clusters.append([char])
    out = []
    for base, *marks in clusters:
        out.append(unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONE_MARKS)))
        out.append("".join(m for m in marks if m in _TONE_MARKS))
    return "".join(out).encode("cp1258")


def ns(moment: datetime) -> int:
    """UTC nanoseconds of a wall-clock time at UTC+7."""
    return int((moment - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds()) * 10**9


START = datetime(2024, 3, 1, 8, 0, 0)


def vietnamese_excel_csv(rows: int = 5) -> tuple[bytes, list[float], list[float]]:
    """A logger export saved by Excel on a Vietnamese Windows: Windows-1258, ";", "," decimals."""
    power = [round(100 + 7.25 * k + 0.001 * k * k, 3) for k in range(rows)]
    volts = [round(229.5 + 0.1 * (k % 7), 1) for k in range(rows)]
    lines = ["Máy nén khí số 2 - phân xưởng nhuộm", HEADER_VI]
    for k in range(rows):
        moment = START + timedelta(minutes=k)
        lines.append(f"{moment:%d/%m/%Y %H:%M};{power[k]:.3f};{volts[k]:.1f}".replace(".", ","))
    return to_cp1258("\r\n".join(lines) + "\r\n"), power, volts


def test_vietnamese_excel_csv_in_windows_1258() -> None:
    data, power, volts = vietnamese_excel_csv(200)
    s = detect(data)
    assert (s.encoding, s.separator, s.decimal, s.thousands) == ("cp1258", ";", ",", None)
    assert (s.skip_lines, s.has_header, s.time_format, s.time_zone) == (1, True, "dmy", "+07:00")
    # The tone marks Windows-1258 keeps apart are composed: names compare equal to typed ones.
    assert s.columns == tuple(unicodedata.normalize("NFC", c) for c in HEADER_VI.split(";"))
    assert s.value_columns == (1, 2)
    table = read_log(data, s, [1, 2])
    assert table.times.tolist() == [ns(START + timedelta(minutes=k)) for k in range(200)]
    assert table.values[1].tolist() == power
    assert table.values[2].tolist() == volts
    assert table.report.interval_s == 60
    assert table.report.bad_cell_count == 0


def test_utf8_bom_file_with_commas_and_points() -> None:
    text = "\ufeffTimestamp,Flow (m3/h),Total (m3)\n" + "".join(
        f"2024-03-01T08:{k:02d}:00,{1.5 + k / 8},{1000 + k}\n" for k in range(30)
    )
    data = text.encode("utf-8")
    s = detect(data)
    assert (s.encoding, s.separator, s.decimal, s.time_format) == ("utf-8-sig", ",", ".", "iso")
    assert s.columns[0] == "Timestamp"  # the BOM is not part of the first name
    table = read_log(data, s, [1, 2])
    assert table.values[1].tolist() == [1.5 + k / 8 for k in range(30)]
    assert table.times[0] == ns(START)


def test_utf16_tab_separated_with_separate_date_and_time_columns() -> None:
    text = "Ngày\tGiờ\tLưu lượng (m3/h)\r\n" + "".join(
        f"01/03/2024\t{8 + k // 60}:{k % 60:02d}:00\t{k},5\r\n" for k in range(90)
    )
    data = text.encode("utf-16")
    s = detect(data)
    assert (s.encoding, s.separator, s.time_column, s.time_of_day_column) == ("utf-16", "\t", 0, 1)
    table = read_log(data, s, [2])
    assert table.times.tolist() == [ns(START + timedelta(minutes=k)) for k in range(90)]
    assert table.values[2].tolist() == [k + 0.5 for k in range(90)]


def test_excel_serial_dates() -> None:
    serial0 = 45352 + 8 / 24  # 2024-03-01 08:00
    text = "Serial;P (kW)\n" + "".join(f"{serial0 + k / 1440:.10f};{k}\n".replace(".", ",") for k in range(60))
    s = detect(text.encode())
    assert s.time_format == "excel"
    table = read_log(text.encode(), s, [1])
    assert table.times.tolist() == [ns(START + timedelta(minutes=k)) for k in range(60)]


def test_us_dates_with_am_pm_and_thousands_grouping() -> None:
    text = "Date Time\tDemand (kW)\n" + "".join(
        f"3/13/2024 {1 + k % 12}:00 {'AM' if k < 12 else 'PM'}\t{1000 + 250 * k:,}.5\n" for k in range(24)
    )
    s = detect(text.encode())
    assert (s.time_format, s.decimal, s.thousands) == ("mdy", ".", ",")
    table = read_log(text.encode(), s, [1])
    # 12 AM is midnight and 12 PM noon: the readings come out in time order.
    hours = [(1 + k % 12) % 12 + (12 if k >= 12 else 0) for k in range(24)]
    expected = sorted((ns(datetime(2024, 3, 13, h)), 1000 + 250 * k + 0.5) for k, h in enumerate(hours))
    assert list(zip(table.times.tolist(), table.values[1].tolist(), strict=True)) == expected
    assert table.report.out_of_order == 2  # 12 AM after 11 AM, 12 PM after 11 PM


def test_iso_timestamps_with_their_utc_offset() -> None:
    text = "t;P (kW)\n2024-03-01T08:00:00+07:00;1\n2024-03-01T01:01:00Z;2\n2024-03-01T02:02:00+01:00;3\n"
    s = detect(text.encode())
    assert s.time_zone == "+07:00"
    assert any("UTC offset" in str(note) for note in s.notes)
    table = read_log(text.encode(), s, [1])
    assert table.times.tolist() == [ns(START), ns(START + timedelta(minutes=1)), ns(START + timedelta(minutes=2))]


def test_quoted_fields_read_like_plain_ones() -> None:
    plain = "t;a (kW);b (kW)\n" + "".join(f"2024-03-01 08:{k:02d};{k},25;{k * 2}\n" for k in range(40))
    quoted = "t;a (kW);b (kW)\n" + "".join(f'"2024-03-01 08:{k:02d}";"{k},25";"{k * 2}"\n' for k in range(40))
    s = detect(plain.encode())
    a, b = read_log(plain.encode(), s, [1, 2]), read_log(quoted.encode(), s, [1, 2])
    assert np.array_equal(a.times, b.times)
    assert np.array_equal(a.values[1], b.values[1])
    assert np.array_equal(a.values[2], b.values[2])


def test_every_unreadable_cell_is_reported_with_line_column_and_text() -> None:
    text = (
        "Logger XYZ-9, serial 1234\n"
        "t;P (kW);Q (kvar)\n"
        "2024-03-01 08:00;1,0;0,5\n"
        "2024-03-01 08:01;ERR;0,6\n"
        "2024-03-32 08:02;1,2;0,7\n"
        "\n"
        ";;\n"
        "2024-03-01 08:04;1,4\n"
        "2024-03-01 08:05;;0,9\n"
        "2024-03-01 08:06;1.6;1,0\n"
    )
    s = detect(text.encode())
    table = read_log(text.encode(), s, [1, 2])
    found = {(b.line, b.column, b.text) for b in table.report.bad_cells}
    assert found == {
        (4, "P (kW)", "ERR"),
        (5, "t", "2024-03-32 08:02"),
        (8, "", "2024-03-01 08:04;1,4"),
        (10, "P (kW)", "1.6"),
    }
    assert "decimal mark" in next(str(b.reason) for b in table.report.bad_cells if b.text == "1.6")
    assert table.report.rows_dropped == 2
    assert table.report.missing == {1: 1, 2: 0}
    assert np.isnan(table.values[1]).sum() == 3  # ERR, the empty cell, 1.6
    assert table.values[2].tolist() == [0.5, 0.6, 0.9, 1.0]


def test_duplicates_order_gaps_are_handled_and_reported() -> None:
    minutes = [0, 1, 2, 2, 4, 3, 10, 11, 11]
    values = [0, 1, 2, 2, 4, 3, 10, 11, 99]
    text = "t;P (kW)\n" + "".join(f"2024-03-01 08:{m:02d};{v}\n" for m, v in zip(minutes, values, strict=True))
    table = read_log(text.encode(), detect(text.encode()), [1])
    r = table.report
    assert table.times.tolist() == [ns(START + timedelta(minutes=m)) for m in (0, 1, 2, 3, 4, 10, 11)]
    assert table.values[1].tolist() == [0, 1, 2, 3, 4, 10, 11]  # the first of duplicates is kept
    assert (r.duplicates, r.conflicting_duplicates, r.out_of_order) == (2, 1, 1)
    assert r.interval_s == 60
    assert r.gap_count == 1
    assert r.gap_seconds == 300
    assert (r.gaps[0].start_ns, r.gaps[0].end_ns) == (
        ns(START + timedelta(minutes=4)),
        ns(START + timedelta(minutes=10)),
    )


def test_daylight_saving_zones_report_impossible_and_repeated_hours() -> None:
    text = "t;P (kW)\n" + "".join(
        f"{t};{k}\n"
        for k, t in enumerate(
            ["2024-03-31 01:30", "2024-03-31 02:30", "2024-03-31 03:30", "2024-10-27 02:30", "2024-10-27 02:30"]
        )
    )
    s = ImportSettings(columns=("t", "P (kW)"), time_zone="Europe/Berlin", decimal=".")
    table = read_log(text.encode(), s, [1])
    assert [b.line for b in table.report.bad_cells] == [3]
    assert "does not exist in Europe/Berlin" in str(table.report.bad_cells[0].reason)
    assert table.report.ambiguous_local == 2
    # 02:30 twice in autumn: first in summer time (UTC+2), then in winter time (UTC+1).
    utc = [datetime(1970, 1, 1) + timedelta(microseconds=int(t) // 1000) for t in table.times]
    assert utc[-2:] == [datetime(2024, 10, 27, 0, 30), datetime(2024, 10, 27, 1, 30)]
    assert table.report.duplicates == 0


def test_files_larger_than_a_block_keep_their_line_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logger_split, "BLOCK_BYTES", 256)
    rows = [f"2024-03-01 {8 + k // 60:02d}:{k % 60:02d};{k},5" for k in range(300)]
    rows[250] = "2024-03-01 12:10;oops"
    data = ("t;P (kW)\n" + "\n".join(rows)).encode()  # no newline at the end
    table = read_log(data, detect(data), [1])
    assert len(table.times) == 300
    assert np.isnan(table.values[1]).sum() == 1
    assert [(b.line, b.text) for b in table.report.bad_cells] == [(252, "oops")]
    assert table.values[1][299] == 299.5


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_blocks_read_in_place_read_as_one_block_does(monkeypatch: pytest.MonkeyPatch, line_end: str) -> None:
    # Blocks are views of the file: the bytes after a block's last cell are the next line's,
    # which no cell may take as its own. Dates change in the year, the month or the day
    # only, between rows and between blocks; numbers are 1 to 9 characters wide.
    dates = ["2024-03-01", "2025-03-01", "2025-04-01", "2025-04-02", "2024-04-02"]
    rng = np.random.default_rng(7)
    rows = [
        f"{dates[(k // 7) % len(dates)]} {k % 24:02d}:{k % 60:02d}:{(7 * k) % 60:02d};"
        f"{rng.uniform(0, 10 ** rng.integers(0, 6)):.{rng.integers(0, 4)}f}".replace(".", ",")
        for k in range(2_000)
    ]
    rows[1_234] = rows[1_234][:11] + "99:00:00;1"  # an impossible time
    data = ("t;P (kW)" + line_end + line_end.join(rows) + line_end).encode()
    whole = read_log(data, detect(data), [1])
    monkeypatch.setattr(logger_split, "BLOCK_BYTES", 300)
    blocks = read_log(data, detect(data), [1])
    assert np.array_equal(blocks.times, whole.times)
    assert np.array_equal(blocks.values[1], whole.values[1], equal_nan=True)
    assert [(b.line, b.text) for b in blocks.report.bad_cells] == [(1_236, rows[1_234].split(";")[0])]
    assert blocks.report.bad_cells == whole.report.bad_cells
    unique: dict[datetime, float] = {}
    for r in rows[:1_234] + rows[1_235:]:
        moment, value = datetime.strptime(r.split(";")[0], "%Y-%m-%d %H:%M:%S"), r.split(";")[1]
        unique.setdefault(moment, float(value.replace(",", ".")))  # the first of a repeated time is kept
    assert blocks.times.tolist() == [ns(moment) for moment in sorted(unique)]
    assert blocks.values[1].tolist() == [unique[moment] for moment in sorted(unique)]


def test_xlsx_workbook_with_date_cells_and_numbers() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Dữ liệu"
    sheet.append(["Thời gian", "Công suất (kW)", "Ghi chú"])
    for k in range(50):
        sheet.append([START + timedelta(minutes=k), 100 + k / 4, "ok" if k % 2 else None])
    sheet.append([START + timedelta(minutes=50), "lỗi", None])
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    s = detect(data)
    assert (s.kind, s.time_format, s.value_columns) == ("xlsx", "iso", (1,))
    table = read_log(data, s, [1])
    assert table.values[1][:50].tolist() == [100 + k / 4 for k in range(50)]
    assert [(b.line, b.text) for b in table.report.bad_cells] == [(52, "lỗi")]
    rows = preview(data, s, rows=3).rows
    assert [r.line for r in rows] == [2, 3, 4]
    assert rows[0].values[1] == 100.0


def test_preview_shows_the_first_rows_as_read() -> None:
    data, power, _ = vietnamese_excel_csv(100)
    s = detect(data)
    shown = preview(data, s, rows=4)
    assert [r.line for r in shown.rows] == [3, 4, 5, 6]
    assert [r.values[1] for r in shown.rows] == power[:4]
    assert shown.rows[0].time is not None
    assert shown.rows[0].time.replace(tzinfo=None) == START
    assert shown.rows[1].cells[1] == f"{power[1]:.3f}".replace(".", ",")


def test_settings_that_cannot_work_are_refused_with_a_reason() -> None:
    data, _, _ = vietnamese_excel_csv()
    s = detect(data)
    from dataclasses import replace

    for change, message in [
        ({"decimal": "x"}, "decimal mark"),
        ({"thousands": ","}, "thousands mark"),
        ({"time_zone": "Moon/Base"}, "not known"),
        ({"encoding": "no-such-codec"}, "encoding"),
        ({"time_column": 9}, "column 10"),
    ]:
        with pytest.raises(LoggerFormatError, match=message):
            read_log(data, replace(s, **change), [1])


def test_wrong_encoding_names_the_line() -> None:
    data, _, _ = vietnamese_excel_csv()
    from dataclasses import replace

    # The preamble is skipped; the header line (2) is the first that is read.
    with pytest.raises(LoggerFormatError, match=r"line 2: .* not utf-8 text"):
        read_log(data, replace(detect(data), encoding="utf-8", skip_lines=0), [1])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600) | st.text(alphabet=';,.:/-\n\r\t 0123456789TZaé"', max_size=400).map(str.encode))
def test_arbitrary_bytes_give_readings_or_the_importers_own_error(data: bytes) -> None:
    try:
        s = detect(data)
        preview(data, s)
        read_log(data, s, list(s.value_columns))
    except LoggerFormatError:
        pass
