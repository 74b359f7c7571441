"""How figures and codes are written on screen: numbers in the user's notation, codes as
labels in the user's language (from :mod:`cpdesk.core.labels`, which holds both languages)."""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import Enum
from functools import cache

from PySide6.QtCore import QLocale

from cpdesk.core import dates, labels, unit_names, units
from cpdesk.core.numbers import format_for_entry, format_number


def number(value: float | None, locale: str, decimals: int | None = None, grouping: bool = True) -> str:
    """A figure for display ("93.200", "2,57" in vi); empty for None or not finite."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if decimals is None:
        decimals = _sensible_decimals(value)
    return format_number(value, locale, decimals=decimals, grouping=grouping)


def count(value: float | None, locale: str) -> str:
    """A count of items, a position or a year: whole and never grouped ("1919", "2004"), where
    "1.919" would read as a quantity and "2.004" as a year written with a thousands separator.
    A weighted count keeps its fraction ("23,5"). Empty for None or not finite."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if float(value).is_integer():
        return format_number(int(value), locale, decimals=0, grouping=False)
    return format_number(value, locale, grouping=False)


def editable_number(value: float | None, locale: str) -> str:
    """A figure as the editor shows it for retyping: every digit, no grouping, three decimals
    written with a fourth (so that the text reads back the same: "1.000" or "1,234" would
    be ambiguous in a non-count field)."""
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return format_number(int(value), locale, grouping=False)
    return format_for_entry(float(f"{value:.12g}"), locale)


def _sensible_decimals(value: float) -> int:
    """Fewer decimals for larger figures: 93.200, 1.234,6, 2,57, 0,0123."""
    magnitude = abs(value)
    if magnitude == 0 or float(value).is_integer() and magnitude < 1e15:
        return 0
    if magnitude >= 1000:
        return 0
    if magnitude >= 100:
        return 1
    if magnitude >= 1:
        return 2
    return min(6, 2 - int(math.floor(math.log10(magnitude))))


def money(value: float | None, locale: str, currency: str) -> str:
    """Money without decimals for VND, with two for USD below a thousand."""
    if value is None:
        return ""
    decimals = 0 if currency == "VND" or abs(value) >= 1000 else 2
    return number(value, locale, decimals)


def percent(fraction: float | None, locale: str, decimals: int = 1) -> str:
    """0.125 -> "12,5 %" (vi)."""
    if fraction is None:
        return ""
    return f"{number(100 * fraction, locale, decimals)} %"


def language() -> str:
    """The language the interface is in ("vi" or "en"): the one :func:`cpdesk.gui.i18n.install`
    set as the default locale, for labels read where no screen hands its language down."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def label(kind: str | type[Enum], code: str | Enum | None, lang: str) -> str:
    """The label of a code ("Carrier", "steam") in ``lang``; the code itself if unlabelled."""
    return labels.label_or_code(kind, code, lang)


def choices(kind: str | type[Enum], lang: str) -> list[tuple[str, str]]:
    """(code, label) of every code of ``kind``, in the reference data's order."""
    return [(code, text.get(lang)) for code, text in labels.labels_of(kind).items()]


def day(value: date | datetime | str | None, lang: str | None = None) -> str:
    """The one way a date is shown on screen, as the reports print it: "06/12/2026" in
    Vietnamese, "6 Dec 2026" in English (:mod:`cpdesk.core.dates`); a date-time adds its
    local time to the minute. ISO text (as a sync record carries it) is read first; ``lang``
    defaults to the interface's language."""
    if value is None or value == "":
        return ""
    lang = lang or language()
    if isinstance(value, str):
        try:
            read: date = datetime.fromisoformat(value) if "T" in value or " " in value else date.fromisoformat(value)
        except ValueError:
            return value
    else:
        read = value
    if isinstance(read, datetime):
        return dates.format_moment(read, lang)
    return dates.format_date(read, lang)


def moment(value: datetime, lang: str | None = None, *, seconds: bool = False) -> str:
    """A moment as read, on its own wall clock (a logger's time in the file's zone, not this
    computer's), with its seconds where readings may come every second: "06/12/2026
    14:30:05" in Vietnamese, "6 Dec 2026 14:30:05" in English."""
    return dates.format_moment(value.replace(tzinfo=None), lang or language(), seconds=seconds)


_RATE_SUFFIXES = ("", "/h", "/day", "/year", "/t")


def unit(code: str | None, lang: str | None = None) -> str:
    """A stored unit as the user reads it: "m³/day" is "m³/ngày" in Vietnamese (typed back,
    it parses to the same unit); the stored spelling never changes."""
    return unit_names.shown_unit(code or "", lang or language())


@cache
def units_for(dimensions: frozenset[str]) -> tuple[str, ...]:
    """Canonical units (and their rates per hour, day, year and tonne) of these dimensions,
    for unit pickers: the units the service will accept for such a field."""
    found: list[str] = []
    for base in units.canonical_units():
        for suffix in _RATE_SUFFIXES:
            candidate = base + suffix
            if suffix and base in ("h", "day", "year", "%", "USD", "VND"):
                continue
            try:
                if units.dimension_of(candidate) in dimensions and candidate not in found:
                    found.append(candidate)
            except ValueError:
                continue
    return tuple(found)


def file_size(size: int, locale: str) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{number(size / 1024, locale, 0)} KB"
    return f"{number(size / (1024 * 1024), locale, 1)} MB"
