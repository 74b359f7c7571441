"""A database made by the last release opens in the next with every figure intact.

``data/demo-0004.sqlite.gz`` is the demo database as cpdesk wrote it at schema 0004 (commit
d103778, ``cpdesk --db demo-0004.sqlite demo``, then VACUUM and gzip): five programmes, 32
companies and assessments, 750 options, the centre's training records. Opening it the way the
workbench and the command line do upgrades it to head (backing it up first). Every row it held
is still there, and every value of every column it had is the same, apart from the reference
data a revision documents as brought to what a new installation installs; the columns added
since hold what their revision says the old rows mean.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cpdesk.services.training import statistics as training_statistics
from cpdesk.services.workspace import open_workspace
from cpdesk.store import migrate

FIXTURE = Path(__file__).parent / "data" / "demo-0004.sqlite.gz"

#: Values a revision changes on purpose: 0005 brings the shipped factor set's sources, and the
#: volume factors it lacked (a density that was None), to what a new installation installs.
#: A value that was there and that a figure was computed with never changes.
REFERENCE_UPDATES = {("fuel_factor", "source"), ("fuel_factor", "density_t_per_m3")}

Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def _rows(path: Path) -> Rows:
    """Every table's rows by primary key, each as column -> value (alembic's own table left out)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
            if name != "alembic_version"
        ]
        out: Rows = {}
        for table in tables:
            info = list(conn.execute(f'PRAGMA table_info("{table}")'))
            columns = [c[1] for c in info]
            key = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or columns
            cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (names from the schema)
            out[table] = {}
            for values in cursor:
                row = dict(zip(columns, values, strict=True))
                out[table][tuple(row[k] for k in key)] = row
        return out
    finally:
        conn.close()


@pytest.fixture
def old_demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo-0004.sqlite"
    with gzip.open(FIXTURE) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def test_the_fixture_is_the_last_release(old_demo: Path) -> None:
    conn = sqlite3.connect(old_demo)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0004",)]
        columns = {c[1] for c in conn.execute("PRAGMA table_info(assessment)")}
    finally:
        conn.close()
    assert "scope_weight" not in columns


def test_the_last_releases_demo_opens_with_every_figure_intact(old_demo: Path) -> None:
    before = _rows(old_demo)
    db = open_workspace(old_demo)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert db.backup_path is not None and db.backup_path.exists()
        stats = training_statistics.year_statistics(db, 2004)
    finally:
        db.close()
    after = _rows(old_demo)

    changed = []
    for table, rows in before.items():
        assert table in after, f"table {table} is gone"
        for key, row in rows.items():
            now = after[table].get(key)
            assert now is not None, f"{table} {key} is gone"
            for column, value in row.items():
                if now[column] == value:
                    continue
                if (table, column) in REFERENCE_UPDATES and (value is None or column == "source"):
                    continue
                changed.append(f"{table}.{column} of {key}: {value!r} -> {now[column]!r}")
    assert changed == []

    # Revision 0006: every assessment made before it counts as a full one.
    assert {row["scope_weight"] for row in after["assessment"].values()} == {1.0}
    # The centre's year as the last release gave it: the old demo recorded no scope weights,
    # so its 32 assessments of 2004 convert to 32 full ones (the demo written now gives 24).
    assert (stats.assessments_completed, stats.assessments_converted) == (32, 32.0)
    assert (stats.courses, stats.course_person_days) == (7, 563.0)
    assert (stats.workshops, stats.workshop_person_days) == (11, 738.0)


def test_revision_0006_goes_down_and_up_again(old_demo: Path) -> None:
    from alembic import command

    from cpdesk.store.engine import make_engine

    engine = make_engine(f"sqlite:///{old_demo}")
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE assessment SET scope_weight = 0.5 WHERE delivery_mode = 'consulting'")
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with engine.connect() as conn:
            columns = {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(assessment)")}
            assert "scope_weight" not in columns
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        migrate.upgrade(engine)
        with engine.connect() as conn:
            weights = conn.exec_driver_sql("SELECT scope_weight, count(*) FROM assessment GROUP BY 1").fetchall()
    finally:
        engine.dispose()
    assert weights == [(1.0, 32)]  # down and up again: a weight typed in between is not kept
