"""Comparison of trainees' results with the reference, checked by hand."""

from __future__ import annotations

import pytest

from cpdesk.core.comparison import (
    ALL_OPTIONS,
    ANNUAL_SAVINGS,
    CLOSURE,
    ECONOMICS,
    FLOW,
    INVESTMENT,
    NPV,
    OPTIONS,
    PAYBACK,
    TASKS,
    Flow,
    ResultFigures,
    Tolerances,
    compare,
    difference,
    plant_totals,
    stream_key,
)

REFERENCE = ResultFigures(
    "Reference",
    closures={("water", ""): 5.0, ("energy", ""): -1.0, ("water", "Dyeing"): 12.0},
    flows={
        ("water", "s1"): Flow("Fresh water", "m³", 1000.0),
        ("water", "s2"): Flow("Wastewater", "m³", 800.0),
        ("energy", "s3"): Flow("Coal", "GJ", 500.0),
    },
    options={"good_housekeeping": 3, "process_control": 1},
    economics={INVESTMENT: 100_000.0, ANNUAL_SAVINGS: 50_000.0, PAYBACK: 2.0, NPV: 80_000.0},
    tasks={5: True, 8: True},
    currency="USD",
)

# Trainee A: close to the reference everywhere but one flow, found the same categories.
A = ResultFigures(
    "An",
    closures={("water", ""): 6.5, ("energy", ""): 1.5, ("water", "Dyeing"): 12.0},
    flows={
        ("water", "s1"): Flow("Fresh water", "m³", 1090.0),
        ("water", "s2"): Flow("Wastewater", "m³", 700.0),
        ("energy", "s3"): Flow("Coal", "GJ", 500.0),
    },
    options={"good_housekeeping": 2, "process_control": 1},
    economics={INVESTMENT: 110_000.0, ANNUAL_SAVINGS: 45_000.0, PAYBACK: 2.444, NPV: 70_000.0},
    tasks={5: True, 8: True},
)

# Trainee B: missed the coal, found no process-control option, found a new category.
B = ResultFigures(
    "Binh",
    closures={("water", ""): 9.0, ("energy", ""): None},
    flows={
        ("water", "s1"): Flow("Fresh water", "m³", 1000.0),
        ("water", "s2"): Flow("Wastewater", "m³", 800.0),
        ("energy", "s3"): Flow("Coal", "GJ", None),
        ("water", "|dyeing|rinse water"): Flow("Rinse water", "m³", 50.0),
    },
    options={"good_housekeeping": 3, "onsite_recovery": 2},
    economics={INVESTMENT: 60_000.0, ANNUAL_SAVINGS: 50_000.0, PAYBACK: None, NPV: 0.0},
    tasks={5: True, 8: False},
)


def _row(comparison, section, key):  # type: ignore[no-untyped-def]
    return next(m for m in comparison.section(section) if m.key == key)


def test_closures_differ_past_two_points() -> None:
    """Water: A 6.5 - 5.0 = +1.5 points (within 2), B 9.0 - 5.0 = +4.0 (differs);
    energy: A 1.5 - (-1.0) = +2.5 points (differs), B has no energy inputs (missing)."""
    c = compare(REFERENCE, [A, B])
    water = _row(c, CLOSURE, ("water", ""))
    assert water.reference == 5.0
    assert water.trainees[0].absolute == pytest.approx(1.5)
    assert water.trainees[0].relative == pytest.approx(0.3)  # 1.5 / 5
    assert not water.trainees[0].differs
    assert water.trainees[1].absolute == pytest.approx(4.0)
    assert water.trainees[1].differs
    assert water.trainees[1].reason == "tolerance"
    energy = _row(c, CLOSURE, ("energy", ""))
    assert energy.trainees[0].absolute == pytest.approx(2.5)
    assert energy.trainees[0].relative == pytest.approx(2.5)  # 2.5 / |-1.0|
    assert energy.trainees[0].differs
    assert energy.trainees[1].value is None
    assert energy.trainees[1].reason == "missing"
    dyeing = _row(c, CLOSURE, ("water", "Dyeing"))
    assert dyeing.label == "water: Dyeing"
    assert not dyeing.trainees[0].differs
    assert dyeing.trainees[1].reason == "missing"  # B drew no balance of the dyeing step


def test_flows_differ_past_ten_percent_and_unmatched_streams_are_extra() -> None:
    """Fresh water: A 1090 vs 1000 = +9 % (within 10 %); wastewater: A 700 vs 800 = -12.5 %
    (differs); coal: B left it unmeasured (missing); B's rinse water has no reference (extra)."""
    c = compare(REFERENCE, [A, B])
    fresh = _row(c, FLOW, ("water", "s1"))
    assert fresh.unit == "m³"
    assert fresh.label == "water: Fresh water"
    assert fresh.trainees[0].absolute == pytest.approx(90.0)
    assert fresh.trainees[0].relative == pytest.approx(0.09)
    assert not fresh.trainees[0].differs
    waste = _row(c, FLOW, ("water", "s2"))
    assert waste.trainees[0].relative == pytest.approx(-0.125)
    assert waste.trainees[0].differs
    assert not waste.trainees[1].differs
    coal = _row(c, FLOW, ("energy", "s3"))
    assert coal.trainees[1].differs
    assert coal.trainees[1].reason == "missing"
    rinse = _row(c, FLOW, ("water", "|dyeing|rinse water"))
    assert rinse.reference is None
    assert rinse.trainees[0].value is None  # neither has it
    assert not rinse.trainees[0].differs
    assert rinse.trainees[1].reason == "extra"
    assert rinse.trainees[1].value == 50.0
    # the reference's order first, then the trainees' own streams
    assert [m.key for m in c.section(FLOW)][-1] == ("water", "|dyeing|rinse water")


def test_options_by_category_flag_missing_categories_only() -> None:
    """Reference: 3 housekeeping, 1 process control. A: 2 and 1 (fewer, not missing).
    B: 3 housekeeping, 0 process control (missing), 2 on-site recovery (extra, not flagged)."""
    c = compare(REFERENCE, [A, B])
    housekeeping = _row(c, OPTIONS, ("good_housekeeping",))
    assert housekeeping.trainees[0].absolute == -1.0
    assert housekeeping.trainees[0].relative == pytest.approx(-1 / 3)
    assert not housekeeping.differs
    control = _row(c, OPTIONS, ("process_control",))
    assert not control.trainees[0].differs
    assert control.trainees[1].differs
    assert control.trainees[1].reason == "missing"
    recovery = _row(c, OPTIONS, ("onsite_recovery",))
    assert recovery.reference == 0.0
    assert recovery.trainees[1].value == 2.0
    assert not recovery.differs
    total = _row(c, OPTIONS, (ALL_OPTIONS,))
    assert (total.reference, total.trainees[0].value, total.trainees[1].value) == (4.0, 3.0, 5.0)
    assert c.missing_categories == ((), ("process_control",))


def test_economics_differ_past_twenty_percent() -> None:
    """Investment A 110 000 vs 100 000 = +10 %; B 60 000 = -40 % (differs). NPV A 70 000 vs
    80 000 = -12.5 %; B 0 = -100 % (differs). Payback A 2.444 vs 2.0 = +22.2 % (differs); B's is
    undefined (missing)."""
    c = compare(REFERENCE, [A, B])
    investment = _row(c, ECONOMICS, (INVESTMENT,))
    assert investment.unit == "USD"
    assert investment.trainees[0].relative == pytest.approx(0.10)
    assert not investment.trainees[0].differs
    assert investment.trainees[1].relative == pytest.approx(-0.40)
    assert investment.trainees[1].differs
    npv = _row(c, ECONOMICS, (NPV,))
    assert npv.trainees[0].absolute == pytest.approx(-10_000.0)
    assert not npv.trainees[0].differs
    assert npv.trainees[1].relative == pytest.approx(-1.0)
    assert npv.trainees[1].differs
    payback = _row(c, ECONOMICS, (PAYBACK,))
    assert payback.unit == "years"
    assert payback.trainees[0].relative == pytest.approx(0.222)  # 0.444 / 2 = 22.2 % > 20 %
    assert payback.trainees[0].differs is True
    assert payback.trainees[1].reason == "missing"


def test_required_tasks_done_and_counts_of_differences() -> None:
    c = compare(REFERENCE, [A, B])
    tasks = _row(c, TASKS, ("done",))
    assert tasks.unit == "of 2"
    assert (tasks.trainees[0].value, tasks.trainees[0].differs) == (2.0, False)
    assert (tasks.trainees[1].value, tasks.trainees[1].differs) == (1.0, True)
    # A: energy closure, wastewater flow, payback = 3 rows. B: water and energy closures, dyeing
    # closure, coal, rinse water, process control, investment, payback, NPV, tasks = 10.
    assert c.differences_of(0) == 3
    assert c.differences_of(1) == 10
    assert c.trainees == ("An", "Binh")


def test_tolerances_can_be_tightened_and_must_be_sane() -> None:
    tight = compare(REFERENCE, [A], Tolerances(closure_points=1.0, flow_relative=0.05, economics_relative=0.05))
    assert _row(tight, CLOSURE, ("water", "")).trainees[0].differs  # 1.5 > 1
    assert _row(tight, FLOW, ("water", "s1")).trainees[0].differs  # 9 % > 5 %
    assert _row(tight, ECONOMICS, (INVESTMENT,)).trainees[0].differs  # 10 % > 5 %
    with pytest.raises(ValueError, match="flow_relative"):
        Tolerances(flow_relative=-0.1)


def test_difference_edges() -> None:
    """Exactly at the tolerance does not differ; a zero reference has no relative difference."""
    assert not difference(100.0, 110.0, relative_tolerance=0.10).differs
    assert difference(100.0, 110.01, relative_tolerance=0.10).differs
    assert not difference(5.0, 7.0, absolute_tolerance=2.0).differs
    zero = difference(0.0, 3.0, relative_tolerance=0.10)
    assert zero.relative is None
    assert zero.absolute == 3.0
    assert zero.differs
    assert not difference(0.0, 0.0, relative_tolerance=0.10).differs
    assert not difference(None, None, relative_tolerance=0.1).differs


def test_plant_totals_by_hand() -> None:
    """Two options: investment 10 000 + 30 000 = 40 000; savings 6 000 + 12 000 = 18 000,
    extra costs 0 + 2 000, net 16 000; payback 40 000 / 16 000 = 2.5 years; NPV 1 000 + 2 500."""
    totals = plant_totals([(10_000, 6_000, 0), (30_000, 12_000, 2_000)], [1_000, 2_500])
    assert totals == {INVESTMENT: 40_000, ANNUAL_SAVINGS: 18_000, PAYBACK: 2.5, NPV: 3_500}
    assert plant_totals([(5_000, 1_000, 1_000)], [-5_000])[PAYBACK] is None
    assert plant_totals([], [])[PAYBACK] is None


def test_stream_key_ignores_case_and_blanks() -> None:
    assert stream_key("Dyeing ", None, "Rinse  Water") == stream_key("dyeing", "", "rinse water")
    assert stream_key("Dyeing", None, "Rinse water") != stream_key(None, "Dyeing", "Rinse water")
