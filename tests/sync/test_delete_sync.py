"""Deleting is whole across sites: whatever brings a tombstone, nothing stays live under it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from cpdesk.services import editing
from cpdesk.services.assessment import attachments, flow
from cpdesk.services.editing import Delete
from cpdesk.services.sync import conflicts as sync_conflicts
from cpdesk.store.models import Measurement, Stream
from cpdesk.sync.errors import ConflictError
from cpdesk.sync.records import table_codec
from tests.services.test_delete_whole import live_under
from tests.sync.conftest import Network, add_small_assessment
from tests.sync.hostile import accepted, craft_bundle, row_digests, site_identity, site_keys


def nothing_live(site: Any, assessment_id: uuid.UUID) -> bool:
    return set(live_under(site.db, assessment_id).values()) == {0}


def tombstone_of(site: Any, table: str, row_id: uuid.UUID) -> tuple[dict[str, int], dict[str, Any]]:
    """The site's row as its own next edit would delete it: (version vector, row)."""
    codec = table_codec(table)
    with site.db.reading() as session:
        row = dict(session.execute(select(codec.table).where(codec.table.c.id == row_id)).mappings().one())
    row.update(deleted_at=datetime(2026, 4, 1, 9, 0, tzinfo=UTC), version=row["version"] + 1)
    return {row["device_id"]: row["version"]}, row


def test_a_field_deletes_an_assessment_and_the_centre_keeps_nothing_of_it_live(network: Network) -> None:
    field = network.field("lan")
    a = add_small_assessment(field.db)
    network.send(field, network.centre)
    assert all(live_under(network.centre.db, a).values())
    editing.apply(field.db, Delete("assessment", a))
    report = network.send(field, network.centre)
    assert report.conflicts == []
    assert nothing_live(network.centre, a)


def test_a_tombstone_alone_deletes_what_the_centre_holds_under_it(network: Network) -> None:
    field = network.field("lan")
    a = add_small_assessment(field.db)
    network.send(field, network.centre)
    centre = network.centre
    vector, row = tombstone_of(field, "assessment", a)
    path = network.path("assessment-tombstone")
    craft_bundle(
        path,
        [("assessment", vector, row)],
        keys=site_keys(field),
        device_id=field.db.device_id,
        recipient=site_identity(centre),
        sequence=2,
    )
    untouched = row_digests(centre.db)
    preview = centre.import_(path, dry_run=True)  # what the import dialog shows first
    assert any("deleted with them (" in w and "stream 1" in w for w in preview.warnings), preview.warnings
    assert row_digests(centre.db) == untouched
    report = accepted(centre, path)
    assert report["status"] == "imported"
    assert nothing_live(centre, a)
    assert any("under deleted records were deleted with them" in w for w in report["warnings"]), report
    with centre.db.reading() as session:
        streams = session.execute(select(Stream).where(Stream.assessment_id == a)).scalars().all()
    # Stamped as the centre's own edit, so that the deletion travels on, with the
    # assessment's time of deletion, so that a restore there brings them back.
    assert {(s.device_id, s.deleted_at) for s in streams} == {(centre.db.device_id, row["deleted_at"])}

    before = row_digests(centre.db)
    again = accepted(centre, path)
    assert again["status"] == "already imported"
    assert row_digests(centre.db) == before

    # The field deletes it too, its own way: the same content on both sides, no conflict.
    editing.apply(field.db, Delete("assessment", a))
    report_at_centre = network.send(field, centre)
    assert report_at_centre.conflicts == []
    assert nothing_live(centre, a)
    report_at_field = network.send(centre, field)
    assert report_at_field.conflicts == []
    assert nothing_live(field, a)


def test_both_sides_deleting_gives_no_conflict(network: Network) -> None:
    field = network.field("lan")
    a = add_small_assessment(field.db)
    network.send(field, network.centre)
    editing.apply(network.centre.db, Delete("assessment", a))
    editing.apply(field.db, Delete("assessment", a))
    assert network.send(field, network.centre).conflicts == []
    assert network.send(network.centre, field).conflicts == []
    assert nothing_live(network.centre, a)
    assert nothing_live(field, a)


def test_what_arrives_under_an_owner_deleted_here_is_deleted_with_it(network: Network) -> None:
    field = network.field("lan")
    a = add_small_assessment(field.db)
    network.send(field, network.centre)
    editing.apply(network.centre.db, Delete("assessment", a))
    with field.db.reading() as session:
        stream = session.execute(select(Stream.id).where(Stream.assessment_id == a)).scalar_one()
    added = flow.record_measurement(field.db, stream, value=3.1, unit="t/h", basis="per_hour")
    attachments.add_attachment(field.db, a, filename="new.jpg", content=b"\xff\xd8" + bytes(70_000))
    report = network.send(field, network.centre)
    assert report.conflicts == []
    assert nothing_live(network.centre, a)
    with network.centre.db.reading() as session:
        gone = session.execute(select(Stream.deleted_at).where(Stream.id == stream)).scalar_one()
        stamped = session.execute(
            select(Measurement.deleted_at, Measurement.device_id).where(Measurement.id == added.id)
        ).one()
    assert gone is not None
    assert tuple(stamped) == (gone, network.centre.db.device_id)


def test_an_edit_under_an_owner_deleted_on_the_other_side_does_not_bring_it_back(network: Network) -> None:
    field = network.field("lan")
    a = add_small_assessment(field.db)
    network.send(field, network.centre)
    with field.db.reading() as session:
        stream = session.execute(select(Stream.id).where(Stream.assessment_id == a)).scalar_one()
    editing.apply(network.centre.db, Delete("assessment", a))
    editing.apply(field.db, editing.Update("stream", stream, {"name": "Hơi cấp cho nhuộm"}))
    at_centre = network.send(field, network.centre)
    at_field = network.send(network.centre, field)
    # An edit against a deletion is a real conflict, kept for a person to see; but the
    # version shown (the edit) does not make the stream live under a deleted assessment.
    assert len(at_centre.conflicts) == 1
    assert len(at_field.conflicts) == 1
    assert nothing_live(network.centre, a)
    assert nothing_live(field, a)


def test_keeping_an_edit_against_a_deletion_brings_back_what_the_deletion_took(network: Network) -> None:
    field = network.field("lan")
    a = add_small_assessment(field.db)
    network.send(field, network.centre)
    before = live_under(network.centre.db, a)
    editing.apply(network.centre.db, Delete("assessment", a))
    editing.apply(field.db, editing.Update("assessment", a, {"title": "Dệt nhuộm 2026"}))
    (conflict,) = network.send(field, network.centre).conflicts
    assert nothing_live(network.centre, a)  # the edit is shown, the deletion's cascade stands
    sync_conflicts.resolve_conflict(network.centre.db, conflict, ["theirs"])
    assert live_under(network.centre.db, a) == before


def test_a_record_under_a_deleted_owner_is_not_brought_back_by_a_resolution(network: Network) -> None:
    field = network.field("lan")
    a = add_small_assessment(field.db)
    network.send(field, network.centre)
    with field.db.reading() as session:
        stream = session.execute(select(Stream.id).where(Stream.assessment_id == a)).scalar_one()
    editing.apply(network.centre.db, Delete("assessment", a))
    editing.apply(field.db, editing.Update("stream", stream, {"name": "Hơi cấp cho nhuộm"}))
    (conflict,) = network.send(field, network.centre).conflicts
    with pytest.raises(ConflictError, match=f"stream {stream} belongs to assessment {a}, which is deleted"):
        sync_conflicts.resolve_conflict(network.centre.db, conflict, ["theirs"])
    assert nothing_live(network.centre, a)
    sync_conflicts.resolve_conflict(network.centre.db, conflict, ["deleted=yes"])
    assert nothing_live(network.centre, a)
