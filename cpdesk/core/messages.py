"""Messages a person reads: a stable code, its parameters, and its wording in each language.

An error or a note that the core or the services give carries a :class:`Message`: a code of
the catalogue (kind ``"Message"``, the ``messages_*`` data modules of :mod:`cpdesk.core.labels`)
and named parameters. The workbench and the command line say it in the user's language with
:func:`render`; its English wording is what ``str()`` of the error gives, so logs and tests
read the same sentence as before.

A wording names its parameters in braces: ``"must be at least {minimum}"``. A parameter is said
in the language of the sentence: a number in its notation (2,57 in Vietnamese), a date as that
language writes it, a :class:`Term` (a code of another kind of label: a carrier, a quantity) by
its label, a nested :class:`Message` by its own wording, a list joined with commas.

A reference file's problem (:class:`~cpdesk.core.reference.files.ReferenceDataError`) is said
from its own fixed wording (:mod:`cpdesk.core.reference.problems`), as a whole error or as a
parameter: the catalogue is built from those files and may be what failed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from types import MappingProxyType

from cpdesk.core import labels
from cpdesk.core.dates import format_date, format_moment
from cpdesk.core.numbers import format_number
from cpdesk.core.reference.files import ReferenceDataError
from cpdesk.core.reference.problems import Problem

#: The kind of label under which every message's wording is found.
KIND = "Message"

#: A parameter's place in a wording: ``{name}``.
PLACE = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Term:
    """A code said by its label: ``Term("ReasonWord", "gauge_pressure")`` is "áp suất dư" in
    Vietnamese. A code the kind has no label for is said as it is."""

    kind: str
    code: str


@dataclass(frozen=True)
class Figure:
    """A number said with a fixed count of decimals: ``Figure(175.42, 1)`` is "175,4" in
    Vietnamese, ``Figure(100.0, 1)`` "100.0" in English."""

    value: float
    decimals: int


@dataclass(frozen=True)
class Either:
    """Alternatives said one after another with "or" ("hoặc"): ``Either((Term("ReasonWord",
    "energy"), Term("ReasonWord", "mass")))`` is "energy or mass"."""

    items: tuple[object, ...]


@dataclass(frozen=True)
class Said:
    """A text already said in each language (a sentence another catalogue fills)."""

    vi: str
    en: str


@dataclass(frozen=True)
class Message:
    """A code of the message catalogue and the values of its parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def text(self, lang: str = "en") -> str:
        """The message in ``lang`` ("vi" or "en")."""
        return render(self, lang)

    def __str__(self) -> str:
        return render(self, "en")


def msg(code: str, **params: object) -> Message:
    """A :class:`Message`: ``msg("value.at_least", minimum=3)``."""
    return Message(code, MappingProxyType(dict(params)))


def wording(code: str, lang: str) -> str:
    """The catalogue's wording of ``code`` in ``lang``, its places unfilled; ValueError naming
    the code if the catalogue has none."""
    return labels.label(KIND, code, lang)


def places(text: str) -> frozenset[str]:
    """The names of the parameters a wording uses."""
    return frozenset(PLACE.findall(text))


def render(message: Message, lang: str) -> str:
    """``message`` in ``lang``, each ``{name}`` filled with its parameter said in that language.

    A parameter the message lacks is left as ``{name}`` (never an error while telling of one).
    """
    params = message.params

    def fill(found: re.Match[str]) -> str:
        name = found[1]
        return say(params[name], lang) if name in params else found[0]

    return PLACE.sub(fill, wording(message.code, lang))


def say(value: object, lang: str) -> str:
    """One parameter as ``lang`` writes it."""
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, ReferenceDataError | Problem):  # worded without the catalogue
        return value.text(lang)
    if isinstance(value, Term):
        return labels.label_or_code(value.kind, value.code, lang)
    if isinstance(value, Figure):
        return format_number(value.value, lang, decimals=value.decimals, grouping=False)
    if isinstance(value, Either):
        return f" {wording('word.or', lang)} ".join(say(item, lang) for item in value.items)
    if isinstance(value, Said):
        return value.vi if lang == "vi" else value.en
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return format_number(value, lang)
    if isinstance(value, float):
        return format_number(value, lang) if math.isfinite(value) else str(value)
    if isinstance(value, datetime):
        return format_moment(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, list | tuple | frozenset | set):
        return ", ".join(say(item, lang) for item in value)
    return str(value)


def text_of(error: BaseException, lang: str) -> str:
    """What ``error`` says, in ``lang`` when it carries a message (or is a reference file's
    problem, worded without the catalogue that file may have broken), else its own text."""
    if isinstance(error, ReferenceDataError):
        return error.text(lang)
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return render(message, lang)
    return str(error)
