# ruff: noqa: F811  (the plant fixture is imported from test_loggers by name)
"""Logger imports of hostile and damaged files: what is stored with a series stays small and
finite whatever the file held, and a channel of NaN/inf says so."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import numpy as np
import pytest
from sqlalchemy import select

from cpdesk.services import loggers
from cpdesk.services.loggers import ChannelMapping, LoggerImportError
from cpdesk.services.loggers.limits import MAX_REPORT_BYTES
from cpdesk.services.uow import unit_of_work
from cpdesk.store.models import Series
from tests.core.test_logger_read import START
from tests.services.test_loggers import plant  # noqa: F401

HEADER = "Thời gian;Công suất (kW);Lưu lượng (m3/h)"


def log_with(rows: int, power: Callable[[int], str], flow: Callable[[int], str]) -> bytes:
    lines = [HEADER]
    for k in range(rows):
        moment = START + timedelta(minutes=k)
        lines.append(f"{moment:%Y-%m-%d %H:%M:%S};{power(k)};{flow(k)}")
    return ("\n".join(lines) + "\n").encode()


def stored_reports(db) -> list[str]:
    with db.reading() as session:
        return list(session.execute(select(Series.import_report)).scalars())


def test_the_stored_report_stays_small_whatever_the_unreadable_cells_hold(db, plant) -> None:
    a, power, _ = plant
    # 3 000 rows whose reading is 20 000 characters of text, among 2 000 good ones.
    data = log_with(5000, lambda k: f"{k},5" if k % 5 < 2 else "X" * 20_000, lambda k: "1,5")
    settings = loggers.detect(data)
    result = loggers.import_series(
        db, a.id, data, settings, [ChannelMapping("Công suất (kW)", "kW", power.id)], on_bad_rows="skip"
    )
    assert result.series[0].point_count == 2000
    assert result.report.bad_cell_count == 3000
    (text,) = stored_reports(db)
    assert len(text.encode()) <= MAX_REPORT_BYTES
    report = json.loads(text)
    assert report["bad_cell_count"] == 3000
    assert len(report["bad_cells"]) == 21
    assert report["bad_cells"][-1] == "and 2 980 more"
    first = report["bad_cells"][0]
    assert first.startswith("line 4, column 'Công suất (kW)': 'XXXX")
    assert "(20 000 characters)" in first
    assert max(len(cell) for cell in report["bad_cells"]) < 250


def test_many_long_column_names_do_not_swell_the_report(db, plant) -> None:
    a, power, _ = plant
    names = [f"{'Kênh đo ' * 20}{i}" for i in range(3000)]  # 3 000 columns of 160-character names
    lines = ["Thời gian;Công suất (kW);" + ";".join(names)]
    lines += [f"{START + timedelta(minutes=k):%Y-%m-%d %H:%M:%S};{k},5;" + ";".join(["1"] * 3000) for k in range(20)]
    data = ("\n".join(lines) + "\n").encode()
    settings = loggers.detect(data)
    assert max(len(c) for c in settings.columns) <= 81
    loggers.import_series(db, a.id, data, settings, [ChannelMapping(1, "kW", power.id), ChannelMapping(2, "kW")])
    for text in stored_reports(db):
        assert len(text.encode()) <= MAX_REPORT_BYTES
        assert json.loads(text)["settings"]["columns"][-1] == "and 2 952 more"
    with db.reading() as session:
        assert max(len(c) for c in session.execute(select(Series.channel)).scalars()) <= 81


def test_nan_and_inf_readings_are_gaps_counted_in_the_report(db, plant) -> None:
    a, power, water = plant
    markers = ["nan", "inf", "1e400", "#VALUE!", "-1.#IND"]
    data = log_with(100, lambda k: markers[k % 5] if k % 4 == 0 else f"{k},5", lambda k: f"{k % 7},25")
    settings = loggers.detect(data)
    assert any("Công suất (kW)" in note and "NaN" in note for note in map(str, settings.notes))
    result = loggers.import_series(
        db, a.id, data, settings, [ChannelMapping(1, "kW", power.id), ChannelMapping(2, "m3/h", water.id)]
    )
    assert result.report.non_finite == {1: 25, 2: 0}
    assert result.report.bad_cell_count == 0
    kw = loggers.read_series(db, result.series[0].id)
    assert len(kw.values) == 75
    assert np.isfinite(kw.values).all()
    assert sorted(json.loads(t)["non_finite"] for t in stored_reports(db)) == [0, 25]


def test_a_channel_of_nothing_but_nan_is_refused_by_name(db, plant) -> None:
    a, power, water = plant
    data = log_with(30, lambda k: f"{k},5", lambda k: "#VALUE!" if k % 2 else "NaN")
    settings = loggers.detect(data)
    with pytest.raises(LoggerImportError) as caught:
        loggers.import_series(
            db, a.id, data, settings, [ChannelMapping(1, "kW", power.id), ChannelMapping(2, "m3/h", water.id)]
        )
    assert str(caught.value) == (
        "column 'Lưu lượng (m3/h)' holds no finite reading: 30 of its values are NaN, infinity or an error value "
        "(#VALUE!, 1e400, -1.#IND)"
    )
    assert stored_reports(db) == []


def test_a_series_never_stores_nan_or_infinity(db, plant) -> None:
    a, power, _ = plant
    data = log_with(10, lambda k: f"{k},5", lambda k: "1")
    settings = loggers.detect(data)
    result = loggers.import_series(db, a.id, data, settings, [ChannelMapping(1, "kW", power.id)])
    with unit_of_work(db) as session:
        with pytest.raises(ValueError, match="finite readings only"):
            loggers.storage.write_readings(
                session, result.series[0].id, np.array([1, 2], dtype=np.int64), np.array([1.0, np.inf])
            )
