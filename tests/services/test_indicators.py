"""The centre's own indicators through the services: table 4 from the demo, values, trend, edits."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cpdesk.core.errors import ValidationError
from cpdesk.core.training import IndicatorStatus
from cpdesk.core.training_vocabulary import IndicatorScope, Normaliser
from cpdesk.services import editing
from cpdesk.services.editing import Delete, Update
from cpdesk.services.training import courses as training
from cpdesk.services.training import indicators

Q = ((1, 1, 3, 31), (4, 1, 6, 30), (7, 1, 9, 30), (10, 1, 12, 31))


def test_table_4_from_the_demo(demo_db: Any) -> None:
    table = indicators.list_indicators(demo_db)
    assert table.year == 2004
    seen = [(r.scope, r.name, r.value, r.target, r.status) for r in table.rows]
    assert seen == [
        (IndicatorScope.OFFICE, "Paper", 1.6, 1.48, IndicatorStatus.NOT_MET),
        (IndicatorScope.OFFICE, "Electricity", 86.2, 93.7, IndicatorStatus.MET),
        (IndicatorScope.OFFICE, "CO₂ from travel", 0.32, 0.36, IndicatorStatus.MET),
        (IndicatorScope.OFFICE, "Waste paper sold", 0.03, 0.64, IndicatorStatus.DROPPED),
        (IndicatorScope.TRAINING, "Paper", 0.18, 0.18, IndicatorStatus.MET),
        (IndicatorScope.TRAINING, "CO₂ from trainees' travel", 6.75, 6.3, IndicatorStatus.NOT_MET),
    ]
    paper = table.rows[0]
    assert paper.deviation == pytest.approx(0.12 / 1.48)
    assert paper.normaliser == Normaliser.USEFUL_PERSON_MONTHS
    assert paper.note == "vượt: chuẩn bị dự án mới"  # the tests' demo is written in Vietnamese
    assert len(paper.trend) == 1
    assert not table.rows[3].active
    assert table.rows[3].note == "bỏ chỉ số này"
    assert indicators.list_indicators(demo_db, 2003).rows[0].value is None


def _paper(db: Any, **kw: Any) -> indicators.IndicatorRow:
    fields = {"name": "Paper", "unit": "kg", "normaliser": "useful_person_months", "target": 1.48}
    return indicators.create_indicator(db, **{**fields, **kw})


def test_quarterly_raw_values_make_the_trend_and_the_year(db: Any) -> None:
    paper = _paper(db)
    # kg of paper and useful person-months per quarter; the year is 267,2 kg / 167 = 1,6
    for (m0, d0, m1, d1), kg, months in zip(Q, (60.0, 70.0, 66.0, 71.2), (40.0, 42.0, 43.0, 42.0), strict=True):
        indicators.record_value(
            db,
            paper.id,
            period_start=date(2004, m0, d0),
            period_end=date(2004, m1, d1),
            actual=kg,
            normaliser_amount=months,
        )
    row = indicators.list_indicators(db, 2004).rows[0]
    assert row.value == pytest.approx(1.6)
    assert row.status == IndicatorStatus.NOT_MET
    assert [round(p.value, 4) for p in row.trend] == [1.5, 1.6667, 1.5349, 1.6952]
    assert [p.status for p in row.trend] == [IndicatorStatus.NOT_MET] * 4
    values = indicators.list_values(db, paper.id)
    assert [(v.actual, v.normaliser_amount) for v in values][0] == (60.0, 40.0)
    with pytest.raises(ValidationError, match="already has a value"):
        indicators.record_value(db, paper.id, period_start=date(2004, 1, 1), period_end=date(2004, 3, 31), actual=1.0)


def test_training_person_days_can_come_from_the_records(db: Any) -> None:
    course = training.create_course(db, kind="on_demand_course", title="Theo yêu cầu")
    training.add_session(db, course.id, held_on=date(2004, 5, 3), days=2.0, participant_count=25)  # 50 person-days
    training.add_session(db, course.id, held_on=date(2004, 8, 2), days=1.0, participant_count=40)  # next quarter
    sheet = indicators.create_indicator(
        db,
        scope="training",
        name="Paper",
        unit="kg",
        normaliser="training_person_days",
        target=0.18,
    )
    value = indicators.record_value(
        db, sheet.id, period_start=date(2004, 4, 1), period_end=date(2004, 6, 30), actual=9.0, amount_from_records=True
    )
    assert value.normaliser_amount == 50.0
    assert value.value == pytest.approx(0.18)
    assert value.status == IndicatorStatus.MET
    with pytest.raises(ValidationError, match="no training person-days"):
        indicators.record_value(
            db,
            sheet.id,
            period_start=date(2004, 1, 1),
            period_end=date(2004, 3, 31),
            actual=1.0,
            amount_from_records=True,
        )
    paper = _paper(db)
    with pytest.raises(ValidationError, match="only training person-days"):
        indicators.record_value(
            db,
            paper.id,
            period_start=date(2004, 1, 1),
            period_end=date(2004, 3, 31),
            actual=1.0,
            amount_from_records=True,
        )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"normaliser": "per_tonne"}, "normaliser"),
        ({"target": -1.0}, "at least 0"),
        ({"name": ""}, "must not be empty"),
        ({"lower_is_better": "yes"}, "true or false"),
    ],
)
def test_bad_indicators_are_refused(db: Any, fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _paper(db, **fields)
    assert indicators.list_indicators(db).rows == ()


def test_bad_values_are_refused(db: Any) -> None:
    paper = _paper(db)
    plain = indicators.create_indicator(db, name="Water", unit="m³")
    cases = [
        (
            paper.id,
            {"period_start": date(2004, 4, 1), "period_end": date(2004, 3, 1), "actual": 1.0},
            "before the period",
        ),
        (paper.id, {"period_start": date(2004, 1, 1), "period_end": date(2004, 3, 31), "actual": -2.0}, "at least 0"),
        (
            paper.id,
            {"period_start": date(2004, 1, 1), "period_end": date(2004, 3, 31), "actual": 2.0, "normaliser_amount": 0},
            "greater than zero",
        ),
        (
            plain.id,
            {"period_start": date(2004, 1, 1), "period_end": date(2004, 3, 31), "actual": 2.0, "normaliser_amount": 3},
            "not normalised",
        ),
    ]
    for indicator_id, fields, message in cases:
        with pytest.raises(ValidationError, match=message):
            indicators.record_value(db, indicator_id, **fields)
    assert indicators.list_values(db, paper.id) == []
    assert indicators.list_values(db, plain.id) == []


def test_dropping_an_indicator_keeps_its_history(db: Any) -> None:
    paper = _paper(db)
    indicators.record_value(db, paper.id, period_start=date(2004, 1, 1), period_end=date(2004, 12, 31), actual=1.2)
    assert indicators.list_indicators(db).rows[0].status == IndicatorStatus.MET
    undo = editing.apply(db, Update("indicator", paper.id, {"active": False, "note": "no longer monitored"}))
    row = indicators.list_indicators(db).rows[0]
    assert row.status == IndicatorStatus.DROPPED
    assert row.value == 1.2
    assert row.note == "no longer monitored"
    editing.apply(db, undo)
    assert indicators.list_indicators(db).rows[0].status == IndicatorStatus.MET
    with pytest.raises(ValidationError, match="drop it instead"):
        editing.apply(db, Delete("indicator", paper.id))
    value = indicators.list_values(db, paper.id)[0]
    editing.apply(db, Update("indicator_value", value.id, {"actual": 1.7}))
    assert indicators.list_indicators(db).rows[0].status == IndicatorStatus.NOT_MET
    editing.apply(db, Delete("indicator_value", value.id))
    editing.apply(db, Delete("indicator", paper.id))
    assert indicators.list_indicators(db).rows == ()
