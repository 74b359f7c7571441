"""The one edit path: every edit of an existing record, of any kind, is an operation carried
out by :func:`apply` (or several by :func:`apply_all`, in one unit of work) that returns its
inverse; :func:`create` makes a creation undoable the same way. The GUI's editor keeps the
inverses on its undo stack and never opens a unit of work itself.

- :mod:`.operations`: Update, Delete, Restore;
- :mod:`.registry`: which kinds of record can be edited and how (fed by the domains' tables);
- :mod:`.applying`: carrying the operations out;
- :mod:`.history`: who changed a record, when and what; an edit made on an older screen is
  refused (:class:`ChangedMeanwhile`) rather than written over a colleague's change;
- :mod:`.record_history`: a record's last changes, its version, and what its values mean, for
  the history view and for the merge of an edit with a colleague's newer version.
"""

from cpdesk.services.editing.applying import Created, apply, apply_all, create
from cpdesk.services.editing.history import ChangedMeanwhile, FieldChange, HistoryEntry, history
from cpdesk.services.editing.operations import Delete, Operation, Restore, Update
from cpdesk.services.editing.record_history import (
    differences,
    merged,
    record_history,
    record_version,
    value_context,
)
from cpdesk.services.editing.registry import EditableKind, kinds

__all__ = [
    "ChangedMeanwhile",
    "Created",
    "Delete",
    "EditableKind",
    "FieldChange",
    "HistoryEntry",
    "Operation",
    "Restore",
    "Update",
    "apply",
    "apply_all",
    "create",
    "differences",
    "history",
    "kinds",
    "merged",
    "record_history",
    "record_version",
    "value_context",
]
