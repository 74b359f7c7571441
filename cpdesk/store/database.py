"""Opening a cpdesk database: resolve the location, upgrade the schema, know the device."""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from cpdesk.core.errors import Coded
from cpdesk.core.messages import msg
from cpdesk.store import migrate
from cpdesk.store.engine import READ_ONLY, driver_rows, is_sqlite, make_engine
from cpdesk.store.models import LocalSetting
from cpdesk.store.session import make_sessionmaker

DEVICE_KEY = "device_id"


class DatabaseLocationError(Coded, ValueError):
    """The database location given cannot be used (a message code, said in the user's language)."""


@dataclass
class Database:
    """An open cpdesk database: its engine, its session factory and this device's id."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    backup_path: Path | None = None
    #: Who is editing through this connection, for the change log of a shared database (the
    #: workbench's user name; the command line's $CPDESK_USER or login name).
    person: str = ""
    #: This open database's token in the change feed: its own commits are not news to it.
    origin: str = ""

    @property
    def path(self) -> Path | None:
        """The file of an SQLite database, None for a server database or memory."""
        db = make_url(self.url).database
        if not is_sqlite(self.url) or not db or db == ":memory:":
            return None
        return Path(db)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; it never takes the write lock."""
        with Session(self.engine.execution_options(**{READ_ONLY: True})) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _login_name() -> str:
    """Who is editing, until the workbench says (its user name): $CPDESK_USER, else the
    account's login name, else nobody named."""
    named = os.environ.get("CPDESK_USER", "").strip()
    if named:
        return named[:200]
    try:
        return getpass.getuser()[:200]
    except Exception:  # no login name (a container, a service account)
        return ""


def to_url(location: str | Path) -> str:
    """Turn a path or a SQLAlchemy URL into a URL (a bare path means a SQLite file)."""
    text = str(location)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise DatabaseLocationError(msg("database.not_a_url", text=repr(text))) from exc
        return text
    path = Path(text).expanduser()
    if path.is_dir():
        raise DatabaseLocationError(msg("database.is_folder", path=str(path)))
    if not path.parent.exists():
        raise DatabaseLocationError(msg("database.no_folder", path=str(path.parent)))
    return f"sqlite:///{path.resolve()}"


def open_database(location: str | Path, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database at ``location``.

    A SQLite file with an older schema is first copied with SQLite's backup API; the
    upgrade then runs in one transaction. A schema newer than this cpdesk is refused.
    """
    url = to_url(location)
    path = Path(make_url(url).database or "") if is_sqlite(url) else None
    if path is not None and not create and not path.exists():
        raise DatabaseLocationError(msg("database.none_at", path=str(path)))
    engine = make_engine(url)
    try:
        backup = None
        current, device_id = _revision_and_device(engine)
        if current != migrate.head_revision():
            if path is not None and current is not None and path.exists():
                backup = migrate.backup_sqlite(path, current)
            migrate.upgrade(engine)
        if device_id is None:
            device_id = _ensure_device_id(engine)
    except Exception:
        engine.dispose()
        raise
    origin = uuid.uuid4().hex
    sessions = make_sessionmaker(engine, device_id, origin)
    return Database(url, engine, sessions, device_id, backup, person=_login_name(), origin=origin)


def _revision_and_device(engine: Engine) -> tuple[str | None, str | None]:
    """The schema's revision (refused if unknown) and this installation's id, read in one
    go: each command opens the database, and on a server every statement is a round trip.

    A current database answers one plain statement (a row per stored revision, each with the
    device's id); a new, old or damaged one is read step by step."""
    with engine.execution_options(**{READ_ONLY: True}).connect() as conn:
        try:
            rows = driver_rows(conn.connection.dbapi_connection, _REVISION_AND_DEVICE)
        except engine.dialect.loaded_dbapi.Error:  # no such table: not a current schema
            rows = []
        if len(rows) == 1 and rows[0][0] == migrate.head_revision():
            return rows[0][0], rows[0][1]
        current = migrate.known(migrate.stored_revision(conn))
        if current is None or current != migrate.head_revision():
            return current, None  # read once the schema is current
        query = select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY)
        return current, conn.execute(query).scalar_one_or_none()


# The key is a constant of this module, not a user's text.
_REVISION_AND_DEVICE = (
    f"SELECT version_num, (SELECT value FROM local_setting WHERE key = '{DEVICE_KEY}') FROM {migrate.VERSION_TABLE}"
)


def _ensure_device_id(engine: Engine) -> str:
    with Session(engine) as session, session.begin():
        row = session.execute(select(LocalSetting).where(LocalSetting.key == DEVICE_KEY)).scalar_one_or_none()
        if row is None:
            row = LocalSetting(key=DEVICE_KEY, value=uuid.uuid4().hex)
            session.add(row)
        return row.value
