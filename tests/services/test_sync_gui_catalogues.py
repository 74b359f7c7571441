"""The catalogues of a centre's reference-data pack are the ones cpdesk reads after the import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.core import labels, reference
from cpdesk.core.messages import text_of
from cpdesk.services.reference import centre_catalogues
from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.sync.reference_pack import export_reference_pack
from cpdesk.services.uow import unit_of_work
from cpdesk.store.models import SyncReferenceDocument
from cpdesk.sync.errors import DamagedBundle
from tests.plugins.postgres import WorkspaceFactory
from tests.sync.conftest import Network, Site


@pytest.fixture(autouse=True)
def _shipped_catalogues_after() -> Iterator[None]:
    yield
    centre_catalogues.use_catalogues({})


def _shipped(name: str) -> dict:
    path = Path(__file__).resolve().parents[2] / "resources" / "reference" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _centre_sectors() -> bytes:
    doc = _shipped("sectors")
    doc["sectors"] = [
        {"code": "textile", "parent": None, "label": {"vi": "Dệt may", "en": "Textile and garment"}},
        {"code": "seafood", "parent": None, "label": {"vi": "Chế biến thủy sản", "en": "Seafood processing"}},
    ]
    return json.dumps(doc, ensure_ascii=False).encode()


def test_received_sectors_come_first_and_the_shipped_ones_stay() -> None:
    shipped = reference.sectors()
    assert centre_catalogues.use_catalogues({"sectors": _centre_sectors(), "methodology": b"{}"}) == ("sectors",)
    codes = [s.code for s in reference.sectors()]
    assert codes[:2] == ["textile", "seafood"]
    assert len(codes) == len(shipped) + 1  # seafood added, textile relabelled, none lost
    assert labels.label("sector", "textile", "en") == "Textile and garment"
    assert labels.label("sector", "paper", "vi") == "Giấy và bột giấy"
    assert centre_catalogues.catalogues_in_use() == ("sectors",)
    assert len(reference.methodology().tasks) == 18  # the methodology is never replaced
    centre_catalogues.use_catalogues({})
    assert reference.sectors() == shipped


def test_a_catalogue_that_does_not_check_changes_nothing() -> None:
    doc = _shipped("option_categories")
    doc["categories"] = doc["categories"][:-1]
    with pytest.raises(reference.ReferenceDataError, match="missing"):
        centre_catalogues.use_catalogues({"sectors": _centre_sectors(), "option_categories": json.dumps(doc).encode()})
    assert centre_catalogues.catalogues_in_use() == ()
    assert len(reference.option_categories()) == 8


def test_relabelled_option_categories_are_read() -> None:
    doc = _shipped("option_categories")
    doc["categories"][0]["label"]["en"] = "Good housekeeping (centre's wording)"
    centre_catalogues.use_catalogues({"option_categories": json.dumps(doc).encode()})
    first = reference.option_categories()[0]
    assert first.label.en == "Good housekeeping (centre's wording)"
    assert labels.member_label(first.code, "en") == "Good housekeeping (centre's wording)"


def _network(tmp_path: Path, template: Path, request: pytest.FixtureRequest) -> tuple[Network, WorkspaceFactory]:
    factory = WorkspaceFactory("sqlite", tmp_path, template, request)
    return Network(factory, tmp_path), factory


def test_the_pack_brings_the_centres_sectors_to_the_field(
    tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest
) -> None:
    network, factory = _network(tmp_path, workspace_template, request)
    try:
        with unit_of_work(network.centre.db) as session:
            session.add(SyncReferenceDocument(name="sectors", content=_centre_sectors().decode(), sha256="-"))
        pack = network.path("pack")
        with network.centre.active():
            export_reference_pack(network.centre.db, pack)
            fingerprint = sync_keys.show_centre(network.centre.db).fingerprint
        field = Site("field", factory("field"), tmp_path / "keys-field")
        assert centre_catalogues.use_catalogues_of(field.db) == ()
        assert labels.label("sector", "textile", "en") == "Textile"
        field.import_(pack, centre_fingerprint=fingerprint)
        # the pack carries every catalogue (the shipped ones where the centre has none of its own)
        assert centre_catalogues.use_catalogues_of(field.db) == tuple(sorted(centre_catalogues.RECEIVED_CATALOGUES))
        assert labels.label("sector", "seafood", "vi") == "Chế biến thủy sản"
    finally:
        factory.close()


def test_a_pack_with_a_catalogue_cpdesk_cannot_read_is_rejected(
    tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest
) -> None:
    network, factory = _network(tmp_path, workspace_template, request)
    try:
        broken = _shipped("sectors")
        broken["sectors"][0]["parent"] = "nowhere"
        with unit_of_work(network.centre.db) as session:
            session.add(SyncReferenceDocument(name="sectors", content=json.dumps(broken), sha256="-"))
        pack = network.path("pack")
        with network.centre.active():
            export_reference_pack(network.centre.db, pack)
            fingerprint = sync_keys.show_centre(network.centre.db).fingerprint
        field = Site("field", factory("field"), tmp_path / "keys-field")
        with pytest.raises(DamagedBundle, match="catalogue_sectors.json of the pack cannot be used") as caught:
            field.import_(pack, centre_fingerprint=fingerprint)
        # what is wrong with the catalogue, in Vietnamese too (it was its English text inside)
        assert text_of(caught.value, "vi").endswith(
            "không dùng được danh mục catalogue_sectors.json của gói (sectors.json nhận từ trung tâm: "
            "sectors[0].parent: không có ngành mẹ 'nowhere')"
        )
        assert centre_catalogues.use_catalogues_of(field.db) == ()
    finally:
        factory.close()
