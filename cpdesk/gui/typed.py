"""Reading numbers as the user typed them, in their notation.

:func:`cpdesk.core.numbers.parse_number` refuses what is wrong in the notation ("2.57" in
Vietnamese) and reports text with two readings a thousand-fold apart as ambiguous: "93.200"
(ninety-three thousand two hundred, or an English 93.2) and its mirror "93,200" (93,2, or an
English ninety-three thousand two hundred). A field's plausible range
(:mod:`cpdesk.core.field_ranges`) settles it when only one reading fits. Otherwise, in a
field the user types in their own notation, the reading that notation gives is the one meant
("." groups thousands and "," is the decimal mark in Vietnamese), so the workbench takes it,
and says so beside the entry: the note tells how to type the other reading. A wrong entry is
never taken.
"""

from __future__ import annotations

from cpdesk.core import labels
from cpdesk.core.numbers import AmbiguousNumber, Plausible, format_number, parse_number
from cpdesk.gui import display


def read_number(
    text: str, locale: str, *, integer: bool = False, plausible: Plausible | None = None
) -> tuple[float | int, str]:
    """The number ``text`` means in ``locale`` notation, and a note when it could have meant
    another (empty otherwise). ``plausible`` is the field's plausible range as typed.

    Raises NumberFormatError (and AmbiguousNumber where neither the notation nor the range
    settles it: a whole-number field that reads "1,000" as 1 in Vietnamese).
    """
    try:
        return parse_number(text, locale, integer=integer, plausible=plausible), ""
    except AmbiguousNumber as exc:
        if integer or exc.read_as is None or len(exc.candidates) != 2 or len(exc.spellings) != 2:
            raise
        value = exc.read_as
        grouped = value == exc.candidates[0]
        other = 1 if grouped else 0
        mark = next((char for char in text if char in ".,"), "")
        code = "grouped_reading" if grouped else "decimal_reading"
        note = (
            labels.label("NumberProblem", code, display.language())
            .replace("%1", text.strip())
            .replace("%2", format_number(value, locale))
            .replace("%3", mark)
            .replace("%4", format_number(exc.candidates[other], locale, grouping=not grouped))
            .replace("%5", exc.spellings[other])
        )
        return value, note
