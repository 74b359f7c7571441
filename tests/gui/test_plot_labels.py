"""Chart labels are whole and inside their plot, whatever the window's size: none is clipped or covers another."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui.plots import OptionsCharts, SankeyView  # noqa: E402
from cpdesk.gui.plots.base import fmt, money_scale  # noqa: E402
from cpdesk.services.assessment import appraisal, assessments, balances  # noqa: E402


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


def _no_overlaps(rects) -> None:  # type: ignore[no-untyped-def]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b), (a, b)


def _sankey(qtbot, demo_db, textile, group, size):  # type: ignore[no-untyped-def]
    balance = balances.assessment_balance(demo_db, textile.id, group, energy_unit="MWh").measured
    view = SankeyView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.update_balance(balance)
    qtbot.wait(20)
    shown = [label for label in view._label_items if label.item.isVisible()]
    _no_overlaps([label.item.sceneBoundingRect() for label in shown])
    for label in shown:
        assert _inside(label.item, view.box), label.item.textItem.toPlainText()  # none pushed past an edge
    return view, shown


@pytest.mark.parametrize("size", [(1000, 560), (1366, 600), (1100, 700)])
@pytest.mark.parametrize("group", ["water", "energy"])
def test_sankey_labels_are_apart_and_inside_the_diagram(qtbot, demo_db, textile, group, size) -> None:
    view, shown = _sankey(qtbot, demo_db, textile, group, size)
    assert len(shown) == len(view.node_rects)  # every step, plant input and output is named


def test_a_crowded_sankey_names_its_largest_flows_and_cuts_no_label(qtbot, demo_db, textile) -> None:
    """The energy balance below the table of the balances screen at 1366×768: too little height for all."""
    view, shown = _sankey(qtbot, demo_db, textile, "energy", (1030, 300))
    hidden = [label for label in view._label_items if not label.item.isVisible()]
    assert len(shown) >= len(view.node_rects) // 2
    assert min(view._label_sizes[id(lb)] for lb in shown) >= max(view._label_sizes[id(lb)] for lb in hidden)


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
    assert view.npv.getViewBox().sceneBoundingRect().right() <= view.width()
    for which, plot in (("payback", view.payback), ("npv", view.npv)):
        for label, _x in view.value_labels[which]:
            assert _inside(label, plot.getViewBox()), (which, label.textItem.toPlainText())


@pytest.mark.parametrize("size", [(760, 480), (1366, 700)])
def test_bubble_codes_and_bubbles_are_inside_the_plot(qtbot, charts, size) -> None:
    charts.resize(*size)
    charts.setCurrentIndex(1)
    qtbot.wait(20)
    view = charts.cost_savings
    box = view.plot.getViewBox()
    # The plot is no wider than its window: a wide legend would push its right edge out of sight.
    assert box.sceneBoundingRect().right() <= view.width()
    assert sorted(label.textItem.toPlainText() for label in view._labels) == sorted(
        a.option.code for a in charts.appraisals
    )
    rects = [label.sceneBoundingRect() for label in view._labels]
    for label in view._labels:
        assert _inside(label, box), label.textItem.toPlainText()
    _no_overlaps(rects)
    (x0, x1), (y0, y1) = box.viewRange()
    for code, (x, y) in view.points.items():
        r = view.sizes[code] / 2
        cx, cy = (x - x0) * box.width() / (x1 - x0), (y1 - y) * box.height() / (y1 - y0)
        assert r <= cx <= box.width() - r, code  # the whole bubble, not a half at the edge
        assert r <= cy <= box.height() - r, code
