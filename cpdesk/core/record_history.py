"""A record's history as every layer reads it: who changed it, when, and each field's value
before and after.

The services read it from the change log of a shared database (the last
:data:`HISTORY_LENGTH` changes of each record are kept) and hand it out as these rows; the
workbench shows them, in the user's language and notation, and so does the question an edit on
an older screen asks (the colleagues' changes since that screen was drawn).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: How many changes of a record its history keeps and shows.
HISTORY_LENGTH = 20


@dataclass(frozen=True)
class FieldChange:
    """One field's value before and after a change (as the log keeps them: numbers and text as
    they are, codes and dates as text)."""

    field: str
    before: object
    after: object


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a record, as its history lists it.

    ``action`` is "update", "delete" or "restore"; ``person`` the name the workbench of its
    author was set to (empty when none was), ``device_id`` that workbench's installation.
    """

    version: int
    action: str
    changed_at: datetime
    person: str
    device_id: str
    changes: tuple[FieldChange, ...]
