"""Detection of how a logger file is written, and what it does not guess silently."""

from __future__ import annotations

import pytest

from cpdesk.core.loggers.detect import detect, detect_encoding, unit_from_header
from cpdesk.core.loggers.formats import ImportSettings, LoggerFormatError


def test_one_thousand_or_one_is_flagged_not_guessed_silently() -> None:
    data = b"t;P (kW)\n2024-03-01 08:00;1.000\n2024-03-01 08:01;2.500\n"
    s = detect(data)
    # ";" is Excel on a Vietnamese Windows, where "." groups thousands: read as 1000, and said so.
    assert (s.decimal, s.thousands) == (",", ".")
    assert any("'1.000' could mean 1000" in n and "1" in n for n in map(str, s.notes))


def test_a_decimal_comma_after_semicolons_is_not_ambiguous() -> None:
    data = b"t;P (kW)\n2024-03-01 08:00;516,192\n2024-03-01 08:01;950,009\n"
    s = detect(data)
    assert (s.decimal, s.thousands, s.notes) == (",", None, ())


def test_other_evidence_settles_the_decimal_mark() -> None:
    data = b"t,P (kW)\n2024-03-01 08:00,1.000\n2024-03-01 08:01,2.5\n"
    s = detect(data)
    assert (s.decimal, s.thousands, s.notes) == (".", None, ())


def test_day_month_order_is_taken_from_days_above_twelve() -> None:
    dmy = b"t;v\n12/03/2024 08:00;1\n13/03/2024 08:00;2\n"
    mdy = b"t;v\n03/12/2024 08:00;1\n03/13/2024 08:00;2\n"
    unsure = b"t;v\n01/03/2024 08:00;1\n02/03/2024 08:00;2\n"
    assert detect(dmy).time_format == "dmy"
    assert detect(mdy).time_format == "mdy"
    s = detect(unsure)
    assert s.time_format == "dmy"
    assert any("day/month or month/day" in n for n in map(str, s.notes))


def test_preamble_lines_and_no_header() -> None:
    preamble = b"Instrument: PQ-Box 150\nSerial; 9921\nStart: 01/03/2024\n\n"
    with_header = preamble + b"Time;P1 (kW);P2 (kW)\n2024-03-01 08:00:00;1;2\n2024-03-01 08:00:01;1;2\n"
    s = detect(with_header)
    assert (s.skip_lines, s.has_header, s.columns) == (4, True, ("Time", "P1 (kW)", "P2 (kW)"))
    assert s.value_columns == (1, 2)
    bare = b"2024-03-01 08:00:00;1;2\n2024-03-01 08:00:01;1;2\n"
    s = detect(bare)
    assert (s.skip_lines, s.has_header, s.columns) == (0, False, ("column 1", "column 2", "column 3"))


def test_duplicate_and_empty_header_names_are_made_unique() -> None:
    s = detect(b"t;P;P;\n2024-03-01 08:00;1;2;3\n")
    assert s.columns == ("t", "P", "P (2)", "column 4")


def test_encodings() -> None:
    assert detect_encoding("Thời gian".encode()) == "utf-8"
    assert detect_encoding("\ufeffx".encode()) == "utf-8-sig"
    assert detect_encoding("x;y\n".encode("utf-16")) == "utf-16"
    assert detect_encoding("time;value\n".encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(b"C\xf4ng su\xe2\xect") == "cp1258"


def test_files_that_are_not_logger_files_get_a_clear_error() -> None:
    with pytest.raises(LoggerFormatError, match="empty"):
        detect(b"  \n")
    with pytest.raises(LoggerFormatError, match=r"\.xls file"):
        detect(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(LoggerFormatError, match="date and time next to a number"):
        detect(b"name;value\nalpha;1\nbeta;2\n")
    with pytest.raises(LoggerFormatError, match="xlsx"):
        detect(b"PK\x03\x04 not really a zip")


def test_a_chosen_separator_is_kept() -> None:
    s = detect(b"t|a;b\n2024-03-01 08:00|15\n2024-03-01 08:01|16\n", separator="|")
    assert s.separator == "|"
    assert s.columns == ("t", "a;b")


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Công suất (kW)", "kW"),
        ("Flow [m3/h]", "m³/h"),
        ("Lưu lượng (m3/ngày)", "m³/day"),
        ("U (V)", "V"),  # a power analyser's voltage: known since the instrument units
        ("P", None),
    ],
)
def test_units_named_in_headers(name: str, unit: str | None) -> None:
    assert unit_from_header(name) == unit


def test_column_by_name_or_number() -> None:
    s = ImportSettings(columns=("Thời gian", "Công suất (kW)"))
    assert s.column_index("công suất (kW)") == 1  # case does not matter
    assert s.column_index("2") == 1
    assert s.column_index(0) == 0
    with pytest.raises(LoggerFormatError, match="no column"):
        s.column_index("3")
    with pytest.raises(LoggerFormatError, match="the columns are"):
        s.column_index("Q")
