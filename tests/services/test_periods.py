"""Period readings of an assessment: added, edited, deleted and undone through the one edit
path, and refused when a period repeats or overlaps another or the unit does not suit."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, periods
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Delete, Restore, Update


@pytest.fixture
def assessment(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    return assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)


def _jan(db, assessment, **given):
    values = dict(
        variable="Electricity", period_start=date(2025, 1, 1), period_end=date(2025, 1, 31), value=93_200, unit="kwh"
    )
    values.update(given)
    return periods.add_period(db, assessment.id, **values)


def test_an_added_period_is_listed_and_its_creation_undone_and_redone(db, assessment) -> None:
    made = editing.create(db, Entity.PERIOD_READING, lambda: _jan(db, assessment, source="EVN 01/2025"))
    row = made.result
    assert (row.variable, row.is_carrier, row.days, row.unit, row.source) == (
        "electricity",
        True,
        31,
        "kWh",
        "EVN 01/2025",
    )
    assert periods.list_periods(db, assessment.id) == (row,)
    editing.apply_all(db, made.undo)
    assert periods.list_periods(db, assessment.id) == ()
    editing.apply_all(db, made.redo)
    assert [r.id for r in periods.list_periods(db, assessment.id)] == [row.id]


def test_an_edit_returns_its_inverse_and_a_deletion_its_restore(db, assessment) -> None:
    row = _jan(db, assessment)
    undo = editing.apply(db, Update(Entity.PERIOD_READING, row.id, {"value": 95_000.0, "unit": "MWh"}))
    assert undo == Update(Entity.PERIOD_READING, row.id, {"value": 93_200.0, "unit": "kWh"})
    assert periods.list_periods(db, assessment.id)[0].unit == "MWh"
    editing.apply(db, undo)
    restore = editing.apply(db, Delete(Entity.PERIOD_READING, row.id))
    assert restore == Restore(Entity.PERIOD_READING, row.id)
    assert periods.list_periods(db, assessment.id) == ()
    editing.apply(db, restore)
    assert periods.list_periods(db, assessment.id)[0].value == 93_200.0


def test_a_period_given_twice_or_overlapping_is_refused_on_adding_and_on_editing(db, assessment) -> None:
    _jan(db, assessment)
    with pytest.raises(ValidationError) as twice:
        _jan(db, assessment, value=1.0)
    assert twice.value.message.code == "mv.period_duplicate"
    with pytest.raises(ValidationError) as overlap:
        _jan(db, assessment, period_start=date(2025, 1, 20), period_end=date(2025, 2, 19))
    assert overlap.value.message.code == "mv.period_overlap"
    # another variable may have the same period; a deleted period may be typed again
    _jan(db, assessment, variable="production", unit="t", value=410)
    feb = _jan(db, assessment, period_start=date(2025, 2, 1), period_end=date(2025, 2, 28))
    with pytest.raises(ValidationError) as edited:
        editing.apply(db, Update(Entity.PERIOD_READING, feb.id, {"period_start": date(2025, 1, 31)}))
    assert edited.value.message.code == "mv.period_overlap"
    with pytest.raises(ValidationError) as backwards:
        editing.apply(db, Update(Entity.PERIOD_READING, feb.id, {"period_end": date(2025, 1, 2)}))
    assert backwards.value.message.code == "mv.period_ends_before_start"
    editing.apply(db, Delete(Entity.PERIOD_READING, feb.id))
    _jan(db, assessment, period_start=date(2025, 2, 1), period_end=date(2025, 2, 28))


def test_a_carrier_reading_in_a_rate_or_a_unit_of_another_kind_is_refused(db, assessment) -> None:
    with pytest.raises(ValidationError) as rate:
        _jan(db, assessment, unit="kW")
    assert (rate.value.field, rate.value.message.code) == ("unit", "mv.unit_wrong_kind")
    with pytest.raises(ValidationError) as water:
        _jan(db, assessment, variable="water", unit="kWh")
    assert water.value.message.code == "mv.unit_wrong_kind"
    with pytest.raises(ValidationError) as negative:
        _jan(db, assessment, value=-5)
    assert negative.value.field == "value"
    row = _jan(db, assessment)
    with pytest.raises(ValidationError):
        editing.apply(db, Update(Entity.PERIOD_READING, row.id, {"unit": "m3"}))


def test_the_variables_are_listed_with_their_periods_span_and_units(db, assessment) -> None:
    _jan(db, assessment)
    _jan(db, assessment, period_start=date(2025, 2, 1), period_end=date(2025, 2, 28), unit="MWh", value=90.1)
    _jan(db, assessment, variable="production", unit="t", value=410)
    found = periods.period_variables(db, assessment.id)
    assert [(v.variable, v.is_carrier, v.periods, v.units) for v in found] == [
        ("electricity", True, 2, ("kWh", "MWh")),
        ("production", False, 1, ("t",)),
    ]
    assert (found[0].first_day, found[0].last_day) == (date(2025, 1, 1), date(2025, 2, 28))
