"""The report's language: its fixed strings, numbers, money and dates in Vietnamese or English.

Numbers go through :func:`cpdesk.core.numbers.format_number`, the same function the screens
use, so "93.200" and "2,57" print in a Vietnamese report exactly as the workbench shows them.
Only quantities are grouped: a year, a code, an identifier or a count of items is not a
quantity, and "2.014" or "2,014" would read as two thousand and fourteen; they print whole
and ungrouped (:meth:`I18n.year`, :meth:`I18n.count`).
Labels of codes (carriers, categories, statuses, families of carriers) come from the one
catalogue of labels, :mod:`cpdesk.core.labels`.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import Enum

from cpdesk.core import dates, labels
from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.numbers import format_number
from cpdesk.core.unit_names import shown_unit
from cpdesk.report.strings import TEXTS

# I18n.date (the method) hides the type inside the class body.
Day = date

LANGS = ("vi", "en")
DASH = "–"


class I18n:
    """Everything language-dependent a report prints, for one language."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise CpdeskError(msg("report.language", lang=repr(lang)))
        self.lang = lang
        self._texts = TEXTS[lang]

    def __call__(self, key: str, **values: object) -> str:
        """The fixed string ``key``, with ``{name}`` fields filled from ``values``."""
        text = self._texts[key]
        return text.format(**values) if values else text

    def unit(self, unit: str) -> str:
        """A unit as the reader writes it ("m³/ngày" in Vietnamese; "m³/day" is stored)."""
        return shown_unit(unit, self.lang)

    # ------------------------------------------------------------------ numbers
    def num(self, value: float | None, decimals: int | None = 0) -> str:
        """A number in the report's notation; a dash for a missing value."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return DASH
        return format_number(value, self.lang, decimals)

    def year(self, value: int | None) -> str:
        """A year, never grouped: "2014" in both languages, a dash when there is none."""
        return DASH if value is None else self._ungrouped(value)

    def count(self, value: float | None) -> str:
        """A count of items (options, companies, participants), never grouped: "1919"."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return DASH
        return self._ungrouped(value)

    def _ungrouped(self, value: float) -> str:
        # A weighted count may hold a fraction ("23,5"): its decimals as they are.
        if float(value).is_integer():
            return format_number(int(value), self.lang, 0, grouping=False)
        return format_number(value, self.lang, None, grouping=False)

    def qty(self, value: float | None) -> str:
        """A quantity to about three significant digits, no trailing zeros ("4", "2,57", "748")."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return DASH
        return self.num(round(value, quantity_decimals(value)), None)

    def money(self, value: float | None, currency: str) -> str:
        """Money: whole VND, whole USD above 100 and cents below."""
        if value is None:
            return DASH
        whole = currency == "VND" or abs(value) >= 100 or float(value).is_integer()
        decimals = 0 if whole else 2
        return self.num(value, decimals)

    def pct(self, value: float | None, decimals: int = 1) -> str:
        """A value already in per cent (2.7 -> "2,7 %")."""
        return DASH if value is None else f"{self.num(value, decimals)} %"

    def fraction_pct(self, value: float | None, decimals: int = 1) -> str:
        """A fraction shown in per cent (0.775 -> "77,5 %")."""
        return DASH if value is None else self.pct(100 * value, decimals)

    def years(self, value: float | None) -> str:
        return DASH if value is None else self.num(value, 1 if value < 10 else 0)

    # ------------------------------------------------------------------ dates
    def date(self, value: date | datetime | None) -> str:
        """vi "28/11/2026", en "28 Nov 2026": the screens' form (:mod:`cpdesk.core.dates`)."""
        if value is None:
            return DASH
        return dates.format_date(value, self.lang)

    def period(self, start: Day | None, end: Day | None) -> str:
        if start is None and end is None:
            return DASH
        return f"{self.date(start)} – {self.date(end)}"

    # ------------------------------------------------------------------ labels
    def label(self, kind: str | type[Enum], code: object) -> str:
        """The label of a code in the catalogue of labels; the code itself when it has none."""
        return labels.label_or_code(kind, code, self.lang, missing=DASH)

    def carrier(self, code: object) -> str:
        return self.label("Carrier", code)

    def family(self, code: str) -> str:
        """A family of carriers as the report's legends name it ("Water, condensate")."""
        return self.label("PrintedCarrierFamily", code)


def quantity_decimals(value: float | None) -> int:
    """Decimals that show a quantity to about three significant digits, at most three."""
    if value is None or value == 0 or not math.isfinite(value):
        return 0
    size = abs(value)
    if size >= 100:
        return 0
    if size >= 10:
        return 1
    if size >= 1:
        return 2
    return 3
