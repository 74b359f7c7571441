"""Dates as people write them: day first in Vietnamese, a month in letters in English, ISO in
both, and one sentence naming the field and the form for what is not one date."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from cpdesk.core import dates
from cpdesk.core.dates import DateFormatError, format_date, format_moment, format_month, parse_date

DEC_6 = date(2026, 12, 6)


@pytest.mark.parametrize("typed", ["06/12/2026", "6/12/2026", "6.12.2026", "06-12-2026", "2026-12-06", " 6/12/2026 "])
def test_vietnamese_dates_are_typed_day_first_or_iso(typed: str) -> None:
    assert parse_date(typed, "vi") == DEC_6  # 6 December, not June 12


@pytest.mark.parametrize("typed", ["6 Dec 2026", "06 dec 2026", "6 December 2026", "Dec 6, 2026", "2026-12-06"])
def test_english_dates_are_typed_with_the_month_in_letters_or_iso(typed: str) -> None:
    assert parse_date(typed, "en") == DEC_6


def test_english_reads_slashes_only_when_one_date_is_meant() -> None:
    assert parse_date("31/12/2026", "en") == date(2026, 12, 31)  # no month 31
    assert parse_date("12/31/2026", "en") == date(2026, 12, 31)
    assert parse_date("6/6/2026", "en") == date(2026, 6, 6)
    with pytest.raises(DateFormatError) as refused:
        parse_date("06/12/2026", "en")
    assert refused.value.code == "ambiguous_date"
    assert str(refused.value) == "“06/12/2026” could be day/month or month/day: type it as 31 Dec 2026."


@pytest.mark.parametrize(
    "typed", ["31/02/2026", "29/02/2026", "12/2026", "06/12/26", "hôm qua", "2026-13-01", "6 Dec 2026"]
)
def test_what_is_not_one_date_is_refused_in_vietnamese(typed: str) -> None:
    with pytest.raises(DateFormatError) as refused:
        parse_date(typed, "vi")
    assert refused.value.code == "not_a_date"


def test_a_refusal_is_one_sentence_naming_the_field_and_the_form() -> None:
    with pytest.raises(DateFormatError) as refused:
        parse_date("31/02/2026", "vi")
    assert refused.value.sentence("Ngày bắt đầu") == (
        "Ngày bắt đầu: “31/02/2026” không phải ngày, hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026."
    )
    with pytest.raises(DateFormatError) as refused:
        parse_date("31/02/2026", "en")
    assert refused.value.sentence("Start date") == (
        "Start date: “31/02/2026” is not a date; type it as day, month and year, for example 31 Dec 2026."
    )
    with pytest.raises(DateFormatError) as refused:
        parse_date("  ", "vi")
    assert refused.value.code == "date_required"
    assert refused.value.sentence("Ngày cấp") == "Ngày cấp: cần nhập ngày."


def test_dates_are_written_as_the_reports_print_them() -> None:
    assert format_date(DEC_6, "vi") == "06/12/2026"
    assert format_date(DEC_6, "en") == "6 Dec 2026"
    assert format_date(None, "vi") == ""
    assert format_month(date(2004, 3, 1), "vi") == "03/2004"
    assert format_month(date(2004, 3, 1), "en") == "Mar 2004"
    for lang in ("vi", "en"):
        assert parse_date(format_date(DEC_6, lang), lang) == DEC_6
        assert parse_date(dates.format_for_entry(date(2004, 3, 1), lang), lang) == date(2004, 3, 1)


def test_moments_are_written_to_the_minute_in_local_time() -> None:
    naive = datetime(2026, 12, 6, 14, 30, 5)
    assert format_moment(naive, "vi") == "06/12/2026 14:30"
    assert format_moment(naive, "en", seconds=True) == "6 Dec 2026 14:30:05"
    aware = datetime(2026, 12, 6, 7, 30, tzinfo=timezone(timedelta(hours=7)))
    assert format_moment(aware, "vi") == format_moment(aware.astimezone(), "vi")


def test_the_reports_write_dates_as_the_screens_do() -> None:
    from cpdesk.report.i18n import I18n

    for lang in ("vi", "en"):
        assert I18n(lang).date(DEC_6) == format_date(DEC_6, lang)
