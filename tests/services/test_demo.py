"""The demo data set: table 2 of the seed reproduced exactly; a textile assessment that balances.

Hand calculation of the textile demo's balances (``resources/demo/textile.json``; its
``balance_check`` block holds the same figures). Annual = per hour x 7 200 h, per day x 300 d,
per month x 12, per batch x 25 batches/day x 300 d. Steam and water count 1 t = 1 m3.

Water at the plant boundary, m3/yr::

    in   well water            62.5 m3/h   x 7 200 = 450 000
    out  treated effluent      1 410 m3/d  x   300 = 423 000
         steam leaks, traps    0.25 t/h    x 7 200 =   1 800
         evaporation: scouring 15, dyeing 12, washing 5, stenter 5.5, WWTP 6 m3/d
                                            x   300 =  13 050
         total out                                  = 437 850
    unaccounted 12 150 m3/yr = 2.70 % of the input

    steps: well 0.47 %, boiler 0.45 %, steam network 1.11 %, scouring 1.73 %,
    dyeing 1.72 %, washing 1.42 %, stenter 3.63 %, wastewater plant 0.59 %.

Boiler heat balance, GJ/yr::

    in   anthracite   370 t/month x 12 = 4 440 t x 26.7 GJ/t (IPCC NCV) = 118 548
    out  steam        4.5 t/h x 7 200 = 32 400 t x (2 770 - 105) kJ/kg  =  86 346
         flue gas     830 kW x 7 200 h                                 =  21 513.6
         unburnt coal in ash  330 GJ/month x 12                        =   3 960
         radiation and convection  95 kW x 7 200 h                     =   2 462.4
         blowdown     25 kW x 7 200 h                                  =     648
         total out                                                     = 114 930
    boiler efficiency (direct method) 86 346 / 118 548 = 72.84 %
    unaccounted 3 618 GJ/yr = 3.05 % of the input

Electricity: EVN bills 420 MWh/month = 5 040 MWh/yr; metered uses 4 893 MWh/yr (the jet
dyeing machines at 110 kWh/batch are 825 of it); 2.92 % transformer and cable losses.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select

from cpdesk.core import units
from cpdesk.core.errors import CpdeskError
from cpdesk.core.rows import AssessmentDetail, MeasurementRow, StreamRow
from cpdesk.core.vocabulary import (
    WATER_CARRIERS,
    Carrier,
    DataOrigin,
    MeasurementBasis,
    OptionCategory,
    OptionStatus,
    TaskStatus,
    TeamRole,
)
from cpdesk.services.assessment.assessments import list_assessments, show_assessment
from cpdesk.services.assessment.companies import list_companies, list_programmes
from cpdesk.services.demo import data_set as demo
from cpdesk.services.demo import programme_plans
from cpdesk.services.reference.factor_set_files import load_factor_set
from cpdesk.store.models import Programme

# Table 2 of the seed, typed in again here (not read from programmes.json) so that a slip in
# the data file cannot pass unnoticed. Resources in the unit the table prints, GWh as MWh.
TABLE_2: dict[str, dict[str, Any]] = {
    "CP-EE": {
        "proposed": 122, "implemented": 72, "investment": 112_000, "savings": 172_000, "co2": 3300,
        "resources": {"electricity": (2570, "MWh"), "water": (93_200, "m³"),
                      "anthracite": (2970, "t"), "diesel_oil": (286, "t"), "lpg": (28, "t"),
                      "fuel_oil": (18, "t")},
        "sectors": {"building_materials": 1, "textile": 2, "food_processing": 1, "brewery": 1,
                    "ceramics": 2, "paper": 1, "metal_finishing": 1},
    },
    "CP-OHS": {
        "proposed": 456, "implemented": 149, "investment": 286_400, "savings": 717_900, "co2": 815,
        "resources": {"water": (278_000, "m³"), "electricity": (134, "MWh"),
                      "anthracite": (93, "t"), "fuel_oil": (3, "t"), "diesel_oil": (5, "t"),
                      "solid_waste": (50, "t")},
        "sectors": {"chemicals": 1, "building_materials": 2, "food_processing": 2,
                    "wood_furniture": 1, "plastics": 1, "ceramics": 1, "shipbuilding": 2,
                    "brewery": 1, "textile": 3},
    },
    "MF-DEMO": {
        "proposed": 122, "implemented": 103, "investment": 21_000, "savings": 277_000, "co2": 1100,
        "resources": {"chemicals": (36, "t"), "electricity": (1000, "MWh"), "fuel_oil": (3, "t"),
                      "diesel_oil": (58, "t"), "lpg": (66, "t"), "wastewater": (129_000, "m³")},
        "sectors": {"powder_coating": 1, "wet_painting": 1, "electroplating": 1,
                    "hot_dip_galvanising": 1},
    },
    "GERIAP": {
        "proposed": 35, "implemented": 28, "investment": 274_000, "savings": 294_800, "co2": 20,
        "resources": {"anthracite": (6023, "t"), "electricity": (3270, "MWh"),
                      "diesel_oil": (799, "t"), "water": (3800, "m³")},
        "sectors": {"chemicals": 1, "iron_steel": 1, "lime_cement": 1, "paper": 1},
    },
}  # fmt: skip

STEAM_ENTHALPY_KJ_PER_KG = 2770.0  # saturated steam at 8 bar(g), about 175 °C
FEEDWATER_ENTHALPY_KJ_PER_KG = 105.0  # water at 25 °C


def _all_options(db: Any) -> list[Any]:
    return [o for a in list_assessments(db) for o in show_assessment(db, a.id).options]


def _textile(db: Any) -> AssessmentDetail:
    (row,) = list_assessments(db, "BE-TEXTILE")
    return show_assessment(db, row.id)


def test_allocate_splits_exactly_and_deterministically() -> None:
    assert programme_plans.allocate(10, [1, 1, 1]) == [4, 3, 3]  # ties go to the first
    assert programme_plans.allocate(3, [1, 1, 5]) == [1, 0, 2]  # 0.43, 0.43, 2.14: largest remainder
    assert sum(programme_plans.allocate(717_900, [0.37, 1.9, 0.0, 12.5, 3.3])) == 717_900
    with pytest.raises(ValueError):
        programme_plans.allocate(5, [0.0, 0.0])


def test_reconstruction_is_deterministic() -> None:
    published = demo.load("programmes.json")
    for spec in published["programmes"]:
        first = programme_plans.plan_programme(spec, published["generation"])
        assert programme_plans.plan_programme(spec, published["generation"]) == first


def test_demo_reproduces_table_2_exactly(db: Any) -> None:
    summary = demo.write_demo(db)
    assert summary == demo.DemoSummary(programmes=5, companies=32, assessments=32, options=750)

    programmes = {p.code: p for p in list_programmes(db)}
    assert set(programmes) == set(demo.DEMO_PROGRAMME_CODES)
    assert programmes["BE-TEXTILE"].origin == DataOrigin.DEMO
    with db.reading() as session:
        notes = dict(session.execute(select(Programme.code, Programme.reported_note)).all())
    for code, table in TABLE_2.items():
        programme = programmes[code]
        assert (programme.origin, programme.year) == (DataOrigin.RECONSTRUCTED, 2004)
        assert programme.reported_co2_t == table["co2"]
        assert "dựng lại từ tổng số đã công bố" in notes[code]  # the demo in Vietnamese, as a first start writes it
        companies = list_companies(db, code)
        assert Counter(c.sector for c in companies) == table["sectors"]
        assert all(c.origin == DataOrigin.RECONSTRUCTED for c in companies)

        rows = list_assessments(db, code)
        assert len(rows) == len(companies) == programme.companies == programme.assessments
        details = [show_assessment(db, r.id) for r in rows]
        assert all(d.currency == "USD" and d.row.start_date.year == 2004 for d in details)
        options = [o for d in details for o in d.options]
        implemented = [o for o in options if o.status == OptionStatus.IMPLEMENTED]
        assert (len(options), len(implemented)) == (table["proposed"], table["implemented"])
        # Float sums of whole numbers are exact: equality, not approx.
        assert sum(o.investment for o in implemented) == table["investment"]
        assert sum(o.annual_savings for o in implemented) == table["savings"]
        assert all(o.investment + o.annual_savings > 0 for o in implemented)
        saved: Counter[str] = Counter()
        for o in implemented:
            for s in o.savings:
                saved[s.carrier.value] += units.convert(s.quantity, s.unit, table["resources"][s.carrier][1])
        assert dict(saved) == {c: q for c, (q, _unit) in table["resources"].items()}
        rejected = [o for o in options if o.status == OptionStatus.REJECTED]
        assert rejected
        assert all(o.rejection_reason for o in rejected)
    assert "20 t" in notes["GERIAP"]
    assert "như báo cáo in" in notes["GERIAP"]

    # The seed's one named substitution: toluene replaced by a water-based solvent (CP-OHS).
    (furniture,) = [a for a in list_assessments(db, "CP-OHS") if a.sector == "wood_furniture"]
    toluene = [o for o in show_assessment(db, furniture.id).options if "toluen" in o.title]  # "dung môi gốc toluen"
    assert [(o.category, o.status) for o in toluene] == [
        (OptionCategory.INPUT_MATERIAL_CHANGE, OptionStatus.IMPLEMENTED)
    ]


def test_textile_demo_assessment_is_complete(db: Any) -> None:
    demo.write_demo(db)
    d = _textile(db)
    assert d.row.origin == DataOrigin.DEMO
    assert d.row.sector == "textile"
    assert (d.currency, d.exchange_rate, d.discount_rate) == ("VND", 15700, 0.10)
    assert (d.operating_hours_per_year, d.operating_days_per_year) == (7200, 300)
    assert d.row.start_date.year == d.row.end_date.year == 2004
    assert 5 <= len(d.team) <= 7
    roles = Counter(m.role for m in d.team)
    assert roles[TeamRole.LEADER] == 1
    assert roles[TeamRole.CENTRE_EXPERT] >= 1
    expected = {n: TaskStatus.DONE for n in range(1, 14)}
    expected |= {14: TaskStatus.IN_PROGRESS, 15: TaskStatus.IN_PROGRESS}
    assert {t.task_no: t.status for t in d.tasks} == {n: expected.get(n, TaskStatus.NOT_STARTED) for n in range(1, 19)}
    assert d.row.tasks_marked_done == 13
    assert 8 <= len(d.steps) <= 15
    assert any(s.is_focus for s in d.steps)
    steam = [s for s in d.streams if s.carrier == Carrier.STEAM]
    assert steam
    assert all(s.pressure_bar == 8 and s.temperature_c == 175 for s in steam)
    # Field data as recorded: mixed units and bases, every method, stated uncertainties.
    assert {m.basis for m in d.measurements} >= {
        MeasurementBasis.PER_HOUR,
        MeasurementBasis.PER_DAY,
        MeasurementBasis.PER_MONTH,
        MeasurementBasis.PER_BATCH,
    }
    assert {m.unit for m in d.measurements} >= {"m³/h", "m³/day", "t", "MWh", "kWh", "t/h", "L"}
    assert {m.method.value for m in d.measurements} == {"measured", "records", "estimated"}
    assert all(w.annual_cost > 0 for w in d.waste_streams)
    assert len(d.waste_streams) >= 4

    assert {o.category for o in d.options} == set(OptionCategory)
    assert {o.status for o in d.options} == set(OptionStatus)
    assert 10 <= len(d.options) <= 15
    for o in d.options:
        if o.status == OptionStatus.REJECTED:
            assert o.rejection_reason
        assert o.screening is not None
        assert o.lifetime_years > 0
        assert o.savings
    implemented = [o for o in d.options if o.status == OptionStatus.IMPLEMENTED]
    assert implemented
    for o in implemented:
        # Monitored (task 16) savings exist and fall short of the estimate, as they usually do.
        assert o.monitored_annual_savings is not None
        assert 0 < o.monitored_annual_savings <= o.annual_savings
        assert o.annual_savings > o.annual_extra_costs
        assert all(s.quantity > 0 for s in o.savings)


def _annual(m: MeasurementRow, d: AssessmentDetail, batches_per_day: float) -> tuple[float, str]:
    """A reading as an amount per year: (value, unit of amount)."""
    hours, days = d.operating_hours_per_year, d.operating_days_per_year
    assert hours is not None
    assert days is not None
    rates = {"volume_flow": ("m³/h", "m³"), "mass_flow": ("t/h", "t"), "power": ("kW", "kWh")}
    dimension = units.dimension_of(m.unit)
    if dimension in rates:  # a rate runs all the operating hours, whatever the basis says
        rate_unit, amount_unit = rates[dimension]
        return units.convert(m.value, m.unit, rate_unit) * hours, amount_unit
    per_year = {
        MeasurementBasis.PER_HOUR: hours, MeasurementBasis.PER_DAY: days,
        MeasurementBasis.PER_MONTH: 12, MeasurementBasis.PER_YEAR: 1,
        MeasurementBasis.PER_BATCH: batches_per_day * days,
    }[m.basis]  # fmt: skip
    return m.value * per_year, m.unit


def _flows(d: AssessmentDetail) -> dict[Any, tuple[StreamRow, float, str]]:
    """Each measured stream with its annual amount (one reading per stream in the demo)."""
    # AssessmentDetail does not expose batches_per_day: take it from the demo's own file.
    batches = demo.load("textile.json")["assessment"]["batches_per_day"]
    by_stream = {m.stream_id: m for m in d.measurements}
    assert len(by_stream) == len(d.measurements)
    return {s.id: (s, *_annual(by_stream[s.id], d, batches)) for s in d.streams if s.id in by_stream}


def _closure(inputs: float, outputs: float) -> float:
    """Unaccounted share of the input, in per cent."""
    return 100 * (inputs - outputs) / inputs


def test_textile_demo_water_and_boiler_balances_close(db: Any) -> None:
    demo.write_demo(db)
    d = _textile(db)
    flows = _flows(d)
    hand = demo.load("textile.json")["balance_check"]

    water = {Carrier(c) for c in WATER_CARRIERS} | {Carrier.STEAM}

    def m3(value: float, unit: str) -> float:  # steam and water: 1 t = 1 m³
        return units.convert(value, unit, "m³" if units.dimension_of(unit) == "volume" else "t")

    def water_closure(step: Any) -> float:
        ins = sum(
            m3(v, u)
            for s, v, u in flows.values()
            if s.carrier in water and s.target_step_id == step and s.source_step_id != step
        )
        outs = sum(m3(v, u) for s, v, u in flows.values() if s.carrier in water and s.source_step_id == step)
        if step is None:  # the plant boundary: what enters from and leaves to outside
            ins = sum(m3(v, u) for s, v, u in flows.values() if s.carrier in water and s.source_step_id is None)
            outs = sum(m3(v, u) for s, v, u in flows.values() if s.carrier in water and s.target_step_id is None)
        return _closure(ins, outs)

    plant = water_closure(None)
    assert 0 < plant < 5
    assert plant == pytest.approx(hand["water_m3_per_year"]["plant_closure_percent"], abs=0.01)
    wet_steps = {s.target_step_id for s, _v, _u in flows.values() if s.carrier in water and s.target_step_id}
    assert len(wet_steps) >= 8
    for step in wet_steps:
        assert 0 <= water_closure(step) < 5

    # Boiler: the step fired with anthracite, NCV from the assessment's own factor set.
    (coal,) = [(s, v, u) for s, v, u in flows.values() if s.carrier == Carrier.ANTHRACITE]
    boiler = coal[0].target_step_id
    assert d.factor_set is not None
    ncv = load_factor_set(d.factor_set).fuel("anthracite").ncv_gj_per_t
    assert ncv == 26.7
    fuel_gj = units.convert(coal[1], coal[2], "t") * ncv
    rise_gj_per_t = (STEAM_ENTHALPY_KJ_PER_KG - FEEDWATER_ENTHALPY_KJ_PER_KG) / 1000
    steam_gj = sum(
        units.convert(v, u, "t") * rise_gj_per_t
        for s, v, u in flows.values()
        if s.source_step_id == boiler and s.carrier == Carrier.STEAM
    )
    losses_gj = sum(
        units.convert(v, u, "GJ")
        for s, v, u in flows.values()
        if s.source_step_id == boiler and s.carrier == Carrier.HEAT
    )
    efficiency = 100 * steam_gj / fuel_gj
    assert 70 <= efficiency <= 75
    assert efficiency == pytest.approx(hand["boiler_energy_gj_per_year"]["efficiency_percent"], abs=0.01)
    energy = _closure(fuel_gj, steam_gj + losses_gj)
    assert 0 < energy < 5
    assert energy == pytest.approx(hand["boiler_energy_gj_per_year"]["closure_percent"], abs=0.01)

    # Electricity, which needs the per-batch reading of the dyeing machines.
    electric = [(s, units.convert(v, u, "MWh")) for s, v, u in flows.values() if s.carrier == Carrier.ELECTRICITY]
    grid = sum(q for s, q in electric if s.source_step_id is None)
    uses = sum(q for s, q in electric if s.source_step_id is not None)
    assert grid == 5040
    assert 0 < _closure(grid, uses) < 5


def test_second_write_is_refused_and_changes_nothing(db: Any) -> None:
    demo.write_demo(db)
    before = (list_programmes(db), list_companies(db), list_assessments(db), len(_all_options(db)))
    with pytest.raises(CpdeskError, match="already holds the demo data"):
        demo.write_demo(db)
    after = (list_programmes(db), list_companies(db), list_assessments(db), len(_all_options(db)))
    assert after == before
    assert before[3] == 750


def test_write_demo_is_one_transaction(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real_add_option = demo.add_option

    def failing_add_option(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 500:
            raise RuntimeError("disk full (simulated)")
        return real_add_option(*args, **kwargs)

    monkeypatch.setattr(demo, "add_option", failing_add_option)
    with pytest.raises(RuntimeError, match="simulated"):
        demo.write_demo(db)
    assert calls == 500  # it failed midway, well into the reconstructed programmes
    assert list_programmes(db) == []
    assert list_companies(db) == []
    assert list_assessments(db) == []

    # Nothing half-written stands in the way: the demo can then be written whole.
    monkeypatch.undo()
    assert demo.write_demo(db).options == 750
