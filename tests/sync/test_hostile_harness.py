"""The hostile-input harness itself: a genuine bundle is accepted, a stranger's is refused whole."""

from __future__ import annotations

from cpdesk.sync.keys import KeyPair
from tests.sync.assessment_rows import row
from tests.sync.conftest import Network
from tests.sync.hostile import accepted, craft_bundle, refused, row_digests, site_identity, site_keys


def test_a_stranger_is_refused_and_nothing_changes(network: Network) -> None:
    field = network.field("lan")
    path = network.path("stranger")
    craft_bundle(
        path,
        [("company", {"dev-x": 1}, row("company", "dev-x", name="Công ty A", sector="textile"))],
        keys=KeyPair.generate(),
        device_id="dev-x",
        recipient=site_identity(network.centre),
    )
    refused(network.centre, path, "not trusted here")
    ok = network.path("field")
    me = field.db.device_id
    craft_bundle(
        ok,
        [("company", {me: 1}, row("company", me, name="Công ty A", sector="textile"))],
        keys=site_keys(field),
        device_id=me,
        recipient=site_identity(network.centre),
    )
    before = row_digests(network.centre.db)
    report = accepted(network.centre, ok)
    assert report["status"] == "imported"
    assert row_digests(network.centre.db)["company"] != before["company"]
