"""Opening a database uses the catalogues the centre sent to it, for every entry point."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.core import labels
from cpdesk.services.reference import centre_catalogues
from cpdesk.services.uow import unit_of_work
from cpdesk.services.workspace import open_workspace
from cpdesk.store.models import SyncReferenceDocument

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "sectors.json"


@pytest.fixture(autouse=True)
def _shipped_catalogues_after() -> Iterator[None]:
    yield
    centre_catalogues.use_catalogues({})


def test_a_database_with_the_centres_sectors_names_them_once_opened(tmp_path: Path) -> None:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["sectors"] = [{"code": "seafood", "parent": None, "label": {"vi": "Chế biến thủy sản", "en": "Seafood"}}]
    db = open_workspace(tmp_path / "field.sqlite")
    try:
        with unit_of_work(db) as session:
            session.add(SyncReferenceDocument(name="sectors", content=json.dumps(doc, ensure_ascii=False), sha256="-"))
    finally:
        db.close()
    centre_catalogues.use_catalogues({})
    assert centre_catalogues.catalogues_in_use() == ()

    db = open_workspace(tmp_path / "field.sqlite")
    try:
        assert centre_catalogues.catalogues_in_use() == ("sectors",)
        assert labels.label("sector", "seafood", "vi") == "Chế biến thủy sản"
    finally:
        db.close()

    other = open_workspace(tmp_path / "other.sqlite")
    try:
        assert centre_catalogues.catalogues_in_use() == (), (
            "a database without a pack goes back to the shipped catalogues"
        )
    finally:
        other.close()


def test_a_damaged_catalogue_leaves_the_shipped_ones_and_opens_the_database(tmp_path: Path) -> None:
    db = open_workspace(tmp_path / "field.sqlite")
    try:
        with unit_of_work(db) as session:
            session.add(SyncReferenceDocument(name="sectors", content="{not json", sha256="-"))
    finally:
        db.close()
    db = open_workspace(tmp_path / "field.sqlite")
    try:
        assert centre_catalogues.catalogues_in_use() == ()
        assert labels.label("sector", "textile", "en") == "Textile"
    finally:
        db.close()
