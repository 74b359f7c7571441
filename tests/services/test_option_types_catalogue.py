"""The option library's catalogue sent by a centre: checked before use, refused whole when damaged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.core.reference import ReferenceDataError
from cpdesk.core.reference.option_types import option_library
from cpdesk.services.reference import centre_catalogues

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "option_types.json"


@pytest.fixture(autouse=True)
def _shipped_catalogues_after() -> Iterator[None]:
    yield
    centre_catalogues.use_catalogues({})


def test_the_centres_option_types_replace_the_shipped_ones() -> None:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["types"] = doc["types"][:2]
    assert centre_catalogues.use_catalogues({"option_types": json.dumps(doc).encode()}) == ("option_types",)
    assert [t.code for t in option_library().types] == ["STM.TRAP.REPAIR", "STM.LEAK.REPAIR"]
    centre_catalogues.use_catalogues({})
    assert len(option_library().types) > 2


def test_a_damaged_catalogue_from_the_centre_is_refused_and_changes_nothing() -> None:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["types"][7]["carriers"] = ["steam", "unobtainium"]
    before = option_library()
    with pytest.raises(ReferenceDataError) as caught:
        centre_catalogues.use_catalogues({"option_types": json.dumps(doc).encode()})
    assert str(caught.value) == (
        "option_types.json received from the centre: types[7] (STM.BLOW.CONTROL).carriers: "
        "'unobtainium' is not a carrier code"
    )
    assert centre_catalogues.catalogues_in_use() == ()
    assert option_library() is before
