"""Who may change what: hostile bundles signed with real keys, refused whole on the command line.

Each refusal is checked by :func:`tests.sync.hostile.refused`: exit 1, one line naming the
table and the record id, every table unchanged, integrity ok; on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update

from cpdesk.store.models import Company, Indicator, Programme, SyncRecord
from cpdesk.store.session import VERSION_CEILING
from cpdesk.sync import authority, clock
from cpdesk.sync.records import synced_tables, table_codec
from tests.sync.conftest import Network, Site
from tests.sync.hostile import accepted, craft_bundle, refused, row_digests, site_identity, site_keys

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_every_travelling_table_has_a_rule() -> None:
    names = {codec.name for codec in synced_tables()}
    assert names == set(authority.RULES), "a travelling table without a rule in cpdesk/sync/authority.py"
    for name in ("factor_set", "fuel_factor", "grid_factor", "indicator", "indicator_value"):
        rule = authority.RULES[name]
        assert (rule.create, rule.change, rule.delete) == (authority.CENTRE,) * 3, name
    assert authority.RULES["programme"].change == authority.OWNER


# ------------------------------------------------------------------ helpers


def held(site: Site, table: str, row_id: uuid.UUID | None = None) -> tuple[dict[str, Any], dict[str, int]]:
    """A row of ``site`` (the first of its table when no id is given) and its version vector."""
    codec = table_codec(table)
    with site.db.reading() as session:
        query = select(codec.table)
        if row_id is not None:
            query = query.where(codec.table.c.id == row_id)
        row = dict(session.execute(query.order_by(codec.table.c.id)).mappings().first())
        state = session.get(SyncRecord, (table, row["id"]))
    vector = clock.effective(
        clock.from_json(state.vector) if state else None,
        (state.stamp_device, state.stamp_version) if state else None,
        row["device_id"],
        row["version"],
    )
    return row, vector


def send(network: Network, field: Site, records: list[Any], **kwargs: Any) -> Any:
    """A bundle of ``records`` signed with the field's real key, encrypted to the centre."""
    path = network.path(field.name)
    kwargs.setdefault("keys", site_keys(field))
    kwargs.setdefault("device_id", field.db.device_id)
    craft_bundle(path, records, recipient=site_identity(network.centre), **kwargs)
    return path


def company(device_id: str, **changes: Any) -> dict[str, Any]:
    row = dict(
        id=uuid.uuid4(),
        created_at=NOW,
        updated_at=NOW,
        device_id=device_id,
        version=1,
        deleted_at=None,
        name="Công ty Giả",
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


def centre_programme(network: Network) -> uuid.UUID:
    with network.centre.db.sessions.begin() as session:
        programme = Programme(code="VNCPC-2026", name="Chương trình 2026")
        session.add(programme)
        session.flush()
        return programme.id


# ------------------------------------------------------------------ the centre's tables


def test_a_field_cannot_rewrite_a_national_emission_factor(network: Network) -> None:
    field = network.field("lan")
    factor, vector = held(network.centre, "fuel_factor")
    forged = {**factor, "co2_kg_per_tj": factor["co2_kg_per_tj"] / 2, "device_id": field.db.device_id, "version": 2}
    path = send(network, field, [("fuel_factor", {**vector, field.db.device_id: 2}, forged)])
    refused(network.centre, path, f"fuel_factor {factor['id']}: only the centre may change fuel factors")


def test_a_field_cannot_pass_another_value_off_as_the_centres_revision(network: Network) -> None:
    """The same vector with other content would be kept as a conflict, and the greater device
    id would show it: it is a change of the factor, refused."""
    field = network.field("lan")
    factor, vector = held(network.centre, "fuel_factor")
    forged = {**factor, "co2_kg_per_tj": factor["co2_kg_per_tj"] * 2, "device_id": "z" * 32}
    path = send(network, field, [("fuel_factor", vector, forged)])
    refused(network.centre, path, f"fuel_factor {factor['id']}: only the centre may change fuel factors")


def test_a_field_cannot_create_a_factor_set(network: Network) -> None:
    field = network.field("lan")
    factor_set, _ = held(network.centre, "factor_set")
    new = {**factor_set, "id": uuid.uuid4(), "code": "vn_forged", "device_id": field.db.device_id, "version": 1}
    path = send(network, field, [("factor_set", {field.db.device_id: 1}, new)])
    refused(network.centre, path, f"factor_set {new['id']}: only the centre may create factor sets")


def test_a_field_cannot_delete_the_centres_programme(network: Network) -> None:
    field = network.field("lan")
    programme, vector = held(network.centre, "programme", centre_programme(network))
    deleted = {**programme, "deleted_at": NOW, "device_id": field.db.device_id, "version": 2}
    path = send(network, field, [("programme", {**vector, field.db.device_id: 2}, deleted)])
    refused(
        network.centre,
        path,
        f"programme {programme['id']}: only the centre, or the installation that alone made it, may delete programmes",
    )


def test_a_field_cannot_create_the_centres_indicators(network: Network) -> None:
    field = network.field("lan")
    row = dict(
        id=uuid.uuid4(),
        created_at=NOW,
        updated_at=NOW,
        device_id=field.db.device_id,
        version=1,
        deleted_at=None,
        scope="office",
        name="paper",
        name_vi="",
        unit="kg",
        normaliser="none",
        frequency="quarterly",
        target=None,
        lower_is_better=True,
        active=True,
        note="",
        origin="field",
    )
    path = send(network, field, [("indicator", {field.db.device_id: 1}, row)])
    refused(network.centre, path, f"indicator {row['id']}: only the centre may create the centre's indicators")


def test_the_centres_records_carried_unchanged_are_accepted_and_leave_its_rows_as_they_are(network: Network) -> None:
    """A field's export in mode "all" carries the factor set it got from the centre: not an
    edit, even under a newer vector, and the centre's row keeps its own stamp."""
    field = network.field("lan")
    factor, vector = held(network.centre, "fuel_factor")
    same = {**factor, "device_id": field.db.device_id, "version": 2}
    before = row_digests(network.centre.db)
    path = send(network, field, [("fuel_factor", {**vector, field.db.device_id: 2}, same)])
    report = accepted(network.centre, path)
    assert report["entities"]["fuel_factor"]["unchanged"] == 1
    after = row_digests(network.centre.db)
    assert after["fuel_factor"] == before["fuel_factor"]


def test_a_field_may_change_its_own_programme_until_the_centre_has_changed_it(network: Network) -> None:
    field = network.field("lan")
    mine = field.db.device_id
    programme = dict(
        id=uuid.uuid4(),
        created_at=NOW,
        updated_at=NOW,
        device_id=mine,
        version=1,
        deleted_at=None,
        code="LAN-2026",
        name="Chương trình tỉnh",
        name_vi="",
        donor="",
        year=None,
        description="",
        reported_co2_t=None,
        reported_note="",
        origin="field",
    )
    assert accepted(network.centre, send(network, field, [("programme", {mine: 1}, programme)]))["status"] == "imported"
    renamed = {**programme, "name": "Tên mới", "version": 2}
    report = accepted(network.centre, send(network, field, [("programme", {mine: 2}, renamed)], sequence=2))
    assert report["entities"]["programme"]["updated"] == 1
    with network.centre.db.sessions.begin() as session:
        session.get(Programme, programme["id"]).name = "Tên của trung tâm"
    _, vector = held(network.centre, "programme", programme["id"])
    again = {**programme, "name": "Tên khác", "version": 3}
    path = send(network, field, [("programme", {**vector, mine: 3}, again)], sequence=3)
    refused(network.centre, path, f"programme {programme['id']}: only the centre, or the installation that alone made")


# ------------------------------------------------------------------ last editor, vectors, versions


def test_a_field_bundle_cannot_claim_to_be_the_centre(network: Network) -> None:
    field = network.field("lan")
    forged = company(network.centre.db.device_id)
    path = send(network, field, [("company", {field.db.device_id: 1}, forged)])
    refused(
        network.centre,
        path,
        f"company {forged['id']}: its last editor is device {network.centre.db.device_id!r}, "
        f"but the bundle is signed by device {field.db.device_id!r}",
    )


def test_a_field_bundle_cannot_carry_another_fields_edits(network: Network) -> None:
    lan, minh = network.field("lan"), network.field("minh")
    forged = company(minh.db.device_id)
    path = send(network, lan, [("company", {lan.db.device_id: 1}, forged)])
    refused(network.centre, path, f"company {forged['id']}: its last editor is device {minh.db.device_id!r}")


def test_a_manifest_naming_another_device_than_the_keys_is_refused(network: Network) -> None:
    lan, minh = network.field("lan"), network.field("minh")
    row = company(minh.db.device_id)
    path = send(network, lan, [("company", {minh.db.device_id: 1}, row)], device_id=minh.db.device_id)
    refused(network.centre, path, f"it says it comes from device {minh.db.device_id!r}, but the key of 'lan' belongs")


def test_a_key_registered_without_a_device_cannot_name_anothers_device(network: Network) -> None:
    from cpdesk.services.sync import keys as sync_keys
    from cpdesk.sync.keys import KeyPair, write_public_key_file

    lan = network.field("lan")
    keys = KeyPair.generate()
    key_file = network.folder / "no-device.cpdeskkey"
    write_public_key_file(key_file, keys.public("Minh"))  # a key file without a device id
    with network.centre.active():
        sync_keys.trust_key(network.centre.db, key_file, "Minh")
    row = company(lan.db.device_id)
    path = send(network, lan, [("company", {lan.db.device_id: 1}, row)], keys=keys)
    refused(network.centre, path, f"it says it comes from device {lan.db.device_id!r}, which is the device of 'lan'")
    own = company("minh-laptop")
    assert (
        accepted(
            network.centre,
            send(network, lan, [("company", {"minh-laptop": 1}, own)], keys=keys, device_id="minh-laptop"),
        )["status"]
        == "imported"
    )


def test_a_vector_entry_above_what_the_centre_holds_is_refused(network: Network) -> None:
    field = network.field("lan")
    centre = network.centre.db.device_id
    with network.centre.db.sessions.begin() as session:
        session.add(Company(name="Công ty của trung tâm", sector="textile"))
    row, vector = held(network.centre, "company")
    assert vector == {centre: 1}
    edited = {**row, "name": "Đổi tên", "device_id": field.db.device_id, "version": 99}
    path = send(network, field, [("company", {centre: 98, field.db.device_id: 99}, edited)])
    refused(
        network.centre,
        path,
        f"company {row['id']}: its version vector claims version 98 of device {centre!r}, but this database holds "
        "only version 1 of it",
    )


def test_a_version_above_the_bound_is_refused(network: Network) -> None:
    field = network.field("lan")
    me = field.db.device_id
    limit = authority.MAX_VERSION
    high = company(me, version=2**31 - 1)  # fits PostgreSQL's column, and would freeze the record there
    path = send(network, field, [("company", {me: 1}, high)])
    refused(network.centre, path, f"company {high['id']}: version {2**31 - 1} is outside 1..{limit}")
    frozen = company(me, version=2**63 - 1)
    path = send(network, field, [("company", {me: 1}, frozen)], sequence=2)
    refused(network.centre, path, f"company {frozen['id']}: version {2**63 - 1}")
    big = company(me)
    path = send(network, field, [("company", {me: 2**63 - 1}, big)], sequence=3)
    refused(network.centre, path, f"company {big['id']}: its version vector gives device {me!r} version {2**63 - 1}")


def test_the_centre_may_not_send_a_version_above_the_bound_either(network: Network) -> None:
    field = network.field("lan")
    centre = network.centre.db.device_id
    row = company(centre, version=authority.MAX_VERSION + 1)
    path = network.path("centre")
    craft_bundle(
        path, [("company", {centre: 1}, row)], keys=site_keys(network.centre), device_id=centre, recipient=None
    )
    refused(field, path, f"company {row['id']}: version {authority.MAX_VERSION + 1} is outside")


def test_a_local_edit_of_a_row_at_the_maximum_version_does_not_overflow(network: Network) -> None:
    centre = network.centre
    highest = [VERSION_CEILING] + ([2**63 - 1] if centre.db.engine.dialect.name == "sqlite" else [])
    for version in highest:
        with centre.db.sessions.begin() as session:
            session.add(Company(name="Công ty", sector="textile"))
        with centre.db.sessions.begin() as session:
            session.execute(update(Company).values(version=version))
        with centre.db.sessions.begin() as session:
            session.execute(select(Company)).scalar_one().name = "Đổi tên"
        with centre.db.reading() as session:
            row = session.execute(select(Company)).scalar_one()
        assert (row.name, row.version) == ("Đổi tên", version)
        with centre.db.sessions.begin() as session:
            session.execute(Company.__table__.delete())


# ------------------------------------------------------------------ ids


def test_an_id_of_another_table_is_refused(network: Network) -> None:
    field = network.field("lan")
    factor_set, _ = held(network.centre, "factor_set")
    clash = company(field.db.device_id, id=factor_set["id"])
    path = send(network, field, [("company", {field.db.device_id: 1}, clash)])
    refused(network.centre, path, f"company {factor_set['id']}: this id already names a record of table factor_set")


def test_a_fields_own_indicators_stay_behind_and_the_centres_travel_unchanged(network: Network) -> None:
    """The demo writes the centre's indicators wherever it runs: a field's export leaves its
    own out (the centre would refuse the bundle for good), and carries the centre's as they are."""
    from tests.sync.conftest import add_indicator

    field = network.field("lan")
    with network.centre.db.sessions.begin() as session:
        theirs = add_indicator(session)
    network.send(network.centre, field)
    with field.db.sessions.begin() as session:
        own = add_indicator(session)
    path = network.path("lan")
    field.export(path, all_records=True)
    report = accepted(network.centre, path)
    assert report["entities"]["indicator"] == {"new": 0, "updated": 0, "unchanged": 1, "conflicts": 0, "rejected": 0}
    with network.centre.db.reading() as session:
        assert session.get(Indicator, theirs) is not None
        assert session.get(Indicator, own) is None
