"""An assessment's scope weight travels with it, and a field installation may change it
(cpdesk/sync/authority.py says why); a weight outside 0 to 1 in a bundle is refused whole."""

from __future__ import annotations

from datetime import date
from typing import Any

from cpdesk.core.entities import Entity
from cpdesk.services import editing
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Update
from cpdesk.services.training import statistics as training_statistics
from cpdesk.store.models import Assessment
from cpdesk.sync import authority
from cpdesk.sync.records import table_codec
from tests.sync.assessment_rows import small_assessment
from tests.sync.conftest import Network
from tests.sync.hostile import craft_bundle, refused, site_identity, site_keys


def _weight(db: Any, assessment_id: Any) -> float:
    with db.reading() as session:
        a = session.get(Assessment, assessment_id)
        assert a is not None
        return a.scope_weight


def test_the_rule_lets_a_field_change_an_assessment_and_so_its_weight() -> None:
    rule = authority.RULES["assessment"]
    assert (rule.create, rule.change, rule.delete) == (authority.EVERYONE,) * 3


def test_a_weight_changed_in_the_field_reaches_the_centres_count_and_back(network: Network) -> None:
    field = network.field("lan")
    with field.active():
        company = catalogue.create_company(field.db, name="Công ty Giấy", sector="paper")
        a = assessments.create_assessment(
            field.db, company_id=company.id, title="Theo dõi kết quả", currency="USD", end_date=date(2004, 6, 30)
        ).id
    network.send(field, network.centre)
    assert _weight(network.centre.db, a) == 1.0  # a full assessment unless someone says otherwise
    before = training_statistics.year_statistics(network.centre.db, 2004)
    assert (before.assessments_completed, before.assessments_converted) == (1, 1.0)

    # The auditor records that the visit was a follow-up: a quarter of a full assessment.
    editing.apply(field.db, Update(Entity.ASSESSMENT, a, {"scope_weight": 0.25}))
    report = network.send(field, network.centre)
    assert report.status == "imported"
    assert _weight(network.centre.db, a) == 0.25
    after = training_statistics.year_statistics(network.centre.db, 2004)
    assert after.assessments_completed == before.assessments_completed
    assert (after.assessments_completed, after.assessments_converted) == (1, 0.25)

    # The centre revises it, and the field gets the centre's figure.
    editing.apply(network.centre.db, Update(Entity.ASSESSMENT, a, {"scope_weight": 0.5}))
    network.send(network.centre, field)
    assert _weight(field.db, a) == 0.5


def test_a_weight_above_one_in_a_bundle_is_refused_whole(network: Network) -> None:
    field = network.field("lan")
    rows = small_assessment(field.db.device_id)
    rows["assessment"]["scope_weight"] = 1.5
    path = network.path("weight")
    craft_bundle(path, rows.records(), keys=site_keys(field), device_id=field.db.device_id,
                 recipient=site_identity(network.centre))  # fmt: skip
    refused(
        network.centre,
        path,
        "rejected, nothing was imported",
        f"assessment {rows['assessment']['id']}: scope_weight 1.5 must be at most 1",
    )


def test_an_assessment_from_a_bundle_of_an_older_cpdesk_is_a_full_one() -> None:
    rows = small_assessment("older-device")
    codec = table_codec("assessment")
    coded = codec.encode(rows["assessment"])
    del coded["scope_weight"]  # written before the column existed
    assert codec.decode(coded, None, fill_missing=True)["scope_weight"] == 1.0
