"""`cpdesk check`: is this database sound, and what does it hold?"""

from __future__ import annotations

import dataclasses

from sqlalchemy import Table, func, select, text

from cpdesk.store import migrate, models
from cpdesk.store.base import Base, SyncedMixin
from cpdesk.store.database import Database
from cpdesk.store.engine import is_sqlite


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
    integrity: str
    device_id: str
    tables: tuple[TableCount, ...]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.schema_version == self.schema_head


def check_database(db: Database) -> HealthReport:
    """Schema version, SQLite's integrity check and row counts per table."""
    version = migrate.current_revision(db.engine)
    integrity = "ok"
    with db.reading() as session:
        if is_sqlite(db.url):
            results = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            integrity = "ok" if results == ["ok"] else "; ".join(results[:20])
            fk = session.execute(text("PRAGMA foreign_key_check")).all()
            if fk:
                integrity = f"{len(fk)} rows break foreign keys" if integrity == "ok" else integrity
        counts = []
        models.load_all()
        for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__table__.name):
            cls = mapper.class_
            table: Table = cls.__table__  # every model here is declared on one table
            if issubclass(cls, SyncedMixin):
                live = session.execute(
                    select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
                ).scalar_one()
                total = session.execute(select(func.count()).select_from(table)).scalar_one()
                counts.append(TableCount(table.name, live, total - live))
    return HealthReport(
        url=_redacted(db),
        schema_version=version,
        schema_head=migrate.head_revision(),
        integrity=integrity,
        device_id=db.device_id,
        tables=tuple(counts),
    )


def _redacted(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=True)
