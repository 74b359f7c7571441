"""An option linked to a type of the option library: checked when typed, edited and undone
through the one edit path, kept (and shown as unknown) when the centre's pack drops the type,
and carried by bundles like the option's other fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Update
from cpdesk.services.reference import centre_catalogues
from cpdesk.sync.records import table_codec
from tests.sync.assessment_rows import small_assessment

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "option_types.json"


@pytest.fixture(autouse=True)
def _shipped_catalogues_after() -> Iterator[None]:
    yield
    centre_catalogues.use_catalogues({})


@pytest.fixture
def assessment(db):
    company = catalogue.create_company(db, name="Dệt Phú Thọ", sector="textile")
    return assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=15_700)


def _only_option(db, assessment_id):
    (row,) = assessments.show_assessment(db, assessment_id).options
    return row


def test_an_option_is_linked_to_a_type_by_its_code_in_any_case(db, assessment) -> None:
    row = options.add_option(
        db, assessment.id, title="Sửa bẫy hơi", category="good_housekeeping", type_code=" stm.trap.repair "
    )
    assert row.type_code == "STM.TRAP.REPAIR"
    assert _only_option(db, assessment.id).type_code == "STM.TRAP.REPAIR"
    unlinked = options.add_option(db, assessment.id, title="Khác", category="good_housekeeping", type_code="")
    assert unlinked.type_code is None


def test_a_code_the_library_lacks_is_refused_with_its_message_code(db, assessment) -> None:
    with pytest.raises(ValidationError) as caught:
        options.add_option(db, assessment.id, title="x", category="good_housekeeping", type_code="STM.TRAP.PAINT")
    assert caught.value.field == "type_code"
    assert caught.value.why is not None and caught.value.why.code == "option.unknown_type"
    assert "STM.TRAP.PAINT" in caught.value.why.text("vi")
    assert assessments.show_assessment(db, assessment.id).options == ()  # nothing stored


def test_the_link_is_edited_and_undone_through_the_one_edit_path(db, assessment) -> None:
    row = options.add_option(db, assessment.id, title="Thu hồi nước ngưng", category="onsite_recovery")
    undo = editing.apply(db, Update(Entity.OPTION, row.id, {"type_code": "stm.cond.recover"}))
    assert undo == Update(Entity.OPTION, row.id, {"type_code": None})
    assert _only_option(db, assessment.id).type_code == "STM.COND.RECOVER"
    with pytest.raises(ValidationError) as caught:
        editing.apply(db, Update(Entity.OPTION, row.id, {"type_code": "STM.COND.NOWHERE"}))
    assert caught.value.why is not None and caught.value.why.code == "option.unknown_type"
    assert _only_option(db, assessment.id).type_code == "STM.COND.RECOVER"
    editing.apply(db, undo)
    assert _only_option(db, assessment.id).type_code is None


def test_a_type_the_centre_drops_stays_linked_and_is_not_retyped(db, assessment) -> None:
    row = options.add_option(
        db, assessment.id, title="Sửa bẫy hơi", category="good_housekeeping", type_code="STM.TRAP.REPAIR"
    )
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["types"] = [t for t in doc["types"] if t["code"] != "STM.TRAP.REPAIR"]
    centre_catalogues.use_catalogues({"option_types": json.dumps(doc).encode()})

    # Other fields are edited as before, and the option keeps its link to the dropped type.
    editing.apply(db, Update(Entity.OPTION, row.id, {"title": "Sửa 12 bẫy hơi"}))
    kept = _only_option(db, assessment.id)
    assert (kept.title, kept.type_code) == ("Sửa 12 bẫy hơi", "STM.TRAP.REPAIR")
    assert options.type_title("STM.TRAP.REPAIR", "en") is None  # shown as unknown
    assert options.type_title("STM.LEAK.REPAIR", "en") == "Fix steam leaks at pipes, valves and flanges"
    # Writing its own code again passes; a new option may no longer take it.
    editing.apply(db, Update(Entity.OPTION, row.id, {"type_code": "STM.TRAP.REPAIR"}))
    with pytest.raises(ValidationError):
        options.add_option(db, assessment.id, title="y", category="good_housekeeping", type_code="STM.TRAP.REPAIR")


def test_the_link_travels_and_an_older_bundle_brings_none() -> None:
    rows = small_assessment("field-device")
    codec = table_codec("cp_option")
    option = dict(rows["option"], type_code="STM.TRAP.REPAIR")
    coded = codec.encode(option)
    assert coded["type_code"] == "STM.TRAP.REPAIR"
    assert codec.decode(coded, None)["type_code"] == "STM.TRAP.REPAIR"
    del coded["type_code"]  # written before the column existed
    assert codec.decode(coded, None, fill_missing=True)["type_code"] is None
