"""Field -> centre -> field: round trips, idempotency, replays, incremental exports, refusals.

Every test runs on SQLite and on PostgreSQL (see the ``workspaces`` fixture)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cpdesk.core.entities import Entity
from cpdesk.services.assessment.summary import selection_summary
from cpdesk.services.sync import keys as sync_keys
from cpdesk.store.models import Assessment, Measurement, SyncConflict, SyncImport
from cpdesk.store.session import tombstone
from cpdesk.sync.authority import AuthorityRefused
from cpdesk.sync.errors import BundleRejected, NotForThisInstallation, UntrustedBundle
from cpdesk.sync.records import synced_tables, table_codec
from tests.sync.conftest import Network, add_indicator, add_small_assessment
from tests.watching import heard

#: Installed on every database with an id of its own; they meet through aliases.
REFERENCE = {"factor_set", "fuel_factor", "grid_factor", "carrier_price"}


def snapshot(db: Any) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every travelling row of a database, by table and id."""
    with db.reading() as session:
        return {
            codec.name: {row["id"]: dict(row) for row in session.execute(select(codec.table)).mappings()}
            for codec in synced_tables()
        }


def same_records(a: Any, b: Any, skip: Collection[str] = ()) -> None:
    """Equal rows, metadata and all; reference rows (ids of their own) equal in content."""
    left, right = snapshot(a), snapshot(b)
    for name in left.keys() - set(skip):
        if name in REFERENCE:
            codec = table_codec(name)
            columns = [c.name for c in codec.data_columns if c.name not in codec.references]

            def contents(rows: dict[uuid.UUID, dict[str, Any]], columns: list[str] = columns) -> list[str]:
                return sorted(repr([row[c] for c in columns]) for row in rows.values())

            assert contents(left[name]) == contents(right[name]), name
        else:
            assert left[name] == right[name], name


def count(db: Any, model: Any) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_round_trip_field_centre_field_with_every_entity(network: Network) -> None:
    a = network.field("auditor-a")
    with network.centre.db.sessions.begin() as session:
        add_indicator(session)  # the centre's alone: it reaches the field from the centre
    network.send(network.centre, a)
    assessment = add_small_assessment(a.db)
    empty = [name for name, rows in snapshot(a.db).items() if not rows]
    assert empty == [], f"the test data lacks {empty}: add them to add_small_assessment"

    report = network.send(a, network.centre)
    assert report.status == "imported"
    assert report.totals.new > 0
    assert report.totals.conflicts == 0
    assert report.entities["attachment"].new == 1
    assert report.entities["logger_series_chunk"].new == 2
    # the shipped factor set met the centre's by its code when the indicator came: none is new
    assert all(report.entities[t].new == 0 for t in REFERENCE if t in report.entities)
    same_records(a.db, network.centre.db)

    b = network.field("auditor-b")
    back = network.send(network.centre, b)
    assert back.status == "imported"
    assert back.totals.conflicts == 0
    same_records(a.db, b.db)
    # the roll-up over the assessment gives the same figures everywhere
    figures = [selection_summary(site.db, [assessment]) for site in (a, network.centre, b)]
    assert figures[0] == figures[1] == figures[2]
    assert figures[0].totals.options_implemented == 1
    assert figures[0].totals.co2_t > 0


def test_the_same_bundle_twice_changes_nothing(network: Network) -> None:
    a = network.field("a")
    add_small_assessment(a.db)
    path = network.path("a")
    a.export(path)
    first = network.centre.import_(path)
    before = snapshot(network.centre.db)
    again = network.centre.import_(path)
    assert first.status == "imported"
    assert again.status == "already imported"
    assert again.entities == {}
    assert "nothing was changed" in again.warnings[0]
    assert snapshot(network.centre.db) == before
    assert count(network.centre.db, SyncImport) == 1


def test_the_same_bundle_id_with_other_content_is_refused(network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    from cpdesk.sync import writer

    a = network.field("a")
    add_small_assessment(a.db)
    fixed = uuid.uuid4()
    monkeypatch.setattr(writer.uuid, "uuid4", lambda: fixed)
    first, second = network.path("a"), network.path("a")
    a.export(first)
    add_small_assessment(a.db, "Another")
    a.export(second, all_records=True)
    network.centre.import_(first)
    before = snapshot(network.centre.db)
    with pytest.raises(BundleRejected, match=f"a different bundle with the same id {fixed}"):
        network.centre.import_(second)
    assert snapshot(network.centre.db) == before


def _rename(db: Any, assessment: uuid.UUID, title: str) -> None:
    with db.sessions.begin() as session:
        session.get(Assessment, assessment).title = title


def _title(db: Any, assessment: uuid.UUID) -> str:
    with db.reading() as session:
        return session.get(Assessment, assessment).title


def test_a_replayed_older_bundle_never_rolls_back(network: Network) -> None:
    a = network.field("a")
    assessment = add_small_assessment(a.db)
    older, newer = network.path("a1"), network.path("a2")
    a.export(older)
    _rename(a.db, assessment, "second title")
    a.export(newer, all_records=True)  # the later bundle arrives first, complete
    network.centre.import_(newer)
    late = network.centre.import_(older)
    assert late.status == "imported"
    assert late.totals.updated == 0
    assert late.totals.conflicts == 0
    assert any("older than bundle #2" in w for w in late.warnings)
    assert _title(network.centre.db, assessment) == "second title"


def test_incremental_exports_carry_only_changes(network: Network) -> None:
    a = network.field("a")
    assessment = add_small_assessment(a.db)
    first = a.export(network.path("a1"))
    assert first.mode == "changes"
    assert first.encrypted
    assert first.tables["assessment"] == 1
    network.centre.import_(first.path)
    _rename(a.db, assessment, "renamed")
    with a.db.sessions.begin() as session:
        reading = session.execute(select(Measurement)).scalars().first()
        tombstone(reading)
    second = a.export(network.path("a2"))
    assert second.tables == {"assessment": 1, "measurement": 1}
    report = network.centre.import_(second.path)
    assert report.entities["assessment"].updated == 1
    assert report.entities["measurement"].updated == 1
    with network.centre.db.reading() as session:
        assert session.get(Measurement, reading.id).deleted_at is not None
    nothing = a.export(network.path("a3"))
    assert nothing.tables == {}
    everything = a.export(network.path("a4"), all_records=True)
    assert everything.mode == "all"
    assert everything.tables["assessment"] == 1


def test_what_came_from_the_centre_is_not_sent_back(network: Network) -> None:
    a, b = network.field("a"), network.field("b")
    add_small_assessment(a.db)
    network.send(a, network.centre)
    network.send(network.centre, b)
    back = b.export(network.path("b"))
    assert back.tables == {}


def test_an_edit_made_after_a_round_trip_is_a_plain_update(network: Network) -> None:
    """A -> centre -> B; B edits; centre takes it as a fast-forward, A too: no conflict."""
    a, b = network.field("a"), network.field("b")
    assessment = add_small_assessment(a.db)
    network.send(a, network.centre)
    network.send(network.centre, b)
    _rename(b.db, assessment, "B's edit")
    at_centre = network.send(b, network.centre)
    assert at_centre.entities["assessment"].updated == 1
    assert at_centre.totals.conflicts == 0
    at_a = network.send(network.centre, a)
    assert at_a.entities["assessment"].updated == 1
    assert at_a.totals.conflicts == 0
    assert _title(a.db, assessment) == "B's edit"
    assert count(network.centre.db, SyncConflict) == 0


def test_a_record_whose_parent_is_nowhere_is_refused_whole(network: Network) -> None:
    """The second of two incremental bundles, imported before the first."""
    a = network.field("a")
    add_small_assessment(a.db)
    a.export(network.path("a1"))  # lost on the way
    with a.db.sessions.begin() as session:
        session.add(Measurement(stream_id=_stream(a.db), value=3.0, unit="t/h", basis="per_hour"))
    second = a.export(network.path("a2"))
    assert second.tables == {"measurement": 1}
    before = snapshot(network.centre.db)
    with pytest.raises(BundleRejected, match="measurement .* refers to stream .* import the earlier bundles"):
        network.centre.import_(second.path)
    assert snapshot(network.centre.db) == before
    assert count(network.centre.db, SyncImport) == 0


def _stream(db: Any) -> uuid.UUID:
    from cpdesk.store.models import Stream

    with db.reading() as session:
        return session.execute(select(Stream.id)).scalars().first()


def test_dry_run_reports_without_writing(sqlite_network: Network) -> None:
    network = sqlite_network
    a = network.field("a")
    add_small_assessment(a.db)
    path = network.path("a")
    a.export(path)
    before = snapshot(network.centre.db)
    dry = network.centre.import_(path, dry_run=True)
    assert dry.status == "dry run"
    assert dry.totals.new > 0
    assert snapshot(network.centre.db) == before
    assert count(network.centre.db, SyncImport) == 0
    real = network.centre.import_(path)
    assert real.entities == dry.entities


def test_a_bundle_for_the_centre_does_not_open_elsewhere(sqlite_network: Network) -> None:
    network = sqlite_network
    a, b = network.field("a"), network.field("b")
    add_small_assessment(a.db)
    path = network.path("a")
    a.export(path)
    with pytest.raises(NotForThisInstallation, match="encrypted for the key"):
        b.import_(path)


def test_a_revoked_auditor_is_refused(sqlite_network: Network) -> None:
    network = sqlite_network
    a = network.field("a")
    add_small_assessment(a.db)
    with a.active():
        fingerprint = sync_keys.show_identity(a.db).fingerprint
    with network.centre.active():
        sync_keys.revoke_key(network.centre.db, fingerprint[:9], "laptop stolen")
    path = network.path("a")
    a.export(path)
    with pytest.raises(UntrustedBundle, match="revoked on"):
        network.centre.import_(path)


def test_an_unknown_auditor_is_refused(sqlite_network: Network, tmp_path: Path) -> None:
    from tests.sync.conftest import Site

    network = sqlite_network
    stranger = Site("stranger", network.workspaces("stranger"), tmp_path / "keys-stranger")
    with stranger.active():
        sync_keys.trust_key(stranger.db, network.centre_key, "VNCPC")
    add_small_assessment(stranger.db)
    path = network.path("s")
    stranger.export(path)
    with pytest.raises(UntrustedBundle, match="not trusted here .*cpdesk centre trust"):
        network.centre.import_(path)


def test_records_made_independently_under_one_natural_key_become_one(network: Network) -> None:
    """The same programme code created on two machines: one record, both versions kept (where
    the centre's version arrives: the centre refuses a field's edit of its programme)."""
    from cpdesk.store.models import Programme

    a = network.field("a")
    with a.db.sessions.begin() as session:
        session.add(Programme(code="CP-2026", name="Programme 2026", donor="field"))
    with network.centre.db.sessions.begin() as session:
        session.add(Programme(code="CP-2026", name="Programme 2026", donor="centre"))
    # the centre's programme is the centre's to change: the field's version is refused there
    with pytest.raises(AuthorityRefused, match="programme .*: only the centre, or the installation that alone made"):
        network.send(a, network.centre)
    report = network.send(network.centre, a)  # and kept beside the centre's at the field
    assert report.entities["programme"].conflicts == 1
    with a.db.reading() as session:
        rows = session.execute(select(Programme).where(Programme.code == "CP-2026")).scalars().all()
        conflict = session.execute(select(SyncConflict)).scalar_one()
    assert len(rows) == 1
    assert conflict.row_id == rows[0].id
    assert {"field", "centre"} == {json.loads(conflict.mine)["donor"], json.loads(conflict.theirs)["donor"]}


def test_cancelled_export_and_import_leave_nothing(sqlite_network: Network) -> None:
    from cpdesk.services.sync import importing as sync
    from cpdesk.sync.errors import Cancelled

    network = sqlite_network
    a = network.field("a")
    add_small_assessment(a.db)
    path = network.path("a")
    with a.active(), pytest.raises(Cancelled, match="the export was cancelled; nothing was written"):
        sync.export_bundle(a.db, path, cancelled=lambda: True)
    assert not path.exists()
    assert not list(path.parent.glob("*.cpb*"))
    assert not list(path.parent.glob(".*"))
    a.export(path)  # not marked as sent by the cancelled one: everything is still in it
    before = snapshot(network.centre.db)
    with network.centre.active(), pytest.raises(Cancelled, match="the import was cancelled"):
        sync.import_bundle(network.centre.db, path, cancelled=lambda: True)
    assert snapshot(network.centre.db) == before
    assert count(network.centre.db, SyncImport) == 0
    calls = iter(range(10_000))
    with network.centre.active(), pytest.raises(Cancelled):  # cancelled in the merge itself
        sync.import_bundle(network.centre.db, path, cancelled=lambda: next(calls) > 20)
    assert snapshot(network.centre.db) == before
    assert network.centre.import_(path).entities["assessment"].new == 1


def test_the_demo_training_records_travel_whole(network: Network) -> None:
    """The demo's earlier training years are bulk-inserted with their sync metadata stamped
    by hand (no flush hook runs for a bulk insert): they travel like any other record."""
    from cpdesk.services.demo import training_records as demo_training
    from cpdesk.services.training import statistics as training_statistics

    trainer = network.field("trainer")
    demo_training.write_training_demo(trainer.db)
    # The demo writes the centre's indicators too, which only the centre may write: the
    # field's export leaves them out (the centre would refuse the bundle), the rest travels.
    report = network.send(trainer, network.centre)
    assert "indicator" not in report.entities
    assert "indicator_value" not in report.entities
    assert report.status == "imported"
    assert report.totals.conflicts == 0
    assert report.entities["attendance"].new > 500
    assert report.entities["certificate"].new >= 100
    same_records(trainer.db, network.centre.db, skip={"indicator", "indicator_value"})
    at_centre = training_statistics.year_statistics(network.centre.db, 2004)
    assert at_centre == training_statistics.year_statistics(trainer.db, 2004)
    assert (at_centre.certified_since_start, at_centre.in_depth_person_days_since_start) == (100, 1868)


def test_an_import_is_heard_by_the_screens_of_another_connection(network: Network) -> None:
    from cpdesk.services.changes import ChangeWatch
    from cpdesk.services.workspace import open_workspace

    a = network.field("auditor-a")
    add_small_assessment(a.db)
    other = open_workspace(network.centre.db.url)  # a workbench open on the centre's database
    watch = ChangeWatch(other)
    try:
        network.send(a, network.centre)
        change = heard(watch)
        assert change is not None and change.touches(Entity.ASSESSMENT, Entity.OPTION)
    finally:
        watch.close()
        other.close()
