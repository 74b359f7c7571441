"""Reading and writing numbers the way users type them, in Vietnamese or English notation.

Vietnamese notation ("vi") uses "," as the decimal mark and "." to group thousands
("1.234.567,8"); English notation ("en") is the mirror image ("1,234,567.8"). Field data mixes
both, so the parser never guesses: an input that is malformed in the chosen locale raises
:class:`NumberFormatError` (with a suggested spelling when swapping the two marks would make
it valid), and an input with two plausible readings raises :class:`AmbiguousNumber`.

The one ambiguous shape is a single mark, "." or ",", between one to three digits (not a
lone "0") and exactly three digits: "1.000", "1,000", "93.200", "93,200". In either notation
it is a thousands group or a decimal in the other notation, a thousand-fold apart, so all
four are flagged, whichever notation they are read in. Two things settle it without asking:
a whole-number count (``integer=True``) takes the group mark as grouping ("1.000" in vi is
1000), and a field's plausible range (``plausible``, see :mod:`cpdesk.core.field_ranges`)
takes the one reading that lies inside it (an exchange rate "25.400" is 25 400 VND/USD in
either notation, never 25.4). A decimal with three digits is typed unambiguously with a
fourth ("1,2340" in vi); :func:`format_for_entry` writes numbers that way.

Pure Python: no Qt, no SQL, no file I/O.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, overload

__all__ = [
    "AmbiguousNumber",
    "LOCALES",
    "NumberFormatError",
    "Plausible",
    "format_for_entry",
    "format_number",
    "parse_number",
]


@dataclass(frozen=True)
class _Notation:
    name: str
    decimal: str
    group: str


_NOTATIONS: dict[str, _Notation] = {
    "vi": _Notation("Vietnamese", decimal=",", group="."),
    "en": _Notation("English", decimal=".", group=","),
}

#: The locale codes :func:`parse_number` and :func:`format_number` understand.
LOCALES: tuple[str, ...] = tuple(_NOTATIONS)

# Space-like group separators. Excel and LibreOffice write NBSP or narrow NBSP as the
# thousands separator in some locales; SI style uses a (thin) space. A space is never a
# decimal mark, so accepting it cannot create an ambiguity.
_SPACES = " \u00a0\u202f\u2009"
_MINUS_SIGNS = "-\u2212"  # ASCII hyphen-minus and the Unicode minus sign Word/Excel emit.

# ASCII digits only: str.isdigit() would also accept "²" or Arabic-Indic digits.
_NUMBER_CHARS = frozenset(string.digits + ".," + _SPACES)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_LOOKS_SCIENTIFIC = re.compile(r"[0-9.,]*[eE][+-]?[0-9]*", re.ASCII)
_MAX_EXPONENT = 308  # beyond this a float overflows to infinity
# One mark between a thousands-group head and three digits: grouping or a decimal, by notation.
_GROUP_OR_DECIMAL = re.compile(r"([1-9][0-9]{0,2})([.,])([0-9]{3})", re.ASCII)


class NumberFormatError(ValueError):
    """The text is not a number in the given locale's notation.

    Attributes:
        text: the text as the user typed it.
        locale: the locale code it was read in ("vi" or "en").
        reason: one English sentence saying what is wrong.
        suggestion: for a plain format error, the corrected text to type (e.g. "2,57" for
            "2.57" in vi) or None; for :class:`AmbiguousNumber`, a sentence saying how to
            type each reading.
    """

    def __init__(self, text: str, locale: str, reason: str, suggestion: str | None = None):
        self.text = text
        self.locale = locale
        self.reason = reason
        self.suggestion = suggestion
        super().__init__(str(self))

    def __str__(self) -> str:
        name = _NOTATIONS[self.locale].name if self.locale in _NOTATIONS else self.locale
        message = f"cannot read {self.text!r} as a number in {name} notation: {self.reason}"
        if self.suggestion is not None:
            message += f"; did you mean {self.suggestion!r}?"
        return message

    def __reduce__(self) -> tuple[type[NumberFormatError], tuple[object, ...]]:
        # keep the error picklable (multiprocessing, logging handlers)
        return (type(self), (self.text, self.locale, self.reason, self.suggestion))


class AmbiguousNumber(NumberFormatError):
    """The text has two plausible readings; the user must say which.

    ``candidates`` holds the readings (thousands grouping first) and ``spellings`` the
    unambiguous text to type for each, in the same order. ``read_as`` is the candidate the
    locale's own notation gives ("1.000" in vi groups thousands: 1000; "1,000" in vi has a
    decimal mark: 1), or None when the notation itself has no reading.
    """

    def __init__(
        self,
        text: str,
        locale: str,
        reason: str,
        suggestion: str | None = None,
        candidates: tuple[float, ...] = (),
        spellings: tuple[str, ...] = (),
        read_as: float | None = None,
    ):
        self.candidates = candidates
        self.spellings = spellings
        self.read_as = read_as
        super().__init__(text, locale, reason, suggestion)

    def __str__(self) -> str:
        name = _NOTATIONS[self.locale].name if self.locale in _NOTATIONS else self.locale
        message = f"{self.text!r} is ambiguous in {name} notation: {self.reason}"
        if self.suggestion is not None:
            message += f"; {self.suggestion}"
        return message

    def __reduce__(self) -> tuple[type[NumberFormatError], tuple[object, ...]]:
        args = (self.text, self.locale, self.reason, self.suggestion)
        return (type(self), (*args, self.candidates, self.spellings, self.read_as))


def _notation(locale: str) -> _Notation:
    try:
        return _NOTATIONS[locale]
    except KeyError:
        raise ValueError(f"unknown locale {locale!r}; expected one of {LOCALES}") from None


#: The plausible range of a field, (lowest, highest), both included.
Plausible = tuple[float, float]


@overload
def parse_number(
    text: str, locale: str = ..., *, integer: Literal[False] = ..., plausible: Plausible | None = ...
) -> float: ...
@overload
def parse_number(text: str, locale: str = ..., *, integer: Literal[True], plausible: Plausible | None = ...) -> int: ...
@overload
def parse_number(text: str, locale: str = ..., *, integer: bool, plausible: Plausible | None = ...) -> float | int: ...


def parse_number(
    text: str, locale: str = "vi", *, integer: bool = False, plausible: Plausible | None = None
) -> float | int:
    """Read ``text`` as a number in ``locale`` notation.

    Returns an ``int`` when ``integer`` is true (the field is a whole-number count, which
    also settles the "1.000" ambiguity as one thousand), otherwise a ``float``.
    ``plausible`` is the field's plausible range (lowest, highest): text with two readings
    is read as the one inside it when exactly one is; it bounds nothing else.

    Raises:
        AmbiguousNumber: the text has two readings ("1.000" or "1,000", non-integer field)
            and the plausible range, if any, holds both or neither.
        NumberFormatError: anything else that is not a number in that notation.
        ValueError: ``locale`` is not a known locale code.
    """
    notation = _notation(locale)
    if not isinstance(text, str):
        raise TypeError(f"parse_number() needs text, not {type(text).__name__}")
    try:
        return _parse(text, notation, locale, integer)
    except AmbiguousNumber as ambiguous:
        inside = [value for value in ambiguous.candidates if _within(value, plausible)]
        if len(inside) != 1:
            raise
        return int(inside[0]) if integer else inside[0]
    except NumberFormatError as error:
        if error.suggestion is not None:
            raise
        suggestion = _swapped_suggestion(text, notation, locale, integer)
        raise NumberFormatError(text, locale, error.reason, suggestion) from None


def _within(value: float, plausible: Plausible | None) -> bool:
    return plausible is not None and plausible[0] <= value <= plausible[1]


def _swapped_suggestion(text: str, notation: _Notation, locale: str, integer: bool) -> str | None:
    """The text with "." and "," swapped, if that spelling is valid and unambiguous.

    This catches the common slip of typing in the other locale's notation ("2.57" in vi),
    without ever turning the slip into a silently accepted value.
    """
    swap = {notation.decimal: notation.group, notation.group: notation.decimal}
    swapped = "".join(swap.get(char, char) for char in text)
    if swapped == text:
        return None
    try:
        _parse(swapped, notation, locale, integer)
    except NumberFormatError:
        return None
    return swapped.strip()


def _parse(text: str, notation: _Notation, locale: str, integer: bool) -> float | int:
    def fail(reason: str) -> NumberFormatError:
        return NumberFormatError(text, locale, reason)

    body = text.strip()  # str.strip() also removes NBSP and thin spaces
    if not body:
        raise fail("it is empty")
    sign = "-" if body[0] in _MINUS_SIGNS else ""
    if body[0] in _MINUS_SIGNS + "+":
        body = body[1:]
    if not body or body[0] in _SPACES:
        raise fail("a sign must be followed directly by digits")
    if body.endswith("%"):
        raise fail("percent signs are not accepted; type the number without '%'")
    exponent = ""
    if _LOOKS_SCIENTIFIC.fullmatch(body):
        body, _, exponent = body.replace("E", "e").partition("e")
        mantissa = rf"[0-9]+(?:{re.escape(notation.decimal)}[0-9]+)?"
        if not (re.fullmatch(mantissa, body) and re.fullmatch(r"[+-]?[0-9]+", exponent)):
            raise fail(
                f"scientific notation is digits, optionally {notation.decimal!r} and digits, "
                "then 'e' and a whole exponent, with no thousands separators"
            )
    bad = next((char for char in body if char not in _NUMBER_CHARS), None)
    if bad is not None:
        raise fail(f"{bad!r} is not part of a number")

    if body.count(notation.decimal) > 1:
        raise fail(f"it has more than one decimal mark {notation.decimal!r}")
    int_part, has_decimal, fraction = body.partition(notation.decimal)
    if has_decimal and not fraction:
        raise fail(f"it ends with the decimal mark {notation.decimal!r}")
    if not _DIGITS.fullmatch(fraction or "0"):
        raise fail(f"only digits may follow the decimal mark {notation.decimal!r}")
    int_digits = _ungroup(int_part, notation, fail)

    shape = None if exponent else _GROUP_OR_DECIMAL.fullmatch(body)
    if shape is not None and not integer:
        # "1.000" / "1,000" in either notation: a thousands group, or a decimal mark, a
        # thousand-fold apart. The notation's own reading is one of the two, never settled.
        head, mark, tail = shape.groups()
        decimal_text = f"{sign}{head}{notation.decimal}{_decimal_digits(tail)}"
        grouping = mark == notation.group
        raise _ambiguous(text, locale, f"{sign}{head}{tail}", decimal_text, mark, grouping)
    if integer and has_decimal and not exponent:
        if fraction == "000" and shape is not None:
            # "1,000" typed English-style in a vi count field: the mirror of "1.000".
            raise _ambiguous(text, locale, f"{sign}{int_part}000", f"{sign}{int_part}", "", False)
        whole = f"{sign}{int_part or '0'}" if set(fraction) == {"0"} else None
        raise NumberFormatError(text, locale, "a whole number is expected", whole)

    number = Decimal(f"{sign}{int_digits or '0'}.{fraction or '0'}e{exponent or '0'}")
    if number.adjusted() > _MAX_EXPONENT:
        raise fail("it is too large")
    if not integer:
        return float(number)  # correctly rounded: Decimal -> float goes through the text
    if number != number.to_integral_value():
        raise fail("a whole number is expected")
    return int(number)


def _ungroup(int_part: str, notation: _Notation, fail: Callable[[str], Exception]) -> str:
    """Check the thousands grouping of the integer part and return its bare digits."""
    separators = set(int_part) - set(string.digits)
    if not separators:
        return int_part
    # Space-like separators count as one kind; mixing "." with spaces is not grouping.
    kinds = {"space" if char in _SPACES else char for char in separators}
    if len(kinds) > 1:
        raise fail("it mixes different thousands separators")
    groups = re.split(f"[{re.escape(''.join(separators))}]", int_part)
    first, rest = groups[0], groups[1:]
    # A leading "0" group ("0.360") is never thousands grouping.
    if not (1 <= len(first) <= 3 and first[0] != "0" and all(len(g) == 3 for g in rest)):
        mark = "a space" if kinds == {"space"} else repr(notation.group)
        raise fail(f"{mark} groups thousands here, so it must separate groups of exactly 3 digits")
    return "".join(groups)


def _decimal_digits(tail: str) -> str:
    """The three digits after a mark, written as a decimal that cannot be read as grouping:
    "000" -> "0" (one digit kept, so that typing it says "I meant a decimal"), "200" -> "2",
    "234" -> "2340" (three digits would be the ambiguous shape again)."""
    digits = tail.rstrip("0") or "0"
    return digits + "0" if len(digits) == 3 else digits


def _ambiguous(
    text: str, locale: str, thousands_text: str, decimal_text: str, mark: str, grouping: bool
) -> AmbiguousNumber:
    """The error for text that reads as ``thousands_text`` or as ``decimal_text``; in the
    locale's notation ``mark`` groups thousands when ``grouping`` is true, else it is the
    decimal mark (``mark`` is "" for a count field's "1,000", read as 1 in vi).

    The decimal spelling keeps one fractional digit ("1,0", not "1") when the text used a
    mark, so that typing it says "I meant a decimal".
    """
    candidates = (float(Decimal(thousands_text)), float(Decimal(decimal_text.replace(",", "."))))
    shown = tuple(format_number(value, locale, grouping=False) for value in candidates)
    if mark and grouping:
        reason = f"it could be {shown[0]} ({mark!r} grouping thousands) or {shown[1]} ({mark!r} as a decimal point)"
    elif mark:
        reason = (
            f"it could be {shown[1]} ({mark!r} as the decimal mark) "
            f"or {shown[0]} ({mark!r} grouping thousands, as in the other notation)"
        )
    else:
        reason = f"it could be {shown[0]} (English-style grouping) or {shown[1]}, and a whole number is expected"
    spellings = (thousands_text, decimal_text)
    if spellings == shown:  # "type 93,2 for 93,2" would only repeat itself
        suggestion = f"type {spellings[0]} or {spellings[1]} to say which"
    else:
        suggestion = f"type {spellings[0]} for {shown[0]} or {spellings[1]} for {shown[1]}"
    read_as = candidates[0] if grouping else candidates[1]
    return AmbiguousNumber(text, locale, reason, suggestion, candidates, spellings, read_as)


def format_number(
    value: float,
    locale: str = "vi",
    decimals: int | None = None,
    grouping: bool = True,
) -> str:
    """Write ``value`` in ``locale`` notation: 93200 -> "93.200", 2.57 -> "2,57" (vi).

    ``decimals=None`` writes the shortest text with at most 6 decimals and no trailing
    zeros; an ``int`` is written exactly, whatever its size. Otherwise exactly ``decimals``
    digits follow the decimal mark.

    Note: a value between 1000 and 999999 with no fractional digits prints as "1.000" (vi)
    with grouping, and a value below 1000 with three decimals as "1,234" (vi); both are
    flagged when read back, except "1.000" with ``integer=True``. Editors write a number
    with :func:`format_for_entry`, which reads back as it is.
    """
    notation = _notation(locale)
    if decimals is not None and decimals < 0:
        raise ValueError(f"decimals must be >= 0, not {decimals}")
    if isinstance(value, int) and not isinstance(value, bool):
        # f"{n:f}" would go through float and lose digits above 2**53.
        negative, int_digits = value < 0, str(abs(value))
        fraction = "0" * (decimals or 0)
    else:
        value = float(value)
        if not math.isfinite(value):
            raise ValueError(f"cannot format {value!r} as a number")
        text = f"{value:.{6 if decimals is None else decimals}f}"
        negative = text.startswith("-")
        int_digits, _, fraction = text.lstrip("-").partition(".")
        if decimals is None:
            fraction = fraction.rstrip("0")
        if set(int_digits + fraction) <= {"0"}:
            negative = False  # never print "-0" for a value that rounds to zero
    if grouping:
        head = len(int_digits) % 3 or 3
        groups = [int_digits[:head]] + [int_digits[i : i + 3] for i in range(head, len(int_digits), 3)]
        int_digits = notation.group.join(groups)
    text = f"{'-' if negative else ''}{int_digits}"
    return f"{text}{notation.decimal}{fraction}" if fraction else text


def format_for_entry(value: float, locale: str = "vi") -> str:
    """Write ``value`` as an editor shows it for retyping: every digit (up to 6 decimals), no
    grouping, and a fourth decimal after exactly three ("1,2340", not "1,234", in vi), so
    that :func:`parse_number` reads the text back as ``value`` without a question."""
    text = format_number(value, locale, grouping=False)
    return text + "0" if _GROUP_OR_DECIMAL.fullmatch(text.lstrip("-")) else text


def format_significant(value: float, locale: str = "vi", figures: int = 4) -> str:
    """A computed result to ``figures`` significant figures (at most 6 decimals), in the
    notation of ``locale``: 17.826 kg/h as "17,83" in Vietnamese, 40 001 083.9 VND as
    "40.001.084". For results, not for figures a person typed (they keep their decimals)."""
    if value == 0 or not math.isfinite(value):
        return format_number(value, locale)
    decimals = min(6, max(0, figures - 1 - math.floor(math.log10(abs(value)))))
    return format_number(round(value, decimals), locale, decimals=decimals)
