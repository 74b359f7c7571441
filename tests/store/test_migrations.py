"""Migrations: one linear chain, in step with the models, atomic, backed up, newer refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import cpdesk.store.models
from cpdesk.store import migrate, option_type_index
from cpdesk.store.base import Base
from cpdesk.store.database import open_database
from cpdesk.store.engine import make_engine
from cpdesk.store.migrate import SchemaTooNewError
from cpdesk.store.models import Programme

MIGRATIONS = Path(migrate.__file__).parent / "migrations"


def test_revisions_form_one_linear_chain() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert sum(1 for r in revisions if r.down_revision is None) == 1
    for rev in revisions:
        assert not rev.is_merge_point, rev.revision
        assert not rev.is_branch_point, rev.revision


def test_upgrade_from_empty_matches_the_models(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    assert migrate.upgrade(engine) is True
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        cpdesk.store.models.load_all()  # the training and sync tables too
        opts = {"compare_type": True, "include_name": option_type_index.mapped}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ; write a migration: {diff}"


def test_upgrade_is_idempotent(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine)
    assert migrate.upgrade(engine) is False
    engine.dispose()


def _scripts_plus(tmp_path: Path, upgrade_body: str) -> Path:
    """A copy of the shipped migrations with one more revision on top of head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = "\n".join("    " + line for line in upgrade_body.strip().splitlines())
    (scripts / "versions" / "9999_extra.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9999"\ndown_revision = "{migrate.head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade():\n{body}\n\n\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )
    return scripts


def _scripts_with_failing_step(tmp_path: Path) -> Path:
    return _scripts_plus(
        tmp_path,
        """
op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
with op.batch_alter_table("programme") as batch:
    batch.add_column(sa.Column("half_column", sa.Integer))
op.execute("INSERT INTO no_such_table VALUES (1)")
""",
    )


def test_failed_migration_leaves_no_trace(db_path: Path, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine)
    scripts = _scripts_with_failing_step(tmp_path)
    with pytest.raises(Exception, match="no_such_table"):
        migrate.upgrade(engine, scripts)
    engine.dispose()
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    columns = {r[1] for r in conn.execute("PRAGMA table_info(programme)")}
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    conn.close()
    assert "half_done" not in tables
    assert not any(t.startswith("_alembic_tmp") for t in tables)
    assert "half_column" not in columns
    assert version == [(migrate.head_revision(),)]


def test_newer_schema_is_refused_with_a_clear_message(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError, match="newer cpdesk"):
        open_database(db_path)


def test_open_database_backs_up_before_upgrading(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with open_database(db_path).sessions.begin() as session:
        session.add(Programme(code="OLD", name="kept in the backup"))
    # This cpdesk now knows one more revision than the file has.
    scripts = _scripts_plus(tmp_path, 'op.create_table("more", sa.Column("id", sa.Integer, primary_key=True))')
    monkeypatch.setattr(migrate, "scripts_location", lambda: scripts)
    db = open_database(db_path)
    db.close()
    assert db.backup_path is not None
    assert db.backup_path.exists()
    copy = sqlite3.connect(db.backup_path)
    names = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    codes = copy.execute("SELECT code FROM programme").fetchall()
    copy.close()
    assert "more" not in names
    assert codes == [("OLD",)]
    assert migrate.current_revision(make_engine(f"sqlite:///{db_path}")) == "9999"
