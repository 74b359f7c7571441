"""The checks behind ``cpdesk check``: what each one ran, and what it found.

A check that cannot run says so and why (:attr:`CheckResult.ran` is False); nothing here
answers "ok" for a check that did not run. On SQLite the file's own check runs
(``PRAGMA integrity_check``, or the faster ``quick_check`` that skips the indexes' content)
with ``PRAGMA foreign_key_check``. On PostgreSQL, whose constraints can be disabled
(``session_replication_role``), dropped or added ``NOT VALID``, each foreign key of the schema
is checked by a query for rows that name a missing parent, and every B-tree index by
``amcheck``'s ``bt_index_check`` when the extension can be installed and its functions used
(installing an extension and reading the indexes need rights the role may lack: then the
check says it did not run). On both, the sync bookkeeping is checked: every version vector,
peer mark and open conflict must name a record that exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, ForeignKey, Table, and_, exists, func, not_, select, text
from sqlalchemy.exc import DBAPIError

from cpdesk.store import models
from cpdesk.store.base import Base, SyncedMixin

#: Problems listed per check; the count says how many there are in all.
SHOWN = 20


@dataclass(frozen=True)
class CheckResult:
    """One check: its name, what it ran, whether it ran, and the problems found."""

    name: str
    ran_what: str
    ran: bool
    problems: tuple[str, ...] = ()
    problem_count: int = 0
    #: Why it did not run (``ran`` False).
    reason: str = ""

    @property
    def ok(self) -> bool:
        """It ran and found nothing wrong."""
        return self.ran and self.problem_count == 0

    @property
    def outcome(self) -> str:
        """ "ok", the problems found, or "not run" with the reason."""
        if not self.ran:
            return f"not run: {self.reason}"
        if self.problem_count == 0:
            return "ok"
        more = f" (first {len(self.problems)} shown)" if self.problem_count > len(self.problems) else ""
        return f"{self.problem_count} problem(s){more}: " + "; ".join(self.problems)


def _result(name: str, ran_what: str, problems: list[str], count: int | None = None) -> CheckResult:
    return CheckResult(name, ran_what, True, tuple(problems[:SHOWN]), len(problems) if count is None else count)


def sqlite_file(conn: Connection, *, quick: bool) -> CheckResult:
    """SQLite's own check of the file: pages, records and (unless ``quick``) index contents."""
    pragma = "quick_check" if quick else "integrity_check"
    found = [row[0] for row in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    problems = [] if found == ["ok"] else found
    return _result("file", f"PRAGMA {pragma}", problems)


def sqlite_foreign_keys(conn: Connection) -> CheckResult:
    """Rows naming a missing parent, as SQLite's foreign_key_check lists them."""
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    problems = [f"{table} row {rowid} names a missing {parent}" for table, rowid, parent, _fk in rows]
    return _result("foreign keys", "PRAGMA foreign_key_check", problems)


def _foreign_keys() -> list[tuple[Table, ForeignKey]]:
    models.load_all()
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for key in column.foreign_keys:
                found.append((table, key))
    return found


def foreign_keys_by_query(conn: Connection) -> CheckResult:
    """Each foreign key of the schema: rows whose reference names no row of its parent."""
    problems: list[str] = []
    keys = _foreign_keys()
    for table, key in keys:
        child = key.parent
        parent = key.column
        rows = parent.table.alias("parent_row")  # a table may name itself
        orphan = and_(child.isnot(None), not_(exists().where(rows.c[parent.name] == child)))
        count = conn.execute(select(func.count()).select_from(table).where(orphan)).scalar_one()
        if count:
            problems.append(f"{count} {table.name} row(s) name a missing {parent.table.name} in {child.name}")
    return _result("foreign keys", f"a query per foreign key ({len(keys)})", problems)


def sync_bookkeeping(conn: Connection) -> CheckResult:
    """Version vectors, peer marks and open conflicts that name no record of a travelling table."""
    from cpdesk.store.models import SyncConflict, SyncPeerRow, SyncRecord

    models.load_all()
    tables = {
        mapper.local_table.name: mapper.local_table
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin) and isinstance(mapper.local_table, Table)
    }
    problems: list[str] = []
    books = (
        (SyncRecord.__table__, "version vector(s)", None),
        (SyncPeerRow.__table__, "peer mark(s)", None),
        (SyncConflict.__table__, "open conflict(s)", SyncConflict.__table__.c.resolved_at.is_(None)),
    )
    for book, what, condition in books:
        named = select(book.c.table_name, func.count()).group_by(book.c.table_name)
        if condition is not None:
            named = named.where(condition)
        for name, count in conn.execute(named).all():
            if name not in tables:
                problems.append(f"{count} {what} in {book.name} name the unknown table {name!r}")
                continue
            record = tables[name]
            missing = (
                select(func.count())
                .select_from(book)
                .where(book.c.table_name == name, not_(exists().where(record.c.id == book.c.row_id)))
            )
            if condition is not None:
                missing = missing.where(condition)
            lost = conn.execute(missing).scalar_one()
            if lost:
                problems.append(f"{lost} {what} in {book.name} name a missing {name} record")
    ran = "a query per travelling table for sync_record, sync_peer_row and open sync_conflict rows"
    return _result("sync bookkeeping", ran, problems)


def postgres_indexes(engine: Engine) -> CheckResult:
    """amcheck's ``bt_index_check`` on every B-tree index of the schema, when it can run."""
    name = "indexes"
    ran_what = "CREATE EXTENSION IF NOT EXISTS amcheck; bt_index_check on each B-tree index"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        try:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
        except DBAPIError as exc:
            return CheckResult(name, ran_what, False, reason=f"amcheck cannot be installed: {_first_line(exc)}")
        indexes = conn.execute(
            text(
                "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE a.amname = 'btree' AND n.nspname = current_schema() AND i.indisvalid "
                "AND c.relpersistence <> 't' ORDER BY c.relname"
            )
        ).all()
        problems = []
        for oid, index in indexes:
            try:
                conn.execute(text("SELECT bt_index_check(CAST(:oid AS oid))"), {"oid": oid})
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient privilege
                    reason = f"the role may not use amcheck: {_first_line(exc)}"
                    return CheckResult(name, ran_what, False, reason=reason)
                problems.append(f"{index}: {_first_line(exc)}")
    return _result(name, f"bt_index_check on {len(indexes)} B-tree indexes (amcheck)", problems)


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig or exc).strip().splitlines()[0]
