"""Dates as people write them, the same for the screens, the command line and the reports.

Vietnamese writes a date day first, 06/12/2026 (6 December 2026), and so do the reports.
English shows "6 Dec 2026": a month written in letters reads the same to a British and an
American reader, where 06/12/2026 is 6 December to one and June 12 to the other. ISO
(2026-12-06) is accepted in both languages. What cannot be read as one date is refused with
one sentence, in the user's language, naming the field and the form to type
(:class:`DateFormatError`, worded by the catalogue of labels, kind ``EntryProblem``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from cpdesk.core import labels

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NUMBER = {name.casefold(): i for i, name in enumerate(MONTHS_EN, start=1)}
_MONTH_NUMBER.update(
    {
        name.casefold(): i
        for i, name in enumerate(
            (
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ),
            start=1,
        )
    }
)
_MONTH_NUMBER["sept"] = 9

#: The example of the form each language types, shown in placeholders and refusals.
EXAMPLE = date(2026, 12, 31)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_NAME_DAY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


class DateFormatError(ValueError):
    """Text that is not one date in the language's form. ``code`` names the reason in the
    catalogue of labels (``EntryProblem``): ``date_required``, ``not_a_date`` or
    ``ambiguous_date``."""

    def __init__(self, code: str, text: str, lang: str) -> None:
        super().__init__(describe(code, text, lang))
        self.code = code
        self.text = text
        self.lang = lang

    def sentence(self, field: str = "") -> str:
        """The refusal in the error's language, naming ``field`` when one is given."""
        return describe(self.code, self.text, self.lang, field)


def describe(code: str, text: str, lang: str, field: str = "") -> str:
    """One sentence saying why ``text`` is not a date, with the form to type it in."""
    key = f"{code}_in" if field else code
    sentence = labels.label("EntryProblem", key, lang)
    return sentence.replace("%1", text).replace("%2", format_date(EXAMPLE, lang)).replace("%3", field)


def format_date(value: date | datetime | None, lang: str) -> str:
    """vi "06/12/2026", en "6 Dec 2026"; empty for None. A date-time gives its day."""
    if value is None:
        return ""
    if lang == "vi":
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def format_month(value: date, lang: str) -> str:
    """A month: vi "03/2004", en "Mar 2004"."""
    if lang == "vi":
        return f"{value.month:02d}/{value.year}"
    return f"{MONTHS_EN[value.month - 1]} {value.year}"


def format_moment(value: datetime | None, lang: str, *, seconds: bool = False) -> str:
    """A moment to the minute (or the second), in local time when it has a zone: vi
    "06/12/2026 14:30", en "6 Dec 2026 14:30"."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_date(local, lang)} {local:%H:%M:%S}" if seconds else f"{format_date(local, lang)} {local:%H:%M}"


def format_for_entry(value: date | None, lang: str) -> str:
    """A date as a date field shows it for retyping: the language's own form."""
    return format_date(value, lang)


def parse_date(text: str, lang: str) -> date:
    """The date ``text`` means in ``lang``; DateFormatError if none, or more than one.

    vi: "06/12/2026", "6/12/2026", "6.12.2026" or "6-12-2026" (day first), and ISO.
    en: "6 Dec 2026", "6 December 2026", "Dec 6, 2026", and ISO; "06/12/2026" is read only
    when both orders give the same date or only one is a date.
    """
    typed = text.strip()
    if not typed:
        raise DateFormatError("date_required", typed, lang)
    iso = _ISO.fullmatch(typed)
    if iso:
        return _date(typed, lang, int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = _NUMERIC.fullmatch(typed)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[3]), int(numeric[4])
        if lang == "vi":
            return _date(typed, lang, year, second, first)
        readings = {d for d in (_valid(year, second, first), _valid(year, first, second)) if d is not None}
        if len(readings) == 1:
            return readings.pop()
        raise DateFormatError("ambiguous_date" if readings else "not_a_date", typed, lang)
    if lang != "vi":
        named = _DAY_MONTH_NAME.fullmatch(typed)
        if named and named[2].casefold() in _MONTH_NUMBER:
            return _date(typed, lang, int(named[3]), _MONTH_NUMBER[named[2].casefold()], int(named[1]))
        named = _MONTH_NAME_DAY.fullmatch(typed)
        if named and named[1].casefold() in _MONTH_NUMBER:
            return _date(typed, lang, int(named[3]), _MONTH_NUMBER[named[1].casefold()], int(named[2]))
    raise DateFormatError("not_a_date", typed, lang)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date(typed: str, lang: str, year: int, month: int, day: int) -> date:
    found = _valid(year, month, day)
    if found is None:
        raise DateFormatError("not_a_date", typed, lang)
    return found
