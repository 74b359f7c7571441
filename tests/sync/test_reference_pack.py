"""The centre's reference-data pack: factor sets, programmes, catalogues and keys to the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.sync.reference_pack import export_reference_pack, reference_document
from cpdesk.store.models import FactorSet, Programme, SyncKey
from cpdesk.sync.errors import UntrustedBundle
from cpdesk.sync.keys import installation_keys
from cpdesk.sync.records import schema_revisions
from cpdesk.sync.writer import BundleHeader, BundleWriter
from tests.sync.conftest import Network, Site, add_small_assessment


def _centre_fingerprint(network: Network) -> str:
    with network.centre.active():
        return sync_keys.show_centre(network.centre.db).fingerprint


def _new_field(network: Network, name: str) -> Site:
    """A field installation that knows nothing about the centre yet."""
    return Site(name, network.workspaces(name), network.tmp / f"keys-{name}")


def test_a_first_pack_needs_the_fingerprint_told_by_the_centre(network: Network) -> None:
    pack = network.path("pack")
    with network.centre.active():
        export_reference_pack(network.centre.db, pack)
    field = _new_field(network, "new")
    with pytest.raises(UntrustedBundle, match="not trusted here"):
        field.import_(pack)
    with pytest.raises(UntrustedBundle):
        field.import_(pack, centre_fingerprint="0000-0000-0000-0000")
    report = field.import_(pack, centre_fingerprint=_centre_fingerprint(network))
    assert report.kind == "reference"
    assert report.status == "imported"
    with field.db.reading() as session:
        centre = session.execute(select(SyncKey).where(SyncKey.role == "centre")).scalar_one()
    assert centre.name == "VNCPC"
    assert centre.source == "pack"
    # from now on exports go to the centre, encrypted
    add_small_assessment(field.db)
    with network.centre.active():
        sync_keys.trust_key(network.centre.db, field.key_file(network.folder), "new")
    sent = field.export(network.path("new"))
    assert sent.encrypted
    assert sent.recipient == "VNCPC"
    assert network.centre.import_(sent.path).status == "imported"


def test_the_pack_carries_factor_sets_programmes_catalogues_and_keys(network: Network) -> None:
    a = network.field("a")
    with network.centre.db.sessions.begin() as session:
        session.add(Programme(code="CP-2026", name="Chương trình 2026"))
    with network.centre.active():
        revoked = sync_keys.revoke_key(network.centre.db, _fingerprint(a), "left the centre")
    pack = network.path("pack")
    with network.centre.active():
        written = export_reference_pack(network.centre.db, pack)
    assert set(written.manifest.tables) == {"factor_set", "fuel_factor", "grid_factor", "carrier_price", "programme"}
    field = _new_field(network, "b")
    report = field.import_(pack, centre_fingerprint=_centre_fingerprint(network))
    assert report.entities["programme"].new == 1
    assert report.entities["factor_set"].unchanged == 1  # the shipped set, matched by its code
    assert any("revoked the key" in w for w in report.warnings)
    with field.db.reading() as session:
        codes = session.execute(select(Programme.code)).scalars().all()
        sets = session.execute(select(FactorSet)).scalars().all()
        auditor = session.get(SyncKey, revoked.fingerprint)
    assert codes == ["CP-2026"]
    assert len(sets) == 1
    assert auditor is not None
    assert auditor.revoked_at is not None
    assert auditor.revoked_reason == "left the centre"
    sectors = reference_document(field.db, "sectors")
    shipped = json.loads((Path(__file__).parents[2] / "resources" / "reference" / "sectors.json").read_text("utf-8"))
    assert sectors == shipped
    again = field.import_(pack)
    assert again.status == "already imported"


def test_a_pack_may_carry_only_reference_tables(sqlite_network: Network) -> None:
    """The centre's data bundle to a field is fine; a pack with assessments in it is not."""
    from cpdesk.services.sync import reference_pack as sync_reference

    network = sqlite_network
    add_small_assessment(network.centre.db)
    original = sync_reference.REFERENCE_TABLES
    sync_reference.REFERENCE_TABLES = (*original, "company")  # a pack as a faulty centre might write it
    try:
        pack = network.path("pack")
        with network.centre.active():
            export_reference_pack(network.centre.db, pack)
    finally:
        sync_reference.REFERENCE_TABLES = original
    field = _new_field(network, "c")
    report = field.import_(pack, centre_fingerprint=_centre_fingerprint(network))
    assert report.entities["company"].rejected == 1
    assert report.entities["company"].new == 0
    assert any("only factor sets and programmes" in r for r in report.rejections)


def test_a_pack_signed_by_an_auditor_is_refused(sqlite_network: Network) -> None:
    network = sqlite_network
    a, b = network.field("a"), network.field("b")
    with b.active():
        sync_keys.trust_key(b.db, a.key_file(network.folder), "a")
    forged = network.path("forged")
    with a.active():
        keys = installation_keys()
    header = BundleHeader("reference", keys, "a", a.db.device_id, 1, schema_revisions()[-1], "0.1.0", None, "all", "")
    with BundleWriter(forged, header) as writer:
        writer.finish()
    with pytest.raises(UntrustedBundle, match="must be signed by the centre"):
        b.import_(forged)


def _fingerprint(site: Site) -> str:
    with site.active():
        return sync_keys.show_identity(site.db).fingerprint
