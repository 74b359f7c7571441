"""Revision 0008: the options of a database made before it are linked to no type, and the
column goes down and up again cleanly."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from cpdesk.store import migrate
from cpdesk.store.engine import make_engine

FIXTURE = Path(__file__).parent / "data" / "demo-0004.sqlite.gz"


@pytest.fixture
def old_demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo-0004.sqlite"
    with gzip.open(FIXTURE) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def _columns(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {c[1] for c in conn.execute("PRAGMA table_info(cp_option)")}
    finally:
        conn.close()


def test_revision_0008_links_the_old_options_to_no_type_and_goes_down_and_up(old_demo: Path) -> None:
    from alembic import command

    assert "type_code" not in _columns(old_demo)
    engine = make_engine(f"sqlite:///{old_demo}")
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            counts = conn.exec_driver_sql("SELECT count(*), count(type_code) FROM cp_option").one()
            assert tuple(counts) == (750, 0)  # every option, none linked
            conn.exec_driver_sql("UPDATE cp_option SET type_code = 'STM.TRAP.REPAIR' WHERE code LIKE 'GH-%'")
            linked = conn.exec_driver_sql("SELECT count(type_code) FROM cp_option").scalar_one()
            assert linked > 100  # the good-housekeeping options, linked by hand
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(cp_option)")}
        assert "type_code" not in _columns(old_demo)
        assert "ix_cp_option_type_code" not in indexes
        migrate.upgrade(engine)
        with engine.connect() as conn:
            counts = conn.exec_driver_sql("SELECT count(*), count(type_code) FROM cp_option").one()
    finally:
        engine.dispose()
    assert tuple(counts) == (750, 0)  # down and up again: the links typed in between are not kept
