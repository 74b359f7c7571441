"""Session hooks that keep the sync metadata right on every flush."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from cpdesk.store.base import SyncedMixin, utcnow

DEVICE_ID = "cpdesk_device_id"
#: Set in ``session.info`` by the sync merge, which writes other devices' metadata as is.
PRESERVE_METADATA = "cpdesk_preserve_sync_metadata"
#: The greatest ``version`` the hook writes: the 32-bit column of PostgreSQL (SQLite's holds
#: 64 bits). Imports refuse versions above 2**30 (``cpdesk.sync.clock.MAX_VERSION``); a row
#: that reached this ceiling (or got a larger version on SQLite before that rule) keeps its
#: version on an edit instead of raising OverflowError on every later one.
VERSION_CEILING = 2**31 - 1


class HardDeleteError(RuntimeError):
    """A travelling row was deleted outright; it must be tombstoned so the deletion syncs."""


def make_sessionmaker(bind: Any, device_id: str) -> sessionmaker[Session]:
    maker = sessionmaker(bind=bind, expire_on_commit=False, info={DEVICE_ID: device_id})
    event.listen(maker, "before_flush", _stamp_sync_metadata)
    return maker


def _stamp_sync_metadata(session: Session, _context: Any, _instances: Any) -> None:
    device = session.info.get(DEVICE_ID, "")
    now = utcnow()
    preserve = session.info.get(PRESERVE_METADATA, False)
    for obj in session.new:
        if isinstance(obj, SyncedMixin) and not preserve:
            obj.device_id = device
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.version = obj.version or 1
    for obj in session.dirty:
        if preserve or not isinstance(obj, SyncedMixin):
            continue
        if session.is_modified(obj, include_collections=False):
            obj.device_id = device
            obj.updated_at = now
            obj.version = (obj.version or 0) + 1 if (obj.version or 0) < VERSION_CEILING else obj.version
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            raise HardDeleteError(
                f"{type(obj).__name__} {obj.id} would be deleted outright; "
                "mark it deleted (tombstone) so that the deletion reaches other machines"
            )


def tombstone(obj: SyncedMixin) -> None:
    """Mark a row deleted; the flush hook bumps its version like any other change."""
    if obj.deleted_at is None:
        obj.deleted_at = utcnow()
