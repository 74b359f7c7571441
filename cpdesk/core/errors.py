"""Errors a user can act on. Each names what was wrong, in one line."""

from __future__ import annotations

from typing import Any


class CpdeskError(Exception):
    """Base of every error that is shown to the user as a message, not a traceback."""


class ValidationError(CpdeskError):
    """A value the user gave is not acceptable; names the entity, the field and the value."""

    def __init__(self, entity: str, field: str, value: Any, reason: str) -> None:
        self.entity = entity
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{entity}.{field} = {value!r}: {reason}")


class NotFoundError(CpdeskError):
    """A record asked for by id or code does not exist (or was deleted)."""

    def __init__(self, entity: str, key: Any) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"no {entity} {key!s}")
