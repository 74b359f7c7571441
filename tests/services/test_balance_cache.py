"""The workbench's quick balance gives the service's figures, after every kind of edit."""

from __future__ import annotations

import pytest

from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, balances, flow
from cpdesk.services.assessment.balance_cache import BalanceSource


@pytest.fixture
def textile(demo_db):
    a = next(a for a in assessments.list_assessments(demo_db) if a.origin.value == "demo")
    return demo_db, a


def same(source: BalanceSource, db, assessment_id) -> None:
    for group, unit in (("water", "GJ"), ("energy", "GJ"), ("energy", "MWh")):
        expected = balances.assessment_balance(db, assessment_id, group, energy_unit=unit).measured
        assert source.measured(group, unit) == expected, (group, unit)


def test_same_figures_as_the_service_through_edits(textile) -> None:
    db, a = textile
    source = BalanceSource(db, a.id)
    same(source, db, a.id)
    detail = assessments.show_assessment(db, a.id)
    well = next(s for s in detail.streams if s.name == "Nước giếng khoan")
    added = flow.record_measurement(db, well.id, value=70.0, unit="m3/h", basis="per_hour")
    source.changed(Change.of(Entity.MEASUREMENT))
    assert source.measured("water").plant.total_in != pytest.approx(450_000)  # the new reading counts
    same(source, db, a.id)
    editing.apply(db, editing.Update("measurement", added.id, {"value": 2.57, "unit": "m3/day", "basis": "per_day"}))
    source.changed(Change.of(Entity.MEASUREMENT))
    same(source, db, a.id)
    editing.apply(db, editing.Delete("measurement", added.id))
    source.changed(Change.of(Entity.MEASUREMENT))
    same(source, db, a.id)
    # A stream that changes carrier leaves the water balance: everything is read again.
    undo = editing.apply(db, editing.Update("stream", well.id, {"carrier": "chemicals", "kind": "material"}))
    source.changed(Change.of(Entity.STREAM))
    same(source, db, a.id)
    editing.apply(db, undo)
    source.changed(Change.ANYTHING)
    same(source, db, a.id)


def test_refusals_name_the_problem(textile) -> None:
    db, a = textile
    source = BalanceSource(db, a.id)
    with pytest.raises(CpdeskError, match="water or energy"):
        source.measured("steam")
    with pytest.raises(CpdeskError, match="GJ"):
        source.measured("energy", "Btu")
