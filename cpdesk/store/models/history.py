"""What was changed by whom: the last changes of each record, and the feed of commits that
keeps every open screen of a shared database current.

Several people edit one centre database at once. Every edit made through the editing
services writes one row here: the record, the version it left the record at, who made it
(the person's name and their installation), when, and each field's value before and after.
A person whose screen is older than the record is told who changed what; the record's
history lists its last changes. Local to the database, never synced (a bundle carries the
records, not this log); kept short (the last :data:`KEPT_PER_RECORD` changes per record).

Every committed unit of work that changed records also writes one row of ``change_feed``:
which connection made it (``origin``, a token per open database) and the kinds and ids of the
records it changed. An open workbench reads the rows after the last it saw, leaves out its
own, and reloads what the others changed (:mod:`cpdesk.services.changes`).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.store.base import Base, UTCDateTime, utcnow

#: Changes kept per record; older ones are removed as new ones are written.
KEPT_PER_RECORD = 20


class ChangeRecord(Base):
    """One edit of one record: its fields before and after, who made it, when."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "record_id", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    #: the record's version once this change was made
    version: Mapped[int] = mapped_column(Integer)
    #: "update", "delete" or "restore"
    action: Mapped[str] = mapped_column(String(10))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(64), default="")
    person: Mapped[str] = mapped_column(String(200), default="")
    #: field -> [value before, value after], as JSON values (dates and ids as text)
    changes: Mapped[dict[str, list[object]]] = mapped_column(JSON, default=dict)


#: Feed rows kept; older ones are removed now and then (a screen that missed more reloads all).
FEED_KEPT = 1000
#: Ids listed per feed row; a larger commit names its kinds only (every screen of them reloads).
FEED_IDS = 200


class ChangeFeed(Base):
    """One committed unit of work that changed records: who (which connection) and what."""

    __tablename__ = "change_feed"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: the tables of the records changed
    tables: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: the records' ids (text); empty when more than :data:`FEED_IDS` changed
    ids: Mapped[list[str]] = mapped_column(JSON, default=list)
