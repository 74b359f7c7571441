"""The unit of work: one user action, one transaction, one commit.

Services open it; repositories and helpers only use the session it carries. Nested service
calls (the demo writer calls the same services a user's actions do) join the unit of work
already open in this context instead of committing on their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy.orm import Session

from cpdesk.store.database import Database

_current: ContextVar[tuple[Database, Session] | None] = ContextVar("cpdesk_uow", default=None)


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """Yield a session inside a transaction; commit when the outermost block ends cleanly."""
    active = _current.get()
    if active is not None and active[0] is db:
        yield active[1]
        return
    session = db.sessions()
    token = _current.set((db, session))
    try:
        with session.begin():
            yield session
    finally:
        _current.reset(token)
        session.close()


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A session for a read-only service call; joins an open unit of work if there is one."""
    active = _current.get()
    if active is not None and active[0] is db:
        yield active[1]
        return
    with db.reading() as session:
        yield session
