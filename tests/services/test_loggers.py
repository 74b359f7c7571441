"""Logger services: import all or nothing, exact round trip, figures saved as measurements."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError
from cpdesk.core.loggers.stats import range_stats
from cpdesk.core.loggers.times import parse_time_zone
from cpdesk.services import loggers
from cpdesk.services.assessment import assessments, flow
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.loggers import ChannelMapping, ImportCancelledError, LoggerImportError, storage
from cpdesk.store.models import Measurement, MeasurementSource, Series, SeriesChunk
from tests.core.test_logger_read import START, ns, vietnamese_excel_csv


@pytest.fixture
def plant(db):
    """An assessment with an electricity and a water stream."""
    company = catalogue.create_company(db, name="Dệt nhuộm Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Đánh giá SXSH 2024", exchange_rate=25_000)
    step = flow.add_process_step(db, a.id, name="Nhuộm")
    power = flow.add_stream(
        db, a.id, name="Điện máy nhuộm", kind="energy", carrier="electricity", target_step_id=step.id
    )
    water = flow.add_stream(db, a.id, name="Nước cấp", kind="water", carrier="water", target_step_id=step.id)
    return a, power, water


def count(db, model) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def minute_log(rows: int, seed: int = 1) -> tuple[bytes, np.ndarray, np.ndarray]:
    """A power and flow logger's minute readings, written with decimal commas."""
    rng = np.random.default_rng(seed)
    power = rng.uniform(50, 400, rows).round(3)
    flow_m3h = rng.uniform(0, 20, rows).round(2)
    lines = ["Thời gian;Công suất (kW);Lưu lượng (m3/h)"]
    for k in range(rows):
        moment = START + timedelta(minutes=k)
        lines.append(f"{moment:%Y-%m-%d %H:%M:%S};{power[k]:.3f};{flow_m3h[k]:.2f}".replace(".", ","))
    return ("\n".join(lines) + "\n").encode(), power, flow_m3h


def test_import_stores_each_channel_exactly(db, plant) -> None:
    a, power, water = plant
    data, kw, m3h = minute_log(3000)
    s = loggers.detect(data)
    result = loggers.import_series(
        db,
        a.id,
        data,
        s,
        [ChannelMapping("Công suất (kW)", "kW", power.name), ChannelMapping("3", "m3/h", str(water.id))],
        source_name="may-nhuom.csv",
    )
    assert [(r.name, r.unit, r.stream, r.point_count) for r in result.series] == [
        ("Công suất (kW)", "kW", power.name, 3000),
        ("Lưu lượng (m3/h)", "m³/h", water.name, 3000),
    ]
    first = result.series[0]
    assert first.first_at == datetime.fromtimestamp(ns(START) / 1e9, first.first_at.tzinfo)
    assert (first.interval_s, first.time_zone, first.source_file) == (60.0, "+07:00", "may-nhuom.csv")
    stored = loggers.read_series(db, first.id)
    assert stored.values.tobytes() == kw.tobytes()  # bit for bit
    assert stored.times.tolist() == [ns(START + timedelta(minutes=k)) for k in range(3000)]
    assert loggers.read_series(db, result.series[1].id).values.tolist() == m3h.tolist()
    with db.reading() as session:
        series = session.get(Series, first.id)
        report = json.loads(series.import_report)
        assert series.version == 1
        assert series.device_id == db.device_id
        assert report["settings"]["decimal"] == ","
        assert report["rows"] == 3000


def test_chunks_span_the_series_and_ranges_read_only_what_they_need(db, plant, monkeypatch) -> None:
    monkeypatch.setattr(storage, "CHUNK_POINTS", 1000)
    a, power, _ = plant
    data, kw, _ = minute_log(3500)
    row = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW")]).series[0]
    with db.reading() as session:
        chunks = session.execute(
            select(SeriesChunk.chunk_no, SeriesChunk.count, SeriesChunk.t0, SeriesChunk.t1, SeriesChunk.device_id)
            .where(SeriesChunk.series_id == row.id)
            .order_by(SeriesChunk.chunk_no)
        ).all()
        assert [c.count for c in chunks] == [1000, 1000, 1000, 500]
        assert chunks[1].t0 == ns(START + timedelta(minutes=1000))
        assert {c.device_id for c in chunks} == {db.device_id}
        checked = storage.read_readings(session, row.id, verify=True)
        assert checked.values.tolist() == kw.tolist()
    t_from, t_to = START + timedelta(minutes=990), START + timedelta(minutes=2010)
    part = loggers.read_series(db, row.id, f"{t_from:%Y-%m-%d %H:%M}", f"{t_to:%Y-%m-%d %H:%M}")
    assert part.values.tolist() == kw[990:2011].tolist()  # both ends included
    one_chunk = loggers.read_series(db, row.id, ns(START), ns(START + timedelta(minutes=10)))
    assert len(one_chunk.values) == 11


def test_a_damaged_chunk_is_found(db, plant) -> None:
    a, _, _ = plant
    data, _, _ = minute_log(100)
    row = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW")]).series[0]
    with db.sessions.begin() as session:
        chunk = session.execute(select(SeriesChunk).where(SeriesChunk.series_id == row.id)).scalar_one()
        values = bytearray(chunk.readings)
        values[8] ^= 1
        chunk.readings = bytes(values)
    with db.reading() as session, pytest.raises(storage.ChunkDamaged, match="SHA-256"):
        storage.read_readings(session, row.id, verify=True)


def test_bad_rows_fail_skip_or_ask(db, plant) -> None:
    a, _, _ = plant
    data = b"t;P (kW)\n2024-03-01 08:00;1,5\n2024-03-01 08:01;x\n2024-03-01 08:02;2,5\n"
    s = loggers.detect(data)
    with pytest.raises(
        LoggerImportError, match=r"1 cells cannot be read \(first: line 3, column 'P \(kW\)': 'x'"
    ) as err:
        loggers.import_series(db, a.id, data, s, [ChannelMapping(1, "kW")], on_bad_rows="fail")
    assert [(b.line, b.text) for b in err.value.bad_cells] == [(3, "x")]
    assert count(db, Series) == 0
    asked = []
    with pytest.raises(ImportCancelledError):
        loggers.import_series(
            db, a.id, data, s, [ChannelMapping(1, "kW")], on_bad_rows=lambda r: asked.append(r.bad_cell_count) or False
        )
    assert asked == [1]
    assert count(db, Series) == 0
    assert count(db, SeriesChunk) == 0
    result = loggers.import_series(db, a.id, data, s, [ChannelMapping(1, "kW")], on_bad_rows=lambda r: True)
    assert result.series[0].point_count == 2
    assert result.report.bad_cell_count == 1


def test_cancelled_while_writing_leaves_nothing(db, plant, monkeypatch) -> None:
    monkeypatch.setattr(storage, "CHUNK_POINTS", 100)
    a, power, water = plant
    data, _, _ = minute_log(1000)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 12  # reading passes; the second series' chunks are being written

    with pytest.raises(ImportCancelledError, match="nothing was stored"):
        loggers.import_series(
            db,
            a.id,
            data,
            loggers.detect(data),
            [ChannelMapping(1, "kW", power.name), ChannelMapping(2, "m3/h", water.name)],
            cancelled=cancelled,
        )
    assert calls["n"] == 13
    assert (count(db, Series), count(db, SeriesChunk)) == (0, 0)


def test_progress_runs_from_zero_to_one(db, plant) -> None:
    a, _, _ = plant
    data, _, _ = minute_log(500)
    seen: list[float] = []
    loggers.import_series(
        db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW")], progress=lambda f, _m: seen.append(f)
    )
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert 0.0 < seen[0] <= 0.8


def test_mapping_errors_name_what_is_wrong(db, plant) -> None:
    a, _, _ = plant
    data, _, _ = minute_log(10)
    s = loggers.detect(data)
    cases = [
        ([ChannelMapping("Q (kvar)", "kW")], "no column"),
        ([ChannelMapping(0, "kW")], "holds the timestamps"),
        ([ChannelMapping(1, "kW"), ChannelMapping("2", "kW")], "mapped twice"),
        ([ChannelMapping(1, "")], "a unit is required"),
        ([ChannelMapping(1, "kW", "Hơi nước")], "is not a stream of the assessment"),
        ([], "at least one column"),
    ]
    for mapping, message in cases:
        with pytest.raises(ValidationError, match=message):
            loggers.import_series(db, a.id, data, s, mapping)
    with pytest.raises(NotFoundError):
        loggers.import_series(db, uuid.uuid4(), data, s, [ChannelMapping(1, "kW")])
    assert count(db, Series) == 0


def test_a_unit_cpdesk_does_not_convert_is_kept_as_written(db, plant) -> None:
    a, _, _ = plant
    data, _, _ = minute_log(10)
    row = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kVA")]).series[0]
    assert row.unit == "kVA"
    stats = loggers.series_stats(db, row.id).stats
    assert stats.amount is None
    assert stats.mean > 0


def test_stats_and_profiles_equal_the_core_on_the_stored_readings(db, plant) -> None:
    a, power, _ = plant
    data, kw, _ = minute_log(2 * 1440)
    row = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW", power.name)]).series[0]
    result = loggers.series_stats(db, str(row.id)[:8], demand_minutes=30, base_percentile=10)
    times = np.array([ns(START + timedelta(minutes=k)) for k in range(2 * 1440)])
    expected = range_stats(times, kw, "kW", parse_time_zone("+07:00"), demand_interval_s=1800, base_percentile=10)
    assert result.stats == expected
    assert result.amount_name == "energy"
    profiles = loggers.series_profiles(db, row.id)
    assert profiles.daily.count.sum() == 2 * 1440
    assert len(profiles.weekly.mean) == 168
    assert profiles.duration_value[0] == kw.max()
    assert profiles.duration_value[-1] == kw.min()


def test_a_figure_saved_as_a_measurement_keeps_its_source(db, plant) -> None:
    a, power, water = plant
    data, kw, _ = minute_log(1440)
    row = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW", power.name)]).series[0]
    t_from, t_to = "2024-03-01 09:00", "2024-03-01 17:00"
    stats = loggers.series_stats(db, row.id, t_from, t_to).stats
    m = loggers.save_measurement(db, row.id, "mean", t_from=t_from, t_to=t_to)
    assert (m.stream_id, m.value, m.unit, m.basis.value) == (power.id, stats.mean, "kW", "per_hour")
    assert m.value == pytest.approx(kw[60:541].mean(), rel=1e-12)
    assert m.measured_at == datetime.fromtimestamp(ns(START + timedelta(hours=1)) / 1e9, m.measured_at.tzinfo)
    assert "mean of logger series 'Công suất (kW)' from 2024-03-01 09:00:00 to 2024-03-01 17:00:00" in m.note
    with db.reading() as session:
        source = session.execute(select(MeasurementSource)).scalar_one()
        assert (source.series_id, source.statistic, source.t_from, source.t_to) == (
            row.id,
            "mean",
            ns(START + timedelta(hours=1)),
            ns(START + timedelta(hours=9)),
        )
    total = loggers.save_measurement(db, row.id, "total")
    assert (total.unit, total.basis.value) == ("kWh", "total")
    assert total.value == pytest.approx(loggers.series_stats(db, row.id).stats.amount)
    daily = loggers.save_measurement(db, row.id, "total_per_day")
    assert daily.value == pytest.approx(total.value / (1439 * 60) * 86_400)
    p95 = loggers.save_measurement(db, row.id, "p95", stream=str(power.id)[:8])
    assert p95.value == np.percentile(kw, 95)
    peak = loggers.save_measurement(db, row.id, "peak_demand", demand_minutes=30)
    assert peak.value == pytest.approx(kw.reshape(-1, 30).mean(axis=1).max(), rel=1e-12)
    assert count(db, Measurement) == 5
    assert count(db, MeasurementSource) == 5


def test_measurements_that_make_no_sense_are_refused_and_nothing_is_written(db, plant) -> None:
    a, power, water = plant
    data, _, _ = minute_log(100)
    kw_row, m3h_row = loggers.import_series(
        db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW"), ChannelMapping(2, "m3/h", water.name)]
    ).series
    with pytest.raises(ValidationError, match="load factor is a ratio"):
        loggers.save_measurement(db, kw_row.id, "load_factor", stream=power.name)
    with pytest.raises(ValidationError, match="choose the stream"):
        loggers.save_measurement(db, kw_row.id, "mean")
    with pytest.raises(ValidationError, match="is a unit of power"):
        loggers.save_measurement(db, kw_row.id, "mean", stream=water.name)  # kW is no reading of water
    with pytest.raises(ValidationError, match="must be one of"):
        loggers.save_measurement(db, m3h_row.id, "median-ish")
    with pytest.raises(ValidationError, match="no readings in this range"):
        loggers.save_measurement(db, m3h_row.id, "mean", t_from="2030-01-01", t_to="2030-01-02")
    other = assessments.create_assessment(db, company_id=a.company_id, title="another", exchange_rate=25_000)
    stranger = flow.add_stream(db, other.id, name="Điện", kind="energy", carrier="electricity", source_step_id=None,
                               target_step_id=flow.add_process_step(db, other.id, name="X").id)  # fmt: skip
    with pytest.raises(ValidationError, match="not a stream of the assessment"):
        loggers.save_measurement(db, kw_row.id, "mean", stream=str(stranger.id))
    assert count(db, Measurement) == 0
    assert count(db, MeasurementSource) == 0


def test_list_and_delete(db, plant) -> None:
    a, _, _ = plant
    data, _, _ = minute_log(50)
    rows = loggers.import_series(
        db, a.id, data, loggers.detect(data), [ChannelMapping(2, "m3/h"), ChannelMapping(1, "kW")]
    ).series
    assert [r.name for r in loggers.list_series(db, a.id)] == ["Công suất (kW)", "Lưu lượng (m3/h)"]
    loggers.delete_series(db, rows[0].id)
    assert [r.name for r in loggers.list_series(db, a.id)] == ["Công suất (kW)"]
    with pytest.raises(NotFoundError):
        loggers.read_series(db, rows[0].id)
    with db.reading() as session:  # tombstones, so that the deletion syncs
        assert session.get(Series, rows[0].id).deleted_at is not None
        chunks = session.execute(select(SeriesChunk.deleted_at).where(SeriesChunk.series_id == rows[0].id)).scalars()
        assert all(d is not None for d in chunks)


def test_the_vietnamese_excel_file_through_the_service(db, plant) -> None:
    a, power, _ = plant
    data, kw, _ = vietnamese_excel_csv(120)
    s = loggers.detect(data)
    row = loggers.import_series(db, a.id, data, s, [ChannelMapping("Công suất (kW)", "kw", "điện máy nhuộm")]).series[0]
    assert (row.unit, row.stream_id) == ("kW", power.id)
    assert loggers.read_series(db, row.id).values.tolist() == kw


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(alphabet=";,.:/-\n 0123456789", max_size=300).map(str.encode))
def test_arbitrary_bytes_import_or_fail_with_the_importers_error(db, plant, data: bytes) -> None:
    a, _, _ = plant
    before = count(db, Series)
    try:
        s = loggers.detect(data)
        mapping = [ChannelMapping(c, "kW") for c in s.value_columns] or [ChannelMapping(1, "kW")]
        loggers.import_series(db, a.id, data, s, mapping)
    except (LoggerImportError, ValidationError):
        assert count(db, Series) == before
    except CpdeskError as exc:  # pragma: no cover - would be a wrong error class
        pytest.fail(f"unexpected {type(exc).__name__}: {exc}")
