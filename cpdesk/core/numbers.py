"""Reading and writing numbers the way users type them, in Vietnamese or English notation.

Vietnamese notation ("vi") uses "," as the decimal mark and "." to group thousands
("1.234.567,8"); English notation ("en") is the mirror image ("1,234,567.8"). Field data mixes
both, so the parser never guesses: an input that is malformed in the chosen locale raises
:class:`NumberFormatError` (with a suggested spelling when swapping the two marks would make
it valid), and an input with two plausible readings raises :class:`AmbiguousNumber`.

The one ambiguous shape is a single group mark followed by exactly three digits and no
decimal mark: "1.000" in vi could be one thousand (grouping) or one (an English decimal
point). It is only accepted as grouping when the field is a whole-number count
(``integer=True``), where a decimal reading makes no sense.

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
    unambiguous text to type for each, in the same order.
    """

    def __init__(
        self,
        text: str,
        locale: str,
        reason: str,
        suggestion: str | None = None,
        candidates: tuple[float, ...] = (),
        spellings: tuple[str, ...] = (),
    ):
        self.candidates = candidates
        self.spellings = spellings
        super().__init__(text, locale, reason, suggestion)

    def __str__(self) -> str:
        name = _NOTATIONS[self.locale].name if self.locale in _NOTATIONS else self.locale
        message = f"{self.text!r} is ambiguous in {name} notation: {self.reason}"
        if self.suggestion is not None:
            message += f"; {self.suggestion}"
        return message

    def __reduce__(self) -> tuple[type[NumberFormatError], tuple[object, ...]]:
        args = (self.text, self.locale, self.reason, self.suggestion)
        return (type(self), (*args, self.candidates, self.spellings))


def _notation(locale: str) -> _Notation:
    try:
        return _NOTATIONS[locale]
    except KeyError:
        raise ValueError(f"unknown locale {locale!r}; expected one of {LOCALES}") from None


@overload
def parse_number(text: str, locale: str = ..., *, integer: Literal[False] = ...) -> float: ...
@overload
def parse_number(text: str, locale: str = ..., *, integer: Literal[True]) -> int: ...
@overload
def parse_number(text: str, locale: str = ..., *, integer: bool) -> float | int: ...


def parse_number(text: str, locale: str = "vi", *, integer: bool = False) -> float | int:
    """Read ``text`` as a number in ``locale`` notation.

    Returns an ``int`` when ``integer`` is true (the field is a whole-number count, which
    also settles the "1.000" ambiguity as one thousand), otherwise a ``float``.

    Raises:
        AmbiguousNumber: the text has two readings (e.g. "1.000" in vi, non-integer field).
        NumberFormatError: anything else that is not a number in that notation.
        ValueError: ``locale`` is not a known locale code.
    """
    notation = _notation(locale)
    if not isinstance(text, str):
        raise TypeError(f"parse_number() needs text, not {type(text).__name__}")
    try:
        return _parse(text, notation, locale, integer)
    except AmbiguousNumber:
        raise
    except NumberFormatError as error:
        if error.suggestion is not None:
            raise
        suggestion = _swapped_suggestion(text, notation, locale, integer)
        raise NumberFormatError(text, locale, error.reason, suggestion) from None


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

    if not integer and not has_decimal and int_part.count(notation.group) == 1:
        # "1.000" (vi) / "1,000" (en): grouping, or a decimal point in the other notation.
        head, tail = int_part.split(notation.group)
        decimal_text = f"{sign}{head}{notation.decimal}{tail.rstrip('0') or '0'}"
        raise _ambiguous(text, locale, f"{sign}{head}{tail}", decimal_text, notation.group)
    if integer and has_decimal and not exponent:
        if fraction == "000" and len(int_part) <= 3 and int_part.isdigit() and int_part[0] != "0":
            # "1,000" typed English-style in a vi count field: the mirror of "1.000".
            raise _ambiguous(text, locale, f"{sign}{int_part}000", f"{sign}{int_part}", "")
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


def _ambiguous(text: str, locale: str, thousands_text: str, decimal_text: str, group_mark: str) -> AmbiguousNumber:
    """The error for text that reads as ``thousands_text`` or as ``decimal_text``.

    The decimal spelling keeps one fractional digit ("1,0", not "1") when the text used a
    group mark, so that typing it says "I meant a decimal".
    """
    candidates = (float(Decimal(thousands_text)), float(Decimal(decimal_text.replace(",", "."))))
    shown = tuple(format_number(value, locale, grouping=False) for value in candidates)
    if group_mark:
        reason = (
            f"it could be {shown[0]} ({group_mark!r} grouping thousands) "
            f"or {shown[1]} ({group_mark!r} as a decimal point)"
        )
    else:
        reason = f"it could be {shown[0]} (English-style grouping) or {shown[1]}, and a whole number is expected"
    spellings = (thousands_text, decimal_text)
    if spellings == shown:  # "type 93,2 for 93,2" would only repeat itself
        suggestion = f"type {spellings[0]} or {spellings[1]} to say which"
    else:
        suggestion = f"type {spellings[0]} for {shown[0]} or {spellings[1]} for {shown[1]}"
    return AmbiguousNumber(text, locale, reason, suggestion, candidates, spellings)


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

    Note: with grouping, a value between 1000 and 999999 with no fractional digits prints
    as "1.000" (vi), which :func:`parse_number` reads back unambiguously only with
    ``integer=True``. Editors of non-integer fields should format with ``grouping=False``.
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
