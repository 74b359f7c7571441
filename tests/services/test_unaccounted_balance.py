"""The unaccounted share of a balance is flagged past its threshold, whatever the chi-square
test of the reconciliation says; the demo plant's energy leaves by streams it records.

The reconciliation's test sees only the steps it holds to their balance (in the energy
balance: the boiler, the steam network, the substation and the steps driven by electricity
alone). Before the demo recorded the heat its steam users, motors and treatment basins give
to the air, the test passed while 76 % of the plant's energy was unaccounted (143 602 GJ in,
34 294 GJ out): the demo data lacked the streams a real dye-house has, and the rule judged
only what the test sees. Both are fixed.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from cpdesk.services.assessment import assessments, balances, guidance
from cpdesk.services.demo import data_set as demo
from cpdesk.store.models import Measurement, Stream

WASHING = "Giặt, xả"
COMPRESSOR = "Máy nén khí"
WASHING_HEAT = "Nhiệt toả ra ở máy giặt (hơi bốc, nước xả nóng)"


def _textile(db: Any) -> str:
    return str(next(a.id for a in assessments.list_assessments(db) if a.origin.value == "demo"))


def test_the_demo_plants_energy_balance_leaves_9_per_cent_unaccounted(demo_db: Any) -> None:
    # By hand, GJ a year (7 200 h, 12 months; 1 kW all year = 7 200 × 3.6 MJ = 25.92 GJ):
    # in:  anthracite 370 t × 12 × 26.7 GJ/t = 118 548; EVN 420 MWh × 12 × 3.6 = 18 144;
    #      diesel 1 800 L × 12 = 21 600 L = 780.2; LPG 18 kg/h × 7 200 h = 129.6 t × 47.3 = 6 130.1
    #      -> 143 602.3
    # out: boiler losses (830 + 95 + 25) kW × 25.92 + 330 GJ × 12 = 24 624 + 3 960 = 28 584;
    #      steam leaks 0.25 t/h × 7 200 h × 2.668 GJ/t = 4 802.7; lighting 35 kW × 25.92 = 907.2;
    #      heat to the air (43 + 330 + 810 + 400 + 470 + 58 + 1 630) kW × 25.92 = 96 966.7
    #      -> 131 260.6
    # unaccounted 12 341.7 GJ = 8.59 % of the inputs (76.1 % before the heat to the air), of
    # which 1 944 GJ is the air compressor's electricity (75 kW), left without an output.
    textile = _textile(demo_db)
    report = balances.assessment_balance(demo_db, textile, "energy", reconcile=True)
    plant = report.measured.plant
    assert plant.total_in == pytest.approx(143_602.3, abs=0.1)
    assert plant.total_out == pytest.approx(131_260.6, abs=0.1)
    assert plant.closure_pct == pytest.approx(8.59, abs=0.01)
    hand = demo.load("textile.json")["balance_check"]["plant_energy_gj_per_year"]
    assert plant.closure_pct == pytest.approx(hand["unaccounted_percent"], abs=0.01)
    assert report.reconciliation is not None and report.reconciliation.result.global_test.passed
    # Every step but the compressor keeps below the 10 % threshold; the compressor, with no
    # output, is flagged at 100 % (and, in task 4, as a step with no outputs).
    over = {n.name: n.closure_pct for n in report.measured.nodes if (n.closure_pct or 0) >= 10}
    assert over == {COMPRESSOR: pytest.approx(100.0)}
    closures = [f for f in guidance.findings(demo_db, textile) if f.code == "balance_not_closed"]
    assert [(f.subject.name if f.subject else None, f.params["balance"]) for f in closures] == [(COMPRESSOR, "energy")]


def test_a_step_with_15_per_cent_unaccounted_is_flagged_while_the_test_passes(demo_db: Any) -> None:
    # Washing: steam 0.5 t/h × 7 200 h × 2.668 GJ/t = 9 605.4 GJ and 40 kW × 25.92 = 1 036.8 GJ
    # in, 10 642.2 GJ; heat to the air estimated at 349 kW instead of 400: 349 × 25.92 =
    # 9 046.1 GJ out; (10 642.2 − 9 046.1) / 10 642.2 = 15.0 % unaccounted, past 10 %.
    textile = _textile(demo_db)
    with demo_db.sessions.begin() as session:
        m = session.execute(select(Measurement).join(Stream).where(Stream.name == WASHING_HEAT)).scalar_one()
        m.value = 349.0
    report = balances.assessment_balance(demo_db, textile, "energy", reconcile=True)
    assert report.reconciliation is not None and report.reconciliation.result.global_test.passed
    closures = [f for f in guidance.findings(demo_db, textile) if f.code == "balance_not_closed"]
    (washing,) = [f for f in closures if f.subject is not None and f.subject.name != COMPRESSOR]
    assert washing.subject is not None and washing.subject.name == WASHING
    assert washing.params["balance"] == "energy"
    assert washing.params["closure"] == pytest.approx(15.0, abs=0.05)
    assert washing.params["tolerance"] == 10.0
    assert washing.message("vi").startswith(
        f"Cân bằng năng lượng của {WASHING} chênh lệch 15,0 % lượng vào (ngưỡng 10,0 %)"
    )
    assert washing.message("en").startswith(
        f"The energy balance of {WASHING} leaves 15.0 % of the inputs unaccounted (threshold 10.0 %)"
    )
    guidance.set_closure_tolerance(demo_db, "energy", 15.5)  # the user's threshold counts
    closures = [f for f in guidance.findings(demo_db, textile) if f.code == "balance_not_closed"]
    assert [f.subject.name for f in closures if f.subject] == [COMPRESSOR]
