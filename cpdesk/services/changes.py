"""What the others changed: keeping the screens of a shared database current.

Every commit that changes records writes a row of the change feed (:mod:`cpdesk.store.session`)
naming the connection that made it and the records. :class:`ChangeWatch` reads the rows after
the last it saw, leaves out its own connection's, and says what changed as a
:class:`~cpdesk.core.entities.Change`, which the screens already know how to reload.

Looking costs little: on SQLite, ``PRAGMA data_version`` on a connection of the watch's own
says whether anything was committed since the last look, and the feed is read only then; on
PostgreSQL the watch LISTENs for the commits' notices and reads the feed when one came (and
every :data:`FULL_LOOK_SECONDS` in case a notice was missed). The workbench looks once a
second.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from cpdesk.core.entities import Change, Entity
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import ChangeFeed
from cpdesk.store.models.history import FEED_KEPT
from cpdesk.store.session import CHANNEL

log = logging.getLogger("cpdesk.changes")

#: On PostgreSQL, the feed is also read this often whether a notice came or not.
FULL_LOOK_SECONDS = 10.0
#: Tables whose records are named by another kind.
_ENTITY_OF_TABLE = {"cp_option": Entity.OPTION}


class ChangeWatch:
    """Tells, each time it is asked, what the others committed since it was last asked."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._last = self._newest()
        self._version: int | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._listener: Any = None
        self._full_look = time.monotonic()
        path = db.path
        if path is not None:
            self._sqlite = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
            self._version = self._data_version()
        elif db.engine.dialect.name == "postgresql":
            self._listen()

    def _newest(self) -> int:
        with reading(self.db) as session:
            return int(session.execute(select(func.coalesce(func.max(ChangeFeed.seq), 0))).scalar_one())

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def _listen(self) -> None:
        try:
            raw = self.db.engine.raw_connection()
            connection: Any = raw.driver_connection
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._listener = (raw, connection)
        except Exception as exc:  # a driver without LISTEN: the full look every few seconds does
            log.warning("no notices of the others' changes (%s); looking every %s s", exc, FULL_LOOK_SECONDS)

    def _anything_new(self) -> bool:
        """Did anyone commit since the last look (cheap; may say yes for one's own commits)?"""
        if self._sqlite is not None:
            version = self._data_version()
            changed, self._version = version != self._version, version
            return changed
        heard = False
        if self._listener is not None:
            try:
                for notice in self._listener[1].notifies(timeout=0.0):
                    heard = heard or notice.payload != self.db.origin
            except Exception as exc:  # the listening connection broke: listen again next time
                log.warning("listening for changes stopped: %s", exc)
                self._close_listener()
                self._listen()
                heard = True
        if time.monotonic() - self._full_look >= FULL_LOOK_SECONDS:
            self._full_look = time.monotonic()
            heard = True
        return heard

    @property
    def seen(self) -> int:
        """The last feed row looked at: the screens show every change up to it."""
        return self._last

    def poll(self) -> Change | None:
        """What the others changed since the last call, None when nothing."""
        if not self._anything_new():
            return None
        with reading(self.db) as session:
            rows = session.execute(
                select(ChangeFeed.seq, ChangeFeed.origin, ChangeFeed.tables, ChangeFeed.ids)
                .where(ChangeFeed.seq > self._last)
                .order_by(ChangeFeed.seq)
            ).all()
        if not rows:
            return None
        # rows pruned before this look (a watch that slept long): what they said is lost
        missed = rows[0].seq - self._last > FEED_KEPT
        self._last = rows[-1].seq
        theirs = [r for r in rows if r.origin != self.db.origin]
        if not theirs:
            return None
        return _change(theirs, missed)

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        self._close_listener()

    def _close_listener(self) -> None:
        if self._listener is not None:
            try:
                self._listener[0].close()
            except Exception:  # closing a broken connection: nothing more to do
                pass
            self._listener = None


def _change(rows: Sequence[Any], missed: bool) -> Change:
    """The records the feed rows name, as the screens' notice of a change."""
    entities: set[Entity] = set()
    ids: set[uuid.UUID] = set()
    everything = missed
    for row in rows:
        if not row.ids:
            everything = True
        for table in row.tables:
            entity = _ENTITY_OF_TABLE.get(table)
            if entity is None:
                try:
                    entity = Entity(table)
                except ValueError:  # a kind no screen edits (factor sets, sync records): reload all
                    everything = True
                    continue
            entities.add(entity)
        ids.update(uuid.UUID(i) for i in row.ids)
    if everything:
        return Change.ANYTHING
    return Change(frozenset(entities), frozenset(ids))
