"""Cells of logger files: numbers and timestamps, vectorised path equal to the scalar one."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.core.loggers.cells import (
    BAD,
    MISSING,
    NON_FINITE,
    OK,
    Cells,
    NonFiniteNumber,
    parse_number_text,
    parse_numbers,
)
from cpdesk.core.loggers.timestamps import NO_OFFSET, parse_datetime_text, parse_datetimes


def ns(text: str) -> int:
    return int(np.datetime64(text, "ns").astype(np.int64))


@pytest.mark.parametrize(
    ("text", "decimal", "thousands", "expected"),
    [
        ("12,5", ",", None, 12.5),
        ("-0,001", ",", None, -0.001),
        ("+7", ",", None, 7.0),
        ("1.234.567,89", ",", ".", 1234567.89),
        ("1.000", ",", ".", 1000.0),
        ("1,234.5", ".", ",", 1234.5),
        ("1 234,5", ",", " ", 1234.5),
        ("1\u00a0234,5", ",", " ", 1234.5),  # Excel's non-breaking space between groups
        ("  42,0 ", ",", None, 42.0),
        (",5", ",", None, 0.5),
        ("1,5E-03", ",", None, 0.0015),
        ("\u22123,5", ",", None, -3.5),  # the Unicode minus sign
        ("123456789012345678,25", ",", None, 123456789012345678.25),
    ],
)
def test_numbers_in_the_files_notation(text: str, decimal: str, thousands: str | None, expected: float) -> None:
    values, status = parse_numbers(Cells.from_strings([text]), decimal, thousands)
    assert status[0] == OK
    assert values[0] == expected
    assert parse_number_text(text, decimal, thousands) == expected


@pytest.mark.parametrize(
    ("text", "decimal", "thousands"),
    [
        ("12.5", ",", None),  # an English decimal point where "," is the mark
        ("1.5", ",", "."),  # "." groups thousands: groups of three digits only
        ("12.34.567", ",", "."),
        ("0.123", ",", "."),  # a leading "0" group is never grouping
        ("1,234,5", ",", "."),
        ("5,", ",", None),
        ("--5", ",", None),
        ("5-", ",", None),
        ("abc", ",", None),
        ("1,234.5", ",", "."),  # grouping after the decimal mark
    ],
)
def test_what_is_not_a_number_is_bad(text: str, decimal: str, thousands: str | None) -> None:
    _, status = parse_numbers(Cells.from_strings([text]), decimal, thousands)
    assert status[0] == BAD
    with pytest.raises(ValueError):
        parse_number_text(text, decimal, thousands)


@pytest.mark.parametrize(
    "text", ["#N/A", "nan", "NaN", "-nan(ind)", "inf", "-Infinity", "1e999", "-1e400", "#VALUE!", "-1.#IND", "1,#INF"]
)
def test_nan_inf_and_error_values_are_not_finite_not_bad(text: str) -> None:
    """What instruments and Excel write for "no value" is a gap, told apart from a bad cell."""
    values, status = parse_numbers(Cells.from_strings([text, "2,5"]), ",", None)
    assert status.tolist() == [NON_FINITE, OK]
    assert np.isnan(values[0])
    with pytest.raises(NonFiniteNumber):
        parse_number_text(text, ",", None)


def test_a_leading_zero_decides_within_one_shape() -> None:
    # "1.234" and "0.234" have the same shape; only the first is thousands grouping.
    values, status = parse_numbers(Cells.from_strings(["1.234", "0.234", "9.999"] * 10), ",", ".")
    assert status.tolist() == [OK, BAD, OK] * 10
    assert values[:3:2].tolist() == [1234.0, 9999.0]


def test_empty_cells_are_missing_not_bad() -> None:
    _, status = parse_numbers(Cells.from_strings(["", "  ", "3"]), ",", None)
    assert status.tolist() == [MISSING, MISSING, OK]


def test_the_error_says_which_decimal_mark_is_set() -> None:
    with pytest.raises(ValueError, match="',' as the decimal mark"):
        parse_number_text("12.5", ",", None)


def test_many_cells_of_several_shapes_are_read_exactly() -> None:
    rng = np.random.default_rng(5)
    numbers = rng.uniform(-5000, 5000, 20_000)
    texts = [f"{v:.{k}f}".replace(".", ",") for v, k in zip(numbers, rng.integers(0, 7, 20_000), strict=True)]
    values, status = parse_numbers(Cells.from_strings(texts), ",", None)
    assert (status == OK).all()
    assert values.tolist() == [float(t.replace(",", ".")) for t in texts]  # correctly rounded, bit for bit


_NUMBER_TEXT = st.one_of(
    st.text(alphabet="0123456789.,-+ eE", max_size=12),
    # Number-like shapes, where a leading digit decides between grouping and an error.
    st.from_regex(r"[+-]?[0-9]{1,3}([., ][0-9]{3}){0,3}([.,][0-9]{1,4})?", fullmatch=True),
    st.builds(
        lambda sign, whole, frac, group: (
            sign
            + (f"{whole:,}".replace(",", group) if group else str(whole))
            + (("," if group != "," else ".") + frac if frac else "")
        ),
        st.sampled_from(["", "-", "+"]),
        st.integers(0, 10**12),
        st.text(alphabet="0123456789", max_size=6),
        st.sampled_from(["", ".", " "]),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_NUMBER_TEXT, min_size=1, max_size=40), st.sampled_from([(",", None), (",", "."), (".", ","), (",", " ")])
)
def test_vectorised_numbers_agree_with_the_scalar_reference(texts: list[str], notation: tuple[str, str | None]) -> None:
    decimal, thousands = notation
    # Repeat the cells so that shapes have groups large enough for the vectorised path.
    cells = texts * 3
    values, status = parse_numbers(Cells.from_strings(cells), decimal, thousands)
    for text, value, state in zip(cells, values, status, strict=True):
        try:
            expected = parse_number_text(text, decimal, thousands)
        except NonFiniteNumber:
            assert state == NON_FINITE, text
            continue
        except ValueError:
            assert state == BAD, text
            continue
        if expected is None:
            assert state == MISSING, text
        else:
            assert state == OK, text
            assert value == expected, text


@pytest.mark.parametrize(
    ("text", "layout", "expected", "offset"),
    [
        ("2024-03-01 14:30:00", "iso", "2024-03-01T14:30:00", None),
        ("2024-03-01T14:30:05.25", "iso", "2024-03-01T14:30:05.25", None),
        ("2024-03-01T14:30:00+07:00", "iso", "2024-03-01T14:30:00", 25_200),
        ("2024-03-01T14:30:00Z", "iso", "2024-03-01T14:30:00", 0),
        ("2024-03-01 14:30 -0530", "iso", "2024-03-01T14:30:00", -19_800),
        ("2024/03/01 14:30", "iso", "2024-03-01T14:30:00", None),
        ("2024-03-01", "iso", "2024-03-01T00:00:00", None),
        ("01/03/2024 14:30", "dmy", "2024-03-01T14:30:00", None),
        ("1/3/2024 7:05:09", "dmy", "2024-03-01T07:05:09", None),
        ("29.02.2024 23:59:59", "dmy", "2024-02-29T23:59:59", None),
        ("01/03/2024 2:30 CH", "dmy", "2024-03-01T14:30:00", None),  # Vietnamese "chiều"
        ("3/1/2024 12:15 AM", "mdy", "2024-03-01T00:15:00", None),
        ("03/01/2024 2:30:00 PM", "mdy", "2024-03-01T14:30:00", None),
    ],
)
def test_timestamp_layouts(text: str, layout: str, expected: str, offset: int | None) -> None:
    wall, offsets, status = parse_datetimes(Cells.from_strings([text]), layout)
    assert status[0] == OK
    assert wall[0] == ns(expected)
    assert offsets[0] == (NO_OFFSET if offset is None else offset)
    assert parse_datetime_text(text, layout) == (ns(expected), offset)


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        ("2023-02-29 00:00", "iso"),  # not a leap year
        ("2024-13-01 00:00", "iso"),
        ("2024-03-01 24:00", "iso"),
        ("2024-03-01 12:60", "iso"),
        ("31/04/2024 00:00", "dmy"),
        ("13/13/2024 00:00", "mdy"),
        ("01/03/2024 13:00 PM", "dmy"),
        ("2024-03-01T00:00+15:00", "iso"),
        ("01-03/2024 00:00", "dmy"),  # mixed date separators
        ("Monday", "iso"),
    ],
)
def test_impossible_timestamps_are_bad(text: str, layout: str) -> None:
    _, _, status = parse_datetimes(Cells.from_strings([text] * 5), layout)
    assert (status == BAD).all()
    with pytest.raises(ValueError):
        parse_datetime_text(text, layout)


def test_excel_serial_days_and_unix_seconds() -> None:
    cells = Cells.from_strings(["45352", "45352,5", "45352,0416666667", "60", ""])
    wall, offsets, status = parse_datetimes(cells, "excel", ",", None)
    assert status.tolist() == [OK, OK, OK, BAD, MISSING]
    assert wall[:3].tolist() == [ns("2024-03-01T00:00"), ns("2024-03-01T12:00"), ns("2024-03-01T01:00")]
    assert (offsets[:3] == NO_OFFSET).all()  # serial days are wall-clock time
    wall, offsets, status = parse_datetimes(Cells.from_strings(["1709251200", "1709251200.5"]), "unix")
    assert wall.tolist() == [ns("2024-03-01T00:00"), ns("2024-03-01T00:00:00.5")]
    assert offsets.tolist() == [0, 0]  # Unix time is UTC


_LAYOUT_FORMATS = {
    "iso": ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y/%m/%d %H:%M:%S"],
    "dmy": ["%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M:%S", "{d}/{m}/%Y {H}:%M"],
    "mdy": ["%m/%d/%Y %H:%M", "{m}/{d}/%Y {H}:%M:%S"],
}


def _write(moment: datetime, pattern: str) -> str:
    pattern = pattern.format(d=moment.day, m=moment.month, H=moment.hour)
    return moment.strftime(pattern)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2150, 1, 1)), min_size=1, max_size=30),
    st.sampled_from([(layout, p) for layout, patterns in _LAYOUT_FORMATS.items() for p in patterns]),
    st.lists(st.tuples(st.integers(0, 40), st.sampled_from("0123456789/:-. aT")), max_size=5),
)
def test_vectorised_timestamps_agree_with_the_scalar_reference(
    moments: list[datetime], layout_pattern: tuple[str, str], damage: list[tuple[int, str]]
) -> None:
    layout, pattern = layout_pattern
    texts = [_write(m, pattern) for m in moments] * 3
    for position, char in damage:  # a few damaged cells, some still valid by chance
        k = position % len(texts)
        cut = position % (len(texts[k]) + 1)
        texts[k] = texts[k][:cut] + char + texts[k][cut + 1 :]
    wall, offsets, status = parse_datetimes(Cells.from_strings(texts), layout)
    for text, value, offset, state in zip(texts, wall, offsets, status, strict=True):
        try:
            expected = parse_datetime_text(text, layout)
        except ValueError:
            assert state == BAD, text
            continue
        assert expected is not None, text
        assert state == OK, text
        assert value == expected[0], text
        assert offset == (NO_OFFSET if expected[1] is None else expected[1]), text


def test_a_million_timestamps_and_numbers_read_the_same_as_datetime_arithmetic() -> None:
    start = datetime(2024, 12, 30, 23, 0, 0)
    moments = [start + timedelta(seconds=7 * k) for k in range(50_000)]
    texts = [m.strftime("%d/%m/%Y %H:%M:%S") for m in moments]
    wall, _, status = parse_datetimes(Cells.from_strings(texts), "dmy")
    assert (status == OK).all()
    expected = np.array([int((m - datetime(1970, 1, 1)).total_seconds()) * 10**9 for m in moments])
    assert np.array_equal(wall, expected)
