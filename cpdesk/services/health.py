"""`cpdesk check`: is this database sound, and what does it hold?

The report lists every check with what it ran and what it found (:mod:`cpdesk.store.integrity`);
a check that could not run is listed as not run, with the reason, and the integrity line
says "ok" only for the checks that ran. ``quick`` is for daily use: SQLite's quick_check
instead of the full integrity check, and on PostgreSQL no index check.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from cpdesk.store import integrity, migrate, models
from cpdesk.store.base import Base, SyncedMixin
from cpdesk.store.database import Database
from cpdesk.store.engine import is_sqlite
from cpdesk.store.integrity import CheckResult


@dataclasses.dataclass(frozen=True)
class TableCount:
    table: str
    live: int
    deleted: int


@dataclasses.dataclass(frozen=True)
class HealthReport:
    url: str
    schema_version: str | None
    schema_head: str
    #: "ok" when every check that ran found nothing, naming the checks that did not run;
    #: else the problems of the checks that failed.
    integrity: str
    device_id: str
    tables: tuple[TableCount, ...]
    checks: tuple[CheckResult, ...] = ()

    @property
    def ok(self) -> bool:
        return all(c.ok or not c.ran for c in self.checks) and self.schema_version == self.schema_head


def check_database(db: Database, *, quick: bool = False) -> HealthReport:
    """Schema version, the integrity checks (fewer with ``quick``) and row counts per table."""
    version = migrate.current_revision(db.engine)
    checks: list[CheckResult] = []
    with db.reading() as session:
        conn = session.connection()
        if is_sqlite(db.url):
            checks.append(integrity.sqlite_file(conn, quick=quick))
            checks.append(integrity.sqlite_foreign_keys(conn))
        else:
            checks.append(integrity.foreign_keys_by_query(conn))
        checks.append(integrity.sync_bookkeeping(conn))
        counts = _counts(session)
    if not is_sqlite(db.url):
        if quick:
            checks.append(CheckResult("indexes", "bt_index_check (amcheck)", False, reason="left out by --quick"))
        else:
            checks.append(integrity.postgres_indexes(db.engine))
    return HealthReport(
        url=_redacted(db),
        schema_version=version,
        schema_head=migrate.head_revision(),
        integrity=_summary(checks),
        device_id=db.device_id,
        tables=counts,
        checks=tuple(checks),
    )


def _summary(checks: list[CheckResult]) -> str:
    failed = [c for c in checks if c.ran and not c.ok]
    if failed:
        return "; ".join(f"{c.name}: {c.outcome}" for c in failed)
    ran = ", ".join(c.name for c in checks if c.ran)
    skipped = [c.name for c in checks if not c.ran]
    if not ran:
        return "not checked"
    return "ok" if not skipped else f"ok ({ran}); not run: {', '.join(skipped)}"


def _counts(session: Session) -> tuple[TableCount, ...]:
    counts = []
    models.load_all()
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__table__.name):
        cls = mapper.class_
        table: Table = cls.__table__  # every model here is declared on one table
        if issubclass(cls, SyncedMixin):
            live, total = session.execute(
                select(func.count().filter(table.c.deleted_at.is_(None)), func.count()).select_from(table)
            ).one()
            counts.append(TableCount(table.name, live, total - live))
    return tuple(counts)


def _redacted(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=True)
