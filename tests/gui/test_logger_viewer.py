"""The logger viewer, offscreen: plots, keys, crosshair, figures, and a saved measurement."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

pytest.importorskip("pytestqt")

import shiboken6  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from sqlalchemy import select  # noqa: E402

from cpdesk.gui import display, workers  # noqa: E402
from cpdesk.gui.loggers.viewer import LoggerViewer  # noqa: E402
from cpdesk.services import loggers
from cpdesk.services.assessment import (
    assessments,
    flow,  # noqa: E402
)
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.loggers import ChannelMapping  # noqa: E402
from cpdesk.store.models import Measurement, MeasurementSource  # noqa: E402

START = datetime(2024, 3, 4)  # a Monday
N = 2 * 1440


@pytest.fixture
def logged(db):
    """An assessment with two days of minute readings of power and water flow."""
    company = catalogue.create_company(db, name="Giấy Bãi Bằng", sector="paper")
    a = assessments.create_assessment(db, company_id=company.id, title="Kiểm toán điện", exchange_rate=25_000)
    step = flow.add_process_step(db, a.id, name="Máy xeo")
    power = flow.add_stream(db, a.id, name="Điện máy xeo", kind="energy", carrier="electricity", target_step_id=step.id)
    rng = np.random.default_rng(2)
    kw = (200 + 100 * ((np.arange(N) // 60) % 24 >= 8) + rng.normal(0, 5, N)).round(2)
    m3h = rng.uniform(1, 9, N).round(2)
    lines = ["Thời gian;P (kW);Nước (m3/h)"] + [
        f"{START + timedelta(minutes=k):%Y-%m-%d %H:%M};{kw[k]};{m3h[k]}".replace(".", ",") for k in range(N)
    ]
    data = ("\n".join(lines) + "\n").encode()
    rows = loggers.import_series(
        db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW", power.name), ChannelMapping(2, "m3/h")]
    ).series
    return db, a, power, rows, kw


def open_viewer(qtbot, db, **kwargs) -> LoggerViewer:
    viewer = LoggerViewer(db, locale="en", **kwargs)
    qtbot.addWidget(viewer)
    viewer.resize(1200, 800)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def figures_shown(qtbot, viewer: LoggerViewer) -> None:
    """Wait for the figures of the selected range, worked out on the thread pool."""
    qtbot.waitUntil(lambda: not viewer.range_figures.figures_pending(), timeout=10_000)


def test_one_series_is_plotted_with_downsampling_and_clip_to_view(qtbot, logged) -> None:
    db, _, _, rows, kw = logged
    viewer = open_viewer(qtbot, db, series_id=rows[0].id)
    assert viewer.series_list.count() == 2
    assert list(viewer.curves) == [rows[0].id]
    (curve,) = viewer.plots[0].listDataItems()
    assert curve.opts["autoDownsample"]
    assert curve.opts["downsampleMethod"] == "peak"
    assert curve.opts["clipToView"]
    assert np.array_equal(curve.yData, kw)
    # The x axis is the series' wall clock: 2024-03-04 00:00 at UTC+07:00.
    assert curve.xData[0] == (START - datetime(1970, 1, 1)).total_seconds()
    figures_shown(qtbot, viewer)
    assert viewer.range_figures.table.item(4, 0).text() == "Mean"
    assert viewer.range_figures.table.item(4, 1).text().endswith(" kW")
    assert not viewer.grab().isNull()


def test_separate_axes_give_one_plot_per_series(qtbot, logged) -> None:
    db, a, _, rows, _ = logged
    viewer = open_viewer(qtbot, db, assessment_id=a.id)
    viewer.series_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert len(viewer.curves) == 2
    assert len(viewer.plots) == 1
    assert len(viewer.plots[0].listDataItems()) == 2
    viewer.separate.setChecked(True)
    assert len(viewer.plots) == 2
    assert viewer.plots[1].getViewBox().linkedView(0) is viewer.plots[0].getViewBox()
    viewer.series_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert len(viewer.plots) == 1
    assert len(viewer.curves) == 1


def test_keys_pan_and_zoom(qtbot, logged) -> None:
    db, _, _, rows, _ = logged
    viewer = open_viewer(qtbot, db, series_id=rows[0].id)
    viewer.plots[0].setXRange(1000.0, 2000.0, padding=0)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.plots[0].viewRange()[0] == pytest.approx([1100.0, 2100.0])
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.plots[0].viewRange()[0] == pytest.approx([1350.0, 1850.0])
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    qtbot.keyClick(viewer, Qt.Key.Key_S)
    assert viewer.selection_x() == pytest.approx((1100.0, 2100.0))
    qtbot.keyClick(viewer, Qt.Key.Key_Home)
    low, high = viewer.plots[0].viewRange()[0]
    assert low <= viewer.curves[rows[0].id].x[0]
    assert high >= viewer.curves[rows[0].id].x[-1]


def test_crosshair_reads_time_and_values(qtbot, logged) -> None:
    db, a, _, rows, kw = logged
    viewer = open_viewer(qtbot, db, assessment_id=a.id)
    viewer.series_list.item(1).setCheckState(Qt.CheckState.Checked)
    x = viewer.curves[rows[0].id].x[600] + 20  # 10:00 on the first day, 20 s later
    viewer.show_readout(x)
    text = viewer.readout.text()
    assert text.startswith(f"{display.moment(datetime(2024, 3, 4, 10, 0, 20), seconds=True)} (UTC+07:00)")
    assert f"P (kW): {display.number(float(kw[600]), 'en')} kW" in text
    assert "Nước (m3/h): " in text
    assert viewer.cursors[0].value() == x


def test_selected_range_figures_and_save_as_measurement(qtbot, logged) -> None:
    db, _, power, rows, kw = logged
    viewer = open_viewer(qtbot, db, series_id=rows[0].id)
    x = viewer.curves[rows[0].id].x
    viewer.set_selection(x[480] - 10, x[1079] + 10)  # 08:00 to 17:59 of the first day
    figures_shown(qtbot, viewer)
    assert viewer.range_figures.table.item(0, 1).text() == "600"
    assert viewer.range_figures.table.item(5, 1).text() == f"{kw[480:1080].max():,.1f} kW"
    viewer.range_figures.statistic.setCurrentIndex(viewer.range_figures.statistic.findData("max"))
    with qtbot.waitSignal(viewer.measurementSaved) as saved:
        qtbot.mouseClick(viewer.range_figures.save_button, Qt.MouseButton.LeftButton)
    row = saved.args[0]
    assert (row.stream_id, row.value, row.unit) == (power.id, kw[480:1080].max(), "kW")
    assert viewer.range_figures.status.text().startswith("Saved: ")
    with db.reading() as session:
        source = session.execute(select(MeasurementSource)).scalar_one()
        times = loggers.read_series(db, rows[0].id).times  # nanoseconds, as stored
        assert (source.t_from, source.t_to, source.statistic) == (int(times[480]), int(times[1079]), "max")
        assert session.execute(select(Measurement)).scalar_one().id == row.id


def test_a_figure_that_cannot_be_saved_says_why_and_writes_nothing(qtbot, logged) -> None:
    db, _, _, rows, _ = logged
    viewer = open_viewer(qtbot, db, series_id=rows[1].id)  # the water series has no stream
    viewer.range_figures.statistic.setCurrentIndex(viewer.range_figures.statistic.findData("mean"))
    qtbot.mouseClick(viewer.range_figures.save_button, Qt.MouseButton.LeftButton)
    assert viewer.range_figures.status.text().startswith("Not saved: ")
    assert "choose the stream" in viewer.range_figures.status.text()
    with db.reading() as session:
        assert session.execute(select(Measurement)).first() is None


def test_the_plotted_seconds_give_the_stored_nanoseconds_back(qtbot, logged) -> None:
    db, _, _, rows, _ = logged
    viewer = open_viewer(qtbot, db, series_id=rows[0].id)
    curve = viewer.curves[rows[0].id]
    stored = loggers.read_series(db, rows[0].id).times
    assert curve.x.dtype == np.float64
    assert np.array_equal(curve.times_ns(slice(0, N)), stored)


def test_profiles_and_load_duration_curve_are_drawn(qtbot, logged) -> None:
    db, _, _, rows, kw = logged
    viewer = open_viewer(qtbot, db, series_id=rows[0].id)
    figures = viewer.range_figures
    figures_shown(qtbot, viewer)
    (duration,) = figures.duration_plot.getPlotItem().listDataItems()
    assert duration.yData[0] == kw.max()
    assert duration.yData[-1] == kw.min()
    # The profiles' plots are built when their tab is first opened, with the figures shown.
    assert figures.daily_plot is None and figures.weekly_plot is None
    figures.tabs.setCurrentIndex(1)
    assert figures.weekly_plot is None
    assert figures.daily_plot.isVisibleTo(viewer)
    assert figures.tabs.currentWidget().isAncestorOf(figures.daily_plot)
    high, low, daily = figures.daily_plot.getPlotItem().listDataItems()
    assert len(daily.yData) == 24
    # 09:00-09:59 of both days: the mean of its 120 readings, their highest and lowest
    assert daily.yData[9] == pytest.approx(kw.reshape(2, 24, 60)[:, 9, :].mean())
    assert (high.yData[9], low.yData[9]) == (kw.reshape(2, 24, 60)[:, 9, :].max(), kw.reshape(2, 24, 60)[:, 9, :].min())
    figures.tabs.setCurrentIndex(2)
    assert figures.tabs.currentWidget().isAncestorOf(figures.weekly_plot)
    (weekly,) = figures.weekly_plot.getPlotItem().listDataItems()
    assert np.isfinite(weekly.yData[:48]).all()  # Monday and Tuesday
    assert np.isnan(weekly.yData[48:]).all()
    assert not viewer.grab().isNull()


def test_a_profile_opened_before_its_figures_is_drawn_when_they_arrive_and_again_for_a_new_range(qtbot, logged) -> None:
    db, _, _, rows, kw = logged
    viewer = LoggerViewer(db, locale="en", series_id=rows[0].id)
    qtbot.addWidget(viewer)
    figures = viewer.range_figures
    figures.tabs.setCurrentIndex(2)  # before the first frame: the figures are not there yet
    assert figures.figures_pending()
    assert figures.weekly_plot.getPlotItem().listDataItems() == []
    viewer.show()
    figures_shown(qtbot, viewer)
    (weekly,) = figures.weekly_plot.getPlotItem().listDataItems()
    # hour 9 of the week is Monday 09:00-09:59: the mean of its 60 readings
    assert weekly.yData[9] == pytest.approx(kw[540:600].mean())
    x = viewer.curves[rows[0].id].x
    viewer.set_selection(x[1440] - 10, x[-1] + 10)  # Tuesday alone
    assert figures.weekly_plot.getPlotItem().listDataItems() == []  # the old range's: gone
    figures_shown(qtbot, viewer)
    (weekly,) = figures.weekly_plot.getPlotItem().listDataItems()
    assert np.isnan(weekly.yData[:24]).all()  # no Monday in the range any more
    assert weekly.yData[24 + 9] == pytest.approx(kw[1440 + 540 : 1440 + 600].mean())
    figures.tabs.setCurrentIndex(1)  # opened after: drawn with Tuesday's figures at once
    daily = figures.daily_plot.getPlotItem().listDataItems()[-1]
    assert daily.yData[9] == pytest.approx(kw[1440 + 540 : 1440 + 600].mean())


def _count_figure_work(monkeypatch) -> list[tuple[int, int]]:
    """The ranges whose figures get worked out, in order, as the viewer asks for them."""
    from cpdesk.gui.loggers import range_figures

    worked_out: list[tuple[int, int]] = []
    real = range_figures.work_out_figures

    def counted(curve, part, cancelled):
        worked_out.append((part.start, part.stop))
        return real(curve, part, cancelled)

    monkeypatch.setattr(range_figures, "work_out_figures", counted)
    return worked_out


def test_the_figures_wait_for_the_first_frame(qtbot, logged, monkeypatch) -> None:
    db, _, _, rows, _ = logged
    worked_out = _count_figure_work(monkeypatch)
    viewer = LoggerViewer(db, locale="en", series_id=rows[0].id)
    qtbot.addWidget(viewer)
    qtbot.wait(100)  # events go round, but nothing is on screen
    assert worked_out == [] and workers.running_jobs() == 0
    assert viewer.range_figures.figures_pending()
    assert viewer.range_figures.table.item(0, 0).text() == "Computing…"
    viewer.show()
    figures_shown(qtbot, viewer)
    assert worked_out == [(0, N)]  # the whole series, once
    assert viewer.range_figures.table.item(0, 1).text() == f"{N:,}"


def test_an_assessment_without_series_shows_an_empty_viewer(qtbot, db) -> None:
    company = catalogue.create_company(db, name="Mới", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Chưa đo", exchange_rate=25_000)
    viewer = open_viewer(qtbot, db, assessment_id=a.id)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    viewer.show_readout(0.0)
    assert viewer.plots == []
    assert viewer.series_list.count() == 0
    assert not viewer.range_figures.save_button.isEnabled()


def test_a_figure_that_cannot_be_saved_says_why_in_vietnamese(qtbot, logged, english_afterwards) -> None:
    from cpdesk.gui import i18n
    from tests.gui.test_logger_import_vietnamese import english_words

    db, _, _, rows, _ = logged
    i18n.install("vi")
    viewer = LoggerViewer(db, locale="vi", series_id=rows[1].id)
    qtbot.addWidget(viewer)
    viewer.range_figures.statistic.setCurrentIndex(viewer.range_figures.statistic.findData("mean"))
    qtbot.mouseClick(viewer.range_figures.save_button, Qt.MouseButton.LeftButton)
    status = viewer.range_figures.status.text()
    assert "hãy chọn dòng mà chỉ tiêu này đo" in status
    assert not english_words(status), status
    tooltip = viewer.series_list.item(0).toolTip()
    assert "2.880" in tooltip and not english_words(tooltip), tooltip


def test_the_curves_bounds_are_the_series_and_the_overview_draws_its_peaks(qtbot, logged) -> None:
    db, _, _, rows, kw = logged
    viewer = open_viewer(qtbot, db, series_id=rows[0].id)
    (curve,) = viewer.plots[0].listDataItems()
    rect = curve.dataRect()
    x = viewer.curves[rows[0].id].x
    assert (rect.left(), rect.right()) == (x[0], x[-1])
    assert (rect.top(), rect.bottom()) == (kw.min(), kw.max())
    (overview,) = viewer.overview.listDataItems()
    assert overview.yData.min() == kw.min() and overview.yData.max() == kw.max()
    assert (overview.xData[0], overview.xData[-1]) == (x[0], x[-1])
    assert [(s.name, s.id) for s in assessments.show_assessment(db, rows[0].assessment_id).streams] == [
        (name, stream_id) for name, stream_id in loggers.stream_choices(db, rows[0].assessment_id)
    ]


def test_the_peak_envelope_keeps_each_runs_extremes_and_the_last_reading() -> None:
    from cpdesk.gui.loggers.curves import peak_envelope

    y = np.array([3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3])
    # two runs of five: 3 1 4 1 5 (lowest 1, highest 5) and 9 2 6 5 3 (2 and 9), then the last
    times, values = peak_envelope(np.arange(10.0), y, 2)
    assert times.tolist() == [0, 0, 5, 5, 9]
    assert values.tolist() == [1, 5, 2, 9, 3]
    small = np.arange(4.0)
    assert peak_envelope(small, small, 2)[1] is small  # no more than two points a run: as it is


def test_the_figures_arrive_after_computing_and_a_stale_result_is_dropped(qtbot, logged, monkeypatch) -> None:
    db, _, _, rows, kw = logged
    worked_out = _count_figure_work(monkeypatch)
    viewer = LoggerViewer(db, locale="en", series_id=rows[0].id)
    qtbot.addWidget(viewer)
    viewer.show()
    table = viewer.range_figures.table
    # Before the event loop runs, nothing has come back: the table says so.
    assert viewer.range_figures.figures_pending()
    assert (table.rowCount(), table.item(0, 0).text()) == (1, "Computing…")
    x = viewer.curves[rows[0].id].x
    viewer.set_selection(x[0] - 10, x[59] + 10)  # the first hour, at once replaced by
    viewer.set_selection(x[480] - 10, x[1079] + 10)  # 08:00 to 17:59 of the first day
    figures_shown(qtbot, viewer)
    qtbot.waitUntil(lambda: workers.running_jobs() == 0)
    assert worked_out[-1] == (480, 1080)
    assert table.item(0, 1).text() == "600"  # the last range's figures, not the first hour's
    assert table.item(5, 1).text() == f"{kw[480:1080].max():,.1f} kW"
    assert table.columnSpan(0, 0) == 1


def test_closing_the_viewer_while_its_figures_are_computed_is_safe(qtbot, logged, monkeypatch) -> None:
    import threading

    from cpdesk.gui.loggers import range_figures

    db, _, _, rows, _ = logged
    started, release, returned = threading.Event(), threading.Event(), []
    real = range_figures.work_out_figures

    def slow(curve, part, cancelled):
        started.set()
        release.wait(10)
        result = real(curve, part, cancelled)
        returned.append(result)
        return result

    monkeypatch.setattr(range_figures, "work_out_figures", slow)
    viewer = LoggerViewer(db, locale="en", series_id=rows[0].id)  # not qtbot's: deleted here
    viewer.show()
    figures = viewer.range_figures
    qtbot.waitUntil(started.is_set)  # once the first frame is painted
    job = figures._job
    viewer.close()
    assert job.is_cancelled() and not figures.figures_pending()
    viewer.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(figures))
    release.set()
    qtbot.waitUntil(lambda: workers.running_jobs() == 0)
    assert returned == [None]  # the job saw the cancel and stopped; nothing reached the dead table


def test_the_series_bounds_are_told_not_searched_unless_the_plot_maps_the_readings(qtbot, logged, monkeypatch) -> None:
    from pyqtgraph.graphicsItems import PlotDataItem

    db, _, _, rows, kw = logged
    searched = []
    real = PlotDataItem.PlotDataset._updateDataRect

    def recorded(dataset):
        searched.append(len(dataset.y))
        return real(dataset)

    monkeypatch.setattr(PlotDataItem.PlotDataset, "_updateDataRect", recorded)
    viewer = open_viewer(qtbot, db, series_id=rows[0].id)
    viewer.grab()
    viewer.plots[0].setXRange(*viewer.data_bounds(), padding=0.01)  # a zoom makes the curve's data again
    viewer.grab()
    assert N not in searched  # neither the curve's 2 880 readings nor the overview's peaks
    (curve,) = viewer.plots[0].listDataItems()
    viewer.plots[0].setLogMode(y=True)  # mapped: pyqtgraph measures the logarithms itself
    assert np.nanmax(curve.getData()[1]) == pytest.approx(np.log10(kw.max()))
    assert N in searched
