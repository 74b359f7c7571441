"""Options that save a fuel by volume: counted through the factor set, refused at entry when
the set cannot count them, and never blocking the other options when an older cpdesk stored one.

Before: LPG in litres and natural gas in m³ were accepted at entry, and afterwards
appraise_options (`cpdesk options`, the options screen, the assessment report) failed for the
whole assessment with "lpg saved by volume ... needs a density".

The shipped factor set (ipcc2006_vn_grid): LPG 0.54 t/m³ (UN Energy Statistics Yearbook,
1 852 L/t), 47.3 GJ/t, 63 100 kg CO2/TJ; natural gas 37.68 MJ/Nm³ (MOIT, 0.90 toe per
1 000 m³), 48.0 GJ/t, 56 100 kg CO2/TJ; anthracite has no density (coal is bought by weight).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from cpdesk.core.errors import ValidationError
from cpdesk.services.assessment import appraisal, assessments, companies, options, summary
from cpdesk.store.database import Database
from cpdesk.store.models import Option, OptionSaving


def _assessment(db: Database) -> Any:
    company = companies.create_company(db, name="Gốm sứ Minh Long", sector="ceramics")
    return assessments.create_assessment(db, company_id=company.id, title="Lò nung", currency="USD")


def _count(db: Database, model: Any) -> int:
    with db.reading() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_lpg_saved_in_litres_counts_through_its_density(db: Database) -> None:
    a = _assessment(db)
    options.add_option(
        db, a.id, code="L1", title="Kiln burner tuning", category="process_control", savings=[("lpg", 1000, "L")]
    )
    (item,) = appraisal.appraise_options(db, a.id)
    # 1 000 L x 0.54 kg/L = 540 kg; x 47.3 MJ/kg = 25.542 GJ; x 63.1 kg CO2/GJ = 1 611.7 kg = 1.6117 t
    assert item.co2 is not None
    assert item.co2.fossil_t == pytest.approx(1.6117002)
    assert item.co2_gap is None and item.co2_problem == ""


def test_natural_gas_saved_in_nm3_counts_through_its_ncv_per_nm3(db: Database) -> None:
    a = _assessment(db)
    option = options.add_option(db, a.id, code="G1", title="Insulate the kiln", category="equipment_modification")
    options.add_option_saving(db, option.id, carrier="natural_gas", quantity=10_000, unit="Nm3")
    (item,) = appraisal.appraise_options(db, a.id)
    # 10 000 Nm³ x 37.68 MJ/Nm³ = 376.8 GJ; x 56.1 kg CO2/GJ = 21 138.48 kg = 21.138 t
    assert item.co2 is not None
    assert item.co2.fossil_t == pytest.approx(21.13848)


def test_a_unit_the_factor_set_cannot_count_is_refused_and_nothing_is_stored(db: Database) -> None:
    a = _assessment(db)
    option = options.add_option(db, a.id, code="C1", title="Coal drying", category="good_housekeeping")
    savings_before, options_before = _count(db, OptionSaving), _count(db, Option)

    with pytest.raises(ValidationError, match="needs a density of Anthracite in factor set ipcc2006_vn_grid") as caught:
        options.add_option_saving(db, option.id, carrier="anthracite", quantity=5000, unit="L")
    assert caught.value.field == "unit"
    with pytest.raises(ValidationError, match="unstated pressure and temperature: give it in Nm³"):
        options.add_option_saving(db, option.id, carrier="natural_gas", quantity=500, unit="m3")
    with pytest.raises(ValidationError, match="is not an amount saved per year"):
        options.add_option_saving(db, option.id, carrier="diesel_oil", quantity=2, unit="t/h")
    with pytest.raises(ValidationError, match=r"option\.savings\[1\]\.unit .*needs a density of Anthracite"):
        options.add_option(
            db,
            a.id,
            code="C2",
            title="Coal and water",
            category="good_housekeeping",
            savings=[("water", 100, "m3"), ("anthracite", 5000, "L")],
        )
    assert (_count(db, OptionSaving), _count(db, Option)) == (savings_before, options_before)


def _store_as_an_older_cpdesk_did(db: Database, option_id: Any, carrier: str, quantity: float, unit: str) -> None:
    """A saving written straight into the database, as cpdesk accepted it before the check."""
    with db.sessions.begin() as s:
        s.add(OptionSaving(option_id=option_id, carrier=carrier, quantity=quantity, unit=unit))


def test_a_stored_saving_that_cannot_be_counted_does_not_hold_up_the_others(db: Database) -> None:
    a = _assessment(db)
    good = options.add_option(
        db, a.id, code="A1", title="Fix leaks", category="good_housekeeping", savings=[("lpg", 1000, "L")]
    )
    bad = options.add_option(
        db,
        a.id,
        code="A2",
        title="Gas kiln",
        category="technology_change",
        status="implemented",
        investment=1000,
        annual_savings=500,
        savings=[("electricity", 10, "MWh")],
    )
    _store_as_an_older_cpdesk_did(db, bad.id, "natural_gas", 500, "m3")

    first, second = appraisal.appraise_options(db, a.id)
    assert first.option.id == good.id and first.co2 is not None
    assert first.co2.fossil_t == pytest.approx(1.6117002)
    assert second.option.id == bad.id
    assert second.co2 is None and second.co2_t is None
    assert second.co2_gap is not None and second.co2_gap.factor == "gas_conditions"
    assert second.co2_problem.startswith("Natural gas in m³ is a volume at an unstated pressure and temperature")
    assert second.economics.simple_payback_years == pytest.approx(2.0)  # its money figures stay

    # The selection's figures leave the saving out and say so; its electricity still counts.
    rolled = summary.selection_summary(db, [a.id])
    assert [g.factor for g in rolled.totals.not_counted] == ["gas_conditions"]
    assert rolled.totals.resource_savings["electricity"] == (pytest.approx(10), "MWh")
    assert "natural_gas" not in rolled.totals.resource_savings
