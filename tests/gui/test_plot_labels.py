"""Chart labels are whole and inside their plot, whatever the window's size: none is clipped or covers another."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui.plots import OptionsCharts  # noqa: E402
from cpdesk.gui.plots.base import fmt, money_scale  # noqa: E402
from cpdesk.services.assessment import appraisal, assessments  # noqa: E402


@pytest.fixture
def textile(demo_db):
    return next(a for a in assessments.list_assessments(demo_db) if a.origin.value == "demo")


@pytest.fixture
def charts(qtbot, demo_db, textile):
    appraisals = appraisal.appraise_options(demo_db, textile.id)
    detail = assessments.show_assessment(demo_db, textile.id)
    view = OptionsCharts()
    qtbot.addWidget(view)
    view.resize(760, 480)  # the chart beside the options list on a 1366×768 screen
    view.show()
    qtbot.waitExposed(view)
    view.update_options(appraisals, detail.waste_streams, detail.currency)
    view.appraisals = appraisals
    view.currency = detail.currency
    return view


def _inside(item, box) -> bool:  # type: ignore[no-untyped-def]
    return box.sceneBoundingRect().contains(item.sceneBoundingRect())


@pytest.mark.parametrize("size", [(760, 480), (1366, 700)])
def test_npv_and_payback_values_are_whole_and_inside_their_plot(qtbot, charts, size) -> None:
    charts.resize(*size)
    qtbot.wait(20)
    view = charts.payback_npv
    divisor, _unit = money_scale(charts.currency)
    npv = {a.option.code: a.economics.npv / divisor for a in charts.appraisals}
    texts = [label.textItem.toPlainText() for label, _x in view.value_labels["npv"]]
    assert texts == [fmt(npv[code], "vi", 0) for code, _p, _v in view.rows]
    assert "1.308" in texts  # written whole, not cut to "1.3"
    for which, plot in (("payback", view.payback), ("npv", view.npv)):
        for label, _x in view.value_labels[which]:
            assert _inside(label, plot.getViewBox()), (which, label.textItem.toPlainText())
