"""An export reads only the tables that hold rows, and still covers every travelling table.

The export asks the database once which tables hold any row; an empty table gets its
coverage (no records, no deletions) in the manifest with no query of its own. The manifest is
the one an export that queried every table writes.
"""

from __future__ import annotations

from typing import Any

import pytest

from cpdesk.services.sync import exporting
from cpdesk.sync.manifest import Manifest
from cpdesk.sync.records import synced_tables
from cpdesk.sync.writer import BundleWriter
from tests.sync.conftest import Network, add_small_assessment


def test_empty_tables_are_covered_without_a_query(network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    field = network.field("field")
    add_small_assessment(field.db)
    manifests: list[Manifest] = []
    queried: list[str] = []
    finish, lines = BundleWriter.finish, exporting.table_lines

    def finished(writer: BundleWriter) -> Any:
        written = finish(writer)
        manifests.append(written.manifest)
        return written

    def counted(connection: Any, codec: Any, *args: Any) -> Any:
        queried.append(codec.name)
        return lines(connection, codec, *args)

    monkeypatch.setattr(BundleWriter, "finish", finished)
    monkeypatch.setattr(exporting, "table_lines", counted)
    with field.db.reading() as session:
        holding = exporting._holding_rows(session.connection(), synced_tables())
    field.export(network.path("probed"), all_records=True)
    probed = list(queried)

    queried.clear()
    every = {codec.name for codec in synced_tables()}
    monkeypatch.setattr(exporting, "_holding_rows", lambda connection, codecs: every)
    field.export(network.path("every-table"), all_records=True)

    assert probed == [codec.name for codec in synced_tables() if codec.name in holding]
    assert queried == [codec.name for codec in synced_tables()]
    assert {"assessment", "stream", "measurement"} <= holding < every  # the small assessment's tables
    first, second = manifests
    assert set(first.tables) == every
    assert first.tables == second.tables
    assert first.members == second.members
    assert any(coverage.records == 0 for coverage in first.tables.values())
    assert {name for name, coverage in first.tables.items() if coverage.records} <= holding


def test_no_tables_no_statement(network: Network) -> None:
    with network.centre.db.reading() as session:
        assert exporting._holding_rows(session.connection(), []) == set()
