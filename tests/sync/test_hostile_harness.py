"""The hostile-input harness itself: a genuine bundle is accepted, a stranger's is refused whole."""

from __future__ import annotations

from cpdesk.sync.keys import KeyPair
from tests.sync.conftest import Network
from tests.sync.hostile import accepted, craft_bundle, refused, row_digests, site_identity, site_keys


def test_a_stranger_is_refused_and_nothing_changes(network: Network) -> None:
    field = network.field("lan")
    path = network.path("stranger")
    craft_bundle(
        path,
        [("company", {"dev-x": 1}, _company())],
        keys=KeyPair.generate(),
        device_id="dev-x",
        recipient=site_identity(network.centre),
    )
    refused(network.centre, path, "not trusted here")
    ok = network.path("field")
    craft_bundle(
        ok,
        [("company", {field.db.device_id: 1}, _company(device_id=field.db.device_id))],
        keys=site_keys(field),
        device_id=field.db.device_id,
        recipient=site_identity(network.centre),
    )
    before = row_digests(network.centre.db)
    report = accepted(network.centre, ok)
    assert report["status"] == "imported"
    assert row_digests(network.centre.db)["company"] != before["company"]


def _company(**changes):
    import uuid
    from datetime import UTC, datetime

    now = datetime(2026, 1, 2, tzinfo=UTC)
    row = dict(
        id=uuid.uuid4(),
        created_at=now,
        updated_at=now,
        device_id="dev-x",
        version=1,
        deleted_at=None,
        name="Công ty A",
        sector="textile",
        province="",
        size=None,
        address="",
        contact="",
        employees=None,
        origin="field",
    )
    row.update(changes)
    return row
