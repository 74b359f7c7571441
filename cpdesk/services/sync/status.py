"""What the status bar tells of sync, read without mapping the sync tables: every start of
the workbench asks, and the sync bookkeeping is otherwise mapped only when used."""

from __future__ import annotations

from sqlalchemy import column, func, select, table

from cpdesk.services.uow import reading
from cpdesk.store.database import Database

#: The columns of cpdesk.store.models.SyncConflict this module reads.
_CONFLICT = table("sync_conflict", column("resolved_at"))


def open_conflicts(db: Database) -> int:
    """How many conflicts wait for a person."""
    with reading(db) as session:
        query = select(func.count()).select_from(_CONFLICT).where(_CONFLICT.c.resolved_at.is_(None))
        return int(session.execute(query).scalar_one())
