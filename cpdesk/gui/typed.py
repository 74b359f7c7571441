"""Reading numbers as the user typed them, in their notation.

:func:`cpdesk.core.numbers.parse_number` refuses what is wrong in the notation ("2.57" in
Vietnamese) and reports text with two readings ("93.200": ninety-three thousand two hundred,
or an English 93.2) as ambiguous. In a field the user types in their own notation, the
reading that notation gives is the one meant ("." groups thousands in Vietnamese), so the
workbench takes it, and says so beside the entry: the note tells how to type the other
reading. A wrong entry is never taken.
"""

from __future__ import annotations

from cpdesk.core import labels
from cpdesk.core.numbers import AmbiguousNumber, format_number, parse_number
from cpdesk.gui import display

_GROUP = {"vi": ".", "en": ","}
_DECIMAL = {"vi": ",", "en": "."}


def read_number(text: str, locale: str, *, integer: bool = False) -> tuple[float | int, str]:
    """The number ``text`` means in ``locale`` notation, and a note when it could have meant
    another (empty otherwise).

    Raises NumberFormatError (and AmbiguousNumber where the notation does not settle it).
    """
    try:
        return parse_number(text, locale, integer=integer), ""
    except AmbiguousNumber as exc:
        group = _GROUP.get(locale, "")
        grouped = group and group in text and _DECIMAL[locale] not in text and not integer
        if not grouped or len(exc.candidates) != 2:
            raise
        value, other = exc.candidates
        note = (
            labels.label("NumberProblem", "grouped_reading", display.language())
            .replace("%1", text.strip())
            .replace("%2", format_number(value, locale))
            .replace("%3", group)
            .replace("%4", format_number(other, locale, grouping=False))
            .replace("%5", exc.spellings[1] if len(exc.spellings) > 1 else format_number(other, locale))
        )
        return value, note
