"""The unit of work: one user action, one transaction, one commit; one read, one snapshot.

Services open it; repositories and helpers only use the session it carries. Nested service
calls (the demo writer calls the same services a user's actions do) join the unit of work
already open in this context instead of committing on their own.

Reads nest the same way: a report opens one ``reading`` and calls the services the screens
call (the assessment, its balances, its options' appraisal ...); each of their own
``reading`` blocks joins it, so the whole report is read in one transaction and sees the
database as it was at one moment, even while the user keeps editing in the workbench.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy.orm import Session

from cpdesk.store.database import Database

#: On a server database a read transaction keeps one snapshot only at this level (PostgreSQL's
#: default, READ COMMITTED, takes a new snapshot for every statement). SQLite's transactions
#: always read one snapshot.
SNAPSHOT_ISOLATION = "REPEATABLE READ"


@dataclass(frozen=True)
class _Open:
    """The transaction open in this context: its database, its session, whether it writes."""

    db: Database
    session: Session
    writes: bool


_current: ContextVar[_Open | None] = ContextVar("cpdesk_uow", default=None)


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """Yield a session inside a transaction; commit when the outermost block ends cleanly.

    Inside an open unit of work it joins it. Inside a read it opens its own transaction, as
    it always did: the read keeps its snapshot, the write commits on its own.
    """
    active = _current.get()
    if active is not None and active.db is db and active.writes:
        yield active.session
        return
    session = db.sessions()
    token = _current.set(_Open(db, session, writes=True))
    try:
        with session.begin():
            yield session
    finally:
        _current.reset(token)
        session.close()


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A session for a read-only service call, in one read transaction (one snapshot).

    It joins the unit of work or the read already open in this context, so that a caller
    which gathers many services' results (a report) reads them all from one snapshot.
    """
    active = _current.get()
    if active is not None and active.db is db:
        yield active.session
        return
    with db.reading() as session:
        if session.get_bind().dialect.name != "sqlite":
            session.connection(execution_options={"isolation_level": SNAPSHOT_ISOLATION})
        token = _current.set(_Open(db, session, writes=False))
        try:
            yield session
        finally:
            _current.reset(token)
