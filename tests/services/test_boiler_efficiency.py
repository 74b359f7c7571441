"""The assessment's boiler efficiency: typed or kept from a boiler test, offered to the inputs
that are the boiler's efficiency, and followed by the calculations that take it.

The example is tests/services/test_option_calculations.py's failed trap: 3 mm on a 7 bar(g)
header, 6 000 h a year, anthracite 26.7 GJ/t at 3 000 000 VND/t; 284.81 GJ of steam heat a
year. At 80 %: 284.81 / (0.80 × 26.7) = 13.334 t of anthracite. A direct test kept after it:
900 kg/h of steam at 2 600 kJ/kg from feedwater at 100 kJ/kg is 2 250 000 kJ/h, from 100 kg/h
of fuel of NCV 30 000 kJ/kg (3 000 000 kJ/h): 75 % on NCV; the trap then costs
13.334 × 80 / 75 = 14.223 t, × 3 000 000 = 42 668 000 VND a year.
A heat-loss test of 80 % on GCV, the fuel's GCV 27 600 and NCV 26 700 kJ/kg:
80 × 27 600 / 26 700 = 82.70 % on NCV.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from cpdesk.core.boiler import IndirectEfficiency, direct_efficiency
from cpdesk.core.calculators.stored import CALCULATED, Calculation, GivenInput
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import calculations
from cpdesk.services.assessment import records as queries
from cpdesk.services.assessment.boiler_efficiency import boiler_test_update, on_ncv, record_boiler_test
from cpdesk.services.assessment.calculation_sources import BOILER_EFFICIENCY, input_sources
from cpdesk.services.editing import Update
from cpdesk.store.database import Database
from cpdesk.store.models import Option
from tests.services.test_option_calculations import FUEL_T, PRICE, _inputs, _setup


def _typed(db: Database, assessment_id: Any, value: float | None) -> None:
    editing.apply(db, Update(Entity.ASSESSMENT, assessment_id, {"boiler_efficiency_pct": value}))


def _kept(db: Database, option_id: Any) -> tuple[Calculation, float]:
    with db.reading() as s:
        option = s.get(Option, option_id)
        assert option is not None and option.calculation is not None
        return Calculation.from_json(option.calculation), option.annual_savings


def _direct_75() -> Any:
    return direct_efficiency(
        steam_kg_per_h=900.0,
        fuel_kg_per_h=100.0,
        steam_enthalpy_kj_per_kg=2600.0,
        feedwater_enthalpy_kj_per_kg=100.0,
        ncv_kj_per_kg=30_000.0,
    )


def test_the_efficiency_is_offered_to_the_boiler_efficiency_inputs_only(db: Database) -> None:
    setup = _setup(db)
    option, a = setup["option"].id, setup["assessment"].id
    assert "boiler_efficiency" not in input_sources(db, option, "steam_leak")  # none kept yet
    _typed(db, a, 80.0)
    form = queries.assessment_form(db, a)
    assert (form.boiler_efficiency_pct, form.boiler_efficiency_method) == (80.0, "typed")
    (offered,) = input_sources(db, option, "steam_leak")["boiler_efficiency"]
    assert (offered.key, offered.value, offered.unit) == (BOILER_EFFICIENCY, 80.0, "%")
    switch = input_sources(db, option, "fuel_switch")
    assert [c.key for c in switch["present_efficiency"]] == [BOILER_EFFICIENCY]
    assert BOILER_EFFICIENCY not in [c.key for c in switch.get("new_efficiency", ())]  # the new fuel's is not
    blowdown = input_sources(db, option, "blowdown_heat_recovery")
    assert BOILER_EFFICIENCY in [c.key for c in blowdown["boiler_efficiency"]]
    assert BOILER_EFFICIENCY not in [c.key for c in blowdown.get("blowdown_rate", ())]  # a % but not it
    assert calculations.DEFAULT_SOURCES["boiler_efficiency"] == BOILER_EFFICIENCY


def test_a_calculation_follows_the_kept_efficiency_and_goes_stale_without_it(db: Database) -> None:
    setup = _setup(db)
    option, a = setup["option"].id, setup["assessment"].id
    _typed(db, a, 80.0)
    inputs = {**_inputs(setup["stream"].id), "boiler_efficiency": GivenInput(80.0, "%", BOILER_EFFICIENCY)}
    calc = calculations.preview(db, option, "steam_leak", inputs, fuel="anthracite", price=PRICE)
    assert calc.saving is not None and calc.saving.quantity == pytest.approx(FUEL_T)
    calculations.use_calculation(db, option, calc)
    undo = record_boiler_test(db, a, _direct_75())
    form = queries.assessment_form(db, a)
    assert form.boiler_efficiency_pct == pytest.approx(75.0) and form.boiler_efficiency_method == "direct"
    (found,) = calculations.refresh_now(db, a)
    kept, annual = _kept(db, option)
    assert kept.saving is not None and kept.saving.quantity == pytest.approx(FUEL_T * 80 / 75)  # 14.223 t
    assert annual == pytest.approx(FUEL_T * 80 / 75 * PRICE) and annual == pytest.approx(42_668_000, rel=1e-4)
    assert kept.inputs["boiler_efficiency"].value == pytest.approx(75.0)
    editing.apply(db, undo)  # undo brings 80 % typed back
    assert queries.assessment_form(db, a).boiler_efficiency_method == "typed"
    _typed(db, a, None)  # cleared: the method goes too, the calculation keeps its last result
    assert queries.assessment_form(db, a).boiler_efficiency_method is None
    (gone,) = calculations.refresh_now(db, a)
    assert gone.plan.calculation.stale == ("boiler_efficiency",)
    with db.reading() as s:
        option_row = s.get(Option, option)
        assert option_row is not None and option_row.savings_basis == CALCULATED


def test_a_test_on_gcv_is_kept_on_ncv_and_an_impossible_one_is_refused(db: Database) -> None:
    setup = _setup(db)
    a = setup["assessment"].id
    heat_loss = IndirectEfficiency(**{f.name: 0.0 for f in dataclasses.fields(IndirectEfficiency)})
    heat_loss = dataclasses.replace(heat_loss, efficiency_pct=80.0, total_loss_pct=20.0)
    assert on_ncv(80.0, 27_600.0, 26_700.0) == pytest.approx(82.696, abs=1e-3)
    with pytest.raises(ValidationError) as refused:
        boiler_test_update(a, heat_loss)  # on GCV, no calorific values to turn it
    assert refused.value.why is not None and refused.value.why.code == "boiler.ncv_needed"
    with pytest.raises(ValidationError):
        boiler_test_update(a, heat_loss, gcv_kj_per_kg=26_000.0, ncv_kj_per_kg=27_000.0)  # NCV above GCV
    record_boiler_test(db, a, heat_loss, gcv_kj_per_kg=27_600.0, ncv_kj_per_kg=26_700.0)
    form = queries.assessment_form(db, a)
    assert form.boiler_efficiency_pct == pytest.approx(82.696, abs=1e-3)
    assert form.boiler_efficiency_method == "indirect"
    with pytest.raises(ValidationError):
        _typed(db, a, 120.0)  # above 100 %
    with pytest.raises(ValidationError):
        _typed(db, a, 0.0)
