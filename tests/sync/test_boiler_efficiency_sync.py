"""An assessment's boiler efficiency travels with it, with how it was found; an efficiency
above 100 % or a method this version does not know in a bundle is refused whole."""

from __future__ import annotations

from typing import Any

from cpdesk.core.entities import Entity
from cpdesk.services import editing
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Update
from cpdesk.store.models import Assessment
from tests.sync.assessment_rows import small_assessment
from tests.sync.conftest import Network
from tests.sync.hostile import craft_bundle, refused, site_identity, site_keys


def _efficiency(db: Any, assessment_id: Any) -> tuple[float | None, str | None]:
    with db.reading() as session:
        a = session.get(Assessment, assessment_id)
        assert a is not None
        method = a.boiler_efficiency_method
        return a.boiler_efficiency_pct, None if method is None else method.value


def test_the_boiler_efficiency_reaches_the_centre_and_back(network: Network) -> None:
    field = network.field("lan")
    with field.active():
        company = catalogue.create_company(field.db, name="Dệt Phong Phú", sector="textile")
        a = assessments.create_assessment(field.db, company_id=company.id, title="Lò hơi", exchange_rate=25_000).id
    editing.apply(field.db, Update(Entity.ASSESSMENT, a, {"boiler_efficiency_pct": 78.5}))
    assert network.send(field, network.centre).status == "imported"
    assert _efficiency(network.centre.db, a) == (78.5, "typed")
    editing.apply(
        network.centre.db,
        Update(Entity.ASSESSMENT, a, {"boiler_efficiency_pct": 81.0, "boiler_efficiency_method": "direct"}),
    )
    network.send(network.centre, field)
    assert _efficiency(field.db, a) == (81.0, "direct")


def test_an_impossible_efficiency_in_a_bundle_is_refused_whole(network: Network) -> None:
    field = network.field("lan")
    rows = small_assessment(field.db.device_id)
    rows["assessment"]["boiler_efficiency_pct"] = 120.0
    path = network.path("efficiency")
    craft_bundle(path, rows.records(), keys=site_keys(field), device_id=field.db.device_id,
                 recipient=site_identity(network.centre))  # fmt: skip
    refused(network.centre, path, "rejected, nothing was imported", "boiler_efficiency_pct 120")
