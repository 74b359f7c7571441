"""The sync and training tables are mapped when first named; whatever walks every table
still sees all of them. Each check runs in a fresh interpreter, where nothing has named a
training or sync class yet."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cpdesk.store import option_type_index


def _fresh(code: str) -> object:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def _schema(path: Path) -> dict[str, set[str]]:
    """The tables of a migrated database with their columns (SQLite's FTS5 table of the option
    library's index left out: its revision makes it, no model maps it)."""
    with sqlite3.connect(path) as conn:
        names = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(("sqlite_", "alembic_")) and option_type_index.mapped(name, "table")
        ]
        return {name: {row[1] for row in conn.execute(f"PRAGMA table_info({name})")} for name in names}


def test_training_and_sync_classes_are_mapped_when_first_named() -> None:
    seen = _fresh(
        """
import json, sys
import cpdesk.store.models as models
before = sorted(m for m in ("cpdesk.store.models.sync", "cpdesk.store.models.training") if m in sys.modules)
from cpdesk.store.models import Course
from cpdesk.store.models.training import Course as Defined
after = sorted(m for m in ("cpdesk.store.models.sync", "cpdesk.store.models.training") if m in sys.modules)
try:
    models.NoSuchTable
    missing = "no error"
except AttributeError as exc:
    missing = str(exc)
print(json.dumps([before, after, Course is Defined, models.SyncConflict.__tablename__, missing]))
"""
    )
    assert seen == [
        [],
        ["cpdesk.store.models.training"],
        True,
        "sync_conflict",
        "module 'cpdesk.store.models' has no attribute 'NoSuchTable'",
    ]


def test_sync_travels_every_synced_table_without_naming_one(workspace_template: Path) -> None:
    """The sync codecs, asked first thing, cover the training records and every other synced
    table of the migrated schema."""
    tables = _fresh(
        """
import json
from cpdesk.sync.records import synced_tables
print(json.dumps(sorted(codec.name for codec in synced_tables())))
"""
    )
    assert {"course", "participant", "attendance", "indicator_value", "practical_assignment"} <= set(tables)
    synced = {name for name, columns in _schema(workspace_template).items() if "deleted_at" in columns}
    assert synced == set(tables)


@pytest.mark.parametrize("names", [("Course", "SyncKey"), ()])
def test_load_all_maps_every_table_of_the_schema(workspace_template: Path, names: tuple[str, ...]) -> None:
    mapped = _fresh(
        f"""
import json
import cpdesk.store.models as models
from cpdesk.store.base import Base
for name in {names!r}:
    getattr(models, name)
models.load_all()
print(json.dumps(sorted(Base.metadata.tables)))
"""
    )
    schema = set(_schema(workspace_template))
    assert set(mapped) == schema
    # 40, the change log and feed of shared databases (0007), period readings (0010), carrier prices
    # (0012), the option library's search index (0014)
    assert len(schema) == 45
