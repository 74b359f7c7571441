"""Errors a user can act on. Each names what was wrong, in one line, in the user's language.

An error made with a :class:`~cpdesk.core.messages.Message` carries its stable code and
parameters (``error.message``); ``str(error)`` is its English wording, and
:func:`~cpdesk.core.messages.text_of` says it in any language. :class:`Coded` gives that to
any exception class, also those that derive from ``ValueError``.
"""

from __future__ import annotations

from typing import Any

from cpdesk.core.messages import Message, Term, msg


class Coded(Exception):
    """An exception whose first argument may be a :class:`Message`: kept as ``message``, and
    its English wording is the exception's text."""

    message: Message | None

    def __init__(self, *args: Any) -> None:
        first = args[0] if args else None
        self.message = first if isinstance(first, Message) else None
        if self.message is not None:
            args = (str(self.message), *args[1:])
        super().__init__(*args)


#: The codes of refusals that say only that a value is missing: shown with the field's name.
REQUIRED = frozenset({"value.required", "value.empty", "unit.required"})


def reason_of(error: BaseException) -> str | Message:
    """What ``error`` says, as the reason of another: its message when it carries one (a
    :class:`ValidationError`'s reason), else its English text."""
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else str(error)


class ValueRefused(Coded, ValueError):
    """A value the core cannot work with, refused with a message code. A ``ValueError``, so
    the callers that catch one still do; :func:`reason_of` hands its message on to the
    service's error that carries it to the person."""


class CpdeskError(Coded):
    """Base of every error that is shown to the user as a message, not a traceback."""


class ValidationError(CpdeskError):
    """A value the user gave is not acceptable; names the entity, the field and the value.

    ``reason`` is a :class:`Message` (kept as ``why``) or, from code not yet given codes, an
    English phrase; ``self.reason`` is always the English phrase.
    """

    def __init__(self, entity: str, field: str, value: Any, reason: str | Message) -> None:
        self.entity = entity
        self.field = field
        self.value = value
        self.why = reason if isinstance(reason, Message) else None
        self.reason = str(reason)
        super().__init__(f"{entity}.{field} = {value!r}: {self.reason}")
        self.message = self.why


class NotFoundError(CpdeskError):
    """A record asked for by id or code does not exist (or was deleted)."""

    def __init__(self, entity: str, key: Any) -> None:
        self.entity = entity
        self.key = key
        super().__init__(msg("record.not_found", entity=Term("Entity", entity), key=str(key)))
