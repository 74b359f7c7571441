"""Period readings made from a logger series: summed into days or averaged, a day the logger
covered too little of left out, one undo for all."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from cpdesk.core.errors import ValidationError
from cpdesk.services import editing, loggers
from cpdesk.services.assessment import assessments, period_series, periods
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.loggers import ChannelMapping


@pytest.fixture
def series(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)
    # a pump logged every 15 minutes from 1 March 2024 00:00 (+07:00) to 3 March 12:00: 40 kW
    # on the 1st, 30 kW on the 2nd, and half of the 3rd
    lines = ["Thời gian;Công suất (kW)"]
    start = datetime(2024, 3, 1)
    for k in range(4 * 60):
        moment = start + timedelta(minutes=15 * k)
        kw = 40 if moment.day == 1 else 30
        lines.append(f"{moment:%Y-%m-%d %H:%M:%S};{kw}")
    data = ("\n".join(lines) + "\n").encode()
    row = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW")]).series[0]
    return a, row


def test_a_power_series_summed_into_days(db, series) -> None:
    a, row = series
    made = period_series.periods_from_series(
        db, row.id, variable="electricity", first_day=date(2024, 3, 1), last_day=date(2024, 3, 3)
    )
    # the 1st: readings 00:00 to 23:45 at 40 kW, and the step to the 2nd's first reading (its
    # midnight) at 30 kW: the trapezoids over 24 h give 23.75 × 40 + 0.25 × (40 + 30) / 2 =
    # 958.75 kWh; the 2nd: 24 h at 30 kW = 720 kWh; the 3rd (logged until 11:45) is left out
    stored = [(r.period_start, r.value, r.unit) for r in made.stored]
    assert stored == [(date(2024, 3, 1), pytest.approx(958.75), "kWh"), (date(2024, 3, 2), pytest.approx(720.0), "kWh")]
    assert [(first, last) for first, last, _ in made.left_out] == [(date(2024, 3, 3), date(2024, 3, 3))]
    assert made.left_out[0][2] == pytest.approx(11.75 / 24, abs=0.02)
    assert len(periods.list_periods(db, a.id)) == 2
    editing.apply_all(db, made.undo)
    assert periods.list_periods(db, a.id) == ()


def test_a_mean_and_the_refusals(db, series) -> None:
    a, row = series
    made = period_series.periods_from_series(
        db, row.id, variable="pump load", first_day=date(2024, 3, 1), last_day=date(2024, 3, 2), statistic="mean",
        grain="week",
    )  # fmt: skip
    # one 2-day period (the week cut to the range): 96 readings at 40 kW and 96 at 30
    assert [(r.period_start, r.period_end, r.value, r.unit) for r in made.stored] == [
        (date(2024, 3, 1), date(2024, 3, 2), pytest.approx(35.0), "kW")
    ]
    with pytest.raises(ValidationError) as grain:
        period_series.periods_from_series(
            db, row.id, variable="x", first_day=date(2024, 3, 1), last_day=date(2024, 3, 2), grain="year"
        )
    assert grain.value.message.code == "mv.bad_grain"
    assert period_series.spans(date(2024, 1, 30), date(2024, 3, 2), "month") == [
        (date(2024, 1, 30), date(2024, 1, 31)),
        (date(2024, 2, 1), date(2024, 2, 29)),
        (date(2024, 3, 1), date(2024, 3, 2)),
    ]


def test_cooling_degree_days_from_a_temperature_series(db, series) -> None:
    a, power = series
    # the hall's air every hour: 28 °C all of 1 March, 20 °C then 30 °C (12 h each) on the 2nd
    lines = ["Thời gian;Nhiệt độ (°C)"]
    for k in range(49):
        moment = datetime(2024, 3, 1) + timedelta(hours=k)
        lines.append(f"{moment:%Y-%m-%d %H:%M:%S};{28 if k < 24 else 20 if k < 36 else 30}")
    data = ("\n".join(lines) + "\n").encode()
    hall = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "°C")]).series[0]
    made = period_series.periods_from_series(
        db, hall.id, variable="cdd", first_day=date(2024, 3, 1), last_day=date(2024, 3, 2), grain="week",
        statistic="cdd",
    )  # fmt: skip
    # day means 28 and 25 °C; above 18.3 °C: 9.7 + 6.7 = 16.4 degree-days
    assert [(r.value, r.unit) for r in made.stored] == [(pytest.approx(16.4), "°C·d")]
    with pytest.raises(ValidationError) as not_a_temperature:
        period_series.periods_from_series(
            db, power.id, variable="cdd2", first_day=date(2024, 3, 1), last_day=date(2024, 3, 1), statistic="cdd"
        )
    assert not_a_temperature.value.message.code == "mv.not_a_temperature"
