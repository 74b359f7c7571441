"""Session hooks: the sync metadata right on every flush, and a feed row per commit.

Every flush stamps the rows it writes (device, time, version). Every commit that changed
records also writes one row of ``change_feed`` naming the connection (its origin token) and
the records, and on PostgreSQL tells the listening workbenches (NOTIFY, delivered at the
commit): the other screens of a shared database learn what changed within a second.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, event, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from cpdesk.store.base import SyncedMixin, utcnow
from cpdesk.store.models.history import FEED_IDS, FEED_KEPT, ChangeFeed

DEVICE_ID = "cpdesk_device_id"
#: ``session.info`` key of the open database's origin token (one per connection pool).
ORIGIN = "cpdesk_origin"
#: ``session.info`` key of what this transaction changed: table -> ids.
CHANGED = "cpdesk_changed"
#: The PostgreSQL channel on which commits are announced (the payload is the origin).
CHANNEL = "cpdesk_changes"
#: Set in ``session.info`` by the sync merge, which writes other devices' metadata as is.
PRESERVE_METADATA = "cpdesk_preserve_sync_metadata"
#: The greatest ``version`` the hook writes: the 32-bit column of PostgreSQL (SQLite's holds
#: 64 bits). Imports refuse versions above 2**30 (``cpdesk.sync.clock.MAX_VERSION``); a row
#: that reached this ceiling (or got a larger version on SQLite before that rule) keeps its
#: version on an edit instead of raising OverflowError on every later one.
VERSION_CEILING = 2**31 - 1


class HardDeleteError(RuntimeError):
    """A travelling row was deleted outright; it must be tombstoned so the deletion syncs."""


def make_sessionmaker(bind: Any, device_id: str, origin: str = "") -> sessionmaker[Session]:
    maker = sessionmaker(bind=bind, expire_on_commit=False, info={DEVICE_ID: device_id, ORIGIN: origin})
    event.listen(maker, "before_flush", _stamp_sync_metadata)
    event.listen(maker, "before_commit", _feed)
    event.listen(maker, "after_rollback", _forget)
    return maker


def note_changed(session: Session, table: str, ids: Any = ()) -> None:
    """Say that this transaction changed records of ``table`` (``ids``, or every one when
    none are given): for writes that bypass the flush, such as an import's bulk statements."""
    changed = session.info.setdefault(CHANGED, {})
    known = changed.setdefault(table, set())
    if "*" in known:
        return
    if ids:
        known.update(str(i) for i in ids)
    # more than a feed row names: the table as a whole (and the memory bounded by that, not by
    # how many records an import brings)
    if not ids or len(known) > FEED_IDS:
        known.clear()
        known.add("*")


def _feed(session: Session) -> None:
    """One feed row for the transaction's changes, and on PostgreSQL a notice at the commit."""
    changed: dict[str, set[str]] = session.info.pop(CHANGED, {})
    if not changed:
        return
    ids = sorted({i for found in changed.values() for i in found})
    everything = "*" in ids or len(ids) > FEED_IDS
    origin = session.info.get(ORIGIN, "")
    seq = session.execute(
        insert(ChangeFeed)
        .values(origin=origin, changed_at=utcnow(), tables=sorted(changed), ids=[] if everything else ids)
        .returning(ChangeFeed.seq)
    ).scalar_one()
    if seq % 100 == 0:  # now and then, the rows no screen still needs
        session.execute(delete(ChangeFeed).where(ChangeFeed.seq <= seq - FEED_KEPT))
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(CHANNEL, origin)))


def _forget(session: Session) -> None:
    session.info.pop(CHANGED, None)


def _stamp_sync_metadata(session: Session, _context: Any, _instances: Any) -> None:
    device = session.info.get(DEVICE_ID, "")
    now = utcnow()
    preserve = session.info.get(PRESERVE_METADATA, False)
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, SyncedMixin):
            note_changed(session, type(obj).__tablename__, [obj.id])
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
