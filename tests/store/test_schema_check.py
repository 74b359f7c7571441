"""The schema check at opening: the same answers as Alembic's, without importing Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from cpdesk.store import migrate
from cpdesk.store.database import open_database
from cpdesk.store.engine import make_engine


def test_revisions_read_from_the_files_are_alembics() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    expected = {rev.revision: rev.down_revision for rev in script.walk_revisions()}
    assert migrate.revisions() == expected
    assert migrate.head_revision() == script.get_current_head()


def test_current_revision_is_alembics(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    assert migrate.current_revision(engine) is None  # an empty file: no schema yet
    migrate.upgrade(engine)
    with engine.connect() as conn:
        expected = MigrationContext.configure(conn).get_current_revision()
    assert expected is not None
    assert migrate.current_revision(engine) == expected
    engine.dispose()


def test_an_extra_revision_file_moves_the_head(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    for path in (Path(str(migrate.scripts_location())) / "versions").glob("*.py"):
        versions.joinpath(path.name).write_text(path.read_text("utf-8"), "utf-8")
    head = migrate.head_revision()
    versions.joinpath("9999_more.py").write_text(f'revision = "9999"\ndown_revision = {head!r}\n', "utf-8")
    assert migrate.head_revision(tmp_path) == "9999"
    assert migrate.revisions(tmp_path)["9999"] == head
    versions.joinpath("9998_fork.py").write_text(f'revision = "9998"\ndown_revision = {head!r}\n', "utf-8")
    with pytest.raises(RuntimeError, match="exactly one head"):
        migrate.head_revision(tmp_path)


def test_two_stored_versions_are_refused(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()
    with pytest.raises(RuntimeError, match="several schema versions"):
        open_database(db_path)


def test_opening_an_up_to_date_database_does_not_import_alembic(db_path: Path) -> None:
    open_database(db_path).close()
    code = (
        "import sys\n"
        "from cpdesk.store.database import open_database\n"
        f"db = open_database({str(db_path)!r})\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
