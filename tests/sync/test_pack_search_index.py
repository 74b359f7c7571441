"""A centre's pack that brings a catalogue of option types writes the library's search index
of the field's database in the import's transaction: the first search after it writes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from cpdesk.core.option_search import search
from cpdesk.core.reference.option_types import option_library
from cpdesk.services.reference import centre_catalogues, library_search
from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.sync.reference_pack import export_reference_pack
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store import option_type_index
from cpdesk.store.models import SyncReferenceDocument
from tests.plugins.postgres import WorkspaceFactory
from tests.sync.conftest import Network, Site

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "option_types.json"


@pytest.fixture(autouse=True)
def _shipped_catalogues_after() -> Iterator[None]:
    yield
    centre_catalogues.use_catalogues({})


def test_the_pack_writes_the_fields_index(
    workspaces: WorkspaceFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["types"] = doc["types"][:6]
    doc["types"][1]["title"]["vi"] = "Sửa rò rỉ hơi ở mặt bích"
    network = Network(workspaces, tmp_path)
    with unit_of_work(network.centre.db) as session:
        session.add(SyncReferenceDocument(name="option_types", content=json.dumps(doc), sha256="-"))
    pack = network.path("pack")
    with network.centre.active():
        export_reference_pack(network.centre.db, pack)
        fingerprint = sync_keys.show_centre(network.centre.db).fingerprint
    field = Site("field", workspaces("field"), tmp_path / "keys-field")
    assert library_search.search_types(field.db, "hoi").found  # the shipped catalogue indexed first
    field.import_(pack, centre_fingerprint=fingerprint)
    with reading(field.db) as session:
        rows = dict(session.execute(text("SELECT code, words FROM option_type_word")).all())
    assert sorted(rows) == sorted(t["code"] for t in doc["types"])
    assert "bich" in rows[doc["types"][1]["code"]].split(" ")

    centre_catalogues.use_catalogues_of(field.db)  # as the workbench does after an import

    def refused(*_: Any) -> None:
        raise AssertionError("the index was written again")

    monkeypatch.setattr(option_type_index, "refresh", refused)
    for query in ("mat bich", "sua ro ri hoi", "hoi"):
        got = library_search.search_types(field.db, query)
        assert got.method == library_search.BY_INDEX
        assert [f.type.code for f in got.found] == [f.type.code for f in search(option_library(), query)]
    # the title the centre gave it comes first (the other holds the words in its description)
    assert library_search.search_types(field.db, "mat bich").found[0].type.code == doc["types"][1]["code"]
