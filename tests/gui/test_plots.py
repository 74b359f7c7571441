"""The plot views on the demo textile assessment: what they draw, and their exports."""

from __future__ import annotations

import dataclasses
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QImage  # noqa: E402

from cpdesk.core.balance import ENERGY, Balance, NodeBalance, SankeyLink, StreamValue  # noqa: E402
from cpdesk.gui.plots import (  # noqa: E402
    BalanceBarsView,
    CostSavingsView,
    OptionsCharts,
    SankeyView,
)
from cpdesk.gui.plots.balance_bars import FLAGGED_MARK  # noqa: E402
from cpdesk.gui.plots.base import LocaleAxis  # noqa: E402
from cpdesk.services.assessment import appraisal, assessments, balances

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def textile(demo_db):
    return next(a for a in assessments.list_assessments(demo_db) if a.origin.value == "demo")


@pytest.fixture
def water(demo_db, textile):
    return balances.assessment_balance(demo_db, textile.id, "water", reconcile=True)


def _show(qtbot, view):  # type: ignore[no-untyped-def]
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _exports(view, folder: Path, text: str = "") -> None:  # type: ignore[no-untyped-def]
    view.export_png(folder / "plot.png", scale=1.0)
    view.export_svg(folder / "plot.svg")
    image = QImage(str(folder / "plot.png"))
    assert (image.width(), image.height()) == (view.width(), view.height())
    root = ET.parse(folder / "plot.svg").getroot()
    assert root.tag == f"{SVG}svg"
    assert (folder / "plot.svg").stat().st_size > 1000
    assert text in " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert [a.text() for a in view.context_menu().actions()] == [
        "Copy to clipboard",
        "Export as PNG…",
        "Export as SVG…",
    ]


def _no_overlaps(rects) -> None:  # type: ignore[no-untyped-def]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b), (a, b)


def test_sankey_of_the_water_balance(qtbot, water, tmp_path: Path) -> None:
    view = _show(qtbot, SankeyView())
    view.update_balance(water.measured)
    links = [lk for lk in water.measured.sankey_links if lk.value > 0]
    assert set(view.link_items) == {lk.stream_id for lk in links}
    # Bands are as wide as their flow: one scale for all of them.
    ratios = [view.link_items[lk.stream_id].width / lk.value for lk in links]
    assert max(ratios) == pytest.approx(min(ratios), rel=1e-12)
    # Each bar is as tall as the larger of what enters and what leaves.
    well = next(n for n in water.measured.nodes if n.name.startswith("Trạm bơm"))
    assert view.node_rects[well.node].height() == pytest.approx(max(well.total_in, well.total_out) * ratios[0])
    # Plant inputs stand left of the step they feed, outputs right of the step they leave.
    feed = next(lk for lk in links if lk.source.startswith("in:"))
    assert view.node_rects[feed.source].right() < view.node_rects[feed.target].left()
    assert "450.000 m³" in view.labels[well.node]  # Vietnamese notation by default
    _no_overlaps([label.item.sceneBoundingRect() for label in view._label_items])
    _exports(view, tmp_path, "Nước giếng khoan")
    view.reset()
    assert view.link_items == {}
    assert view.box.addedItems == []


def test_sankey_of_the_energy_balance_in_english_notation(qtbot, demo_db, textile) -> None:
    energy = balances.assessment_balance(demo_db, textile.id, "energy", energy_unit="MWh").measured
    view = _show(qtbot, SankeyView(locale="en"))
    view.update_balance(energy)
    assert len(view.link_items) == len([lk for lk in energy.sankey_links if lk.value > 0])
    boiler = next(n for n in energy.nodes if n.name.startswith("Lò hơi"))
    assert f"{boiler.total_in:,.0f} MWh" in view.labels[boiler.node]


def test_sankey_draws_a_cycle_as_a_loop_back() -> None:
    """Steam to the dyeing machines and condensate back to the boiler: a cycle in the flows."""

    def value(i: str, src: str | None, dst: str | None, v: float, carrier: str) -> StreamValue:
        return StreamValue(i, i, "energy", carrier, src, dst, v, 0.03, 1)

    streams = (
        value("coal", None, "boiler", 100.0, "anthracite"),
        value("steam", "boiler", "dyeing", 80.0, "steam"),
        value("return", "dyeing", "boiler", 10.0, "condensate"),
        value("drain", "dyeing", None, 60.0, "wastewater"),
    )
    node = NodeBalance(None, "plant", streams[:1], streams[3:], 100.0, 60.0, ())
    balance = Balance(
        group=ENERGY,
        unit="GJ",
        streams=streams,
        nodes=(),
        plant=node,
        specific={},
        production_unit="t",
        sankey_nodes={"boiler": "Lò hơi", "dyeing": "Nhuộm", "in:coal": "Than", "out:drain": "Nước thải"},
        sankey_links=tuple(
            SankeyLink(s.source or f"in:{s.id}", s.target or f"out:{s.id}", s.value, s.carrier, s.id) for s in streams
        ),
    )
    from PySide6.QtWidgets import QApplication

    assert QApplication.instance() is not None
    view = SankeyView()
    view.resize(800, 500)
    view.update_balance(balance)
    assert set(view.link_items) == {"coal", "steam", "return", "drain"}
    assert view.link_items["return"].looping
    assert not view.link_items["steam"].looping
    rects = view.node_rects
    assert rects["in:coal"].right() < rects["boiler"].left() < rects["dyeing"].left() < rects["out:drain"].left()
    # The boiler's bar holds what enters it: coal and the returning condensate.
    assert rects["boiler"].height() == pytest.approx(rects["dyeing"].height() * 110 / 80)
    view.deleteLater()


def test_balance_bars_with_reconciled_values_and_a_flagged_reading(qtbot, water, tmp_path: Path) -> None:
    measured, result = water.measured, water.reconciliation.result
    dyeing = next(n for n in measured.nodes if n.name == "Nhuộm jet")
    suspect = next(v for v in dyeing.outputs if v.target is not None)  # a stream between two steps
    downstream = next(n.name for n in measured.nodes if n.node == suspect.target)
    flagged = dataclasses.replace(
        result,
        streams=tuple(dataclasses.replace(e, gross_error=e.stream_id == suspect.id) for e in result.streams),
    )
    view = _show(qtbot, BalanceBarsView())
    view.update_balance(measured, water.reconciled, flagged)
    assert [g.name for g in view.groups] == ["Whole plant", *(n.name for n in measured.nodes)]
    plant = view.groups[0]
    assert plant.total_in == pytest.approx(measured.plant.total_in)
    assert plant.reconciled_in == pytest.approx(water.reconciled.plant.total_in)
    assert len(view.bars) == 5  # inputs and outputs, measured and reconciled, and unaccounted
    group = view.group("Nhuộm jet")
    assert group.flagged == (suspect.name,)
    assert [g.name for g in view.groups if g.flagged] == ["Nhuộm jet", downstream]
    assert view.names_axis.names[view.groups.index(group)].startswith(FLAGGED_MARK)
    closure = f"{dyeing.closure_pct:.1f}".replace(".", ",")
    assert closure in view.closure_texts[view.groups.index(group)]
    _exports(view, tmp_path, "⚠ unaccounted")  # the flagged group, as SVG text


def test_balance_bars_without_reconciliation(qtbot, water) -> None:
    view = _show(qtbot, BalanceBarsView(locale="en"))
    view.update_balance(water.measured)
    assert len(view.bars) == 3
    assert all(g.reconciled_in is None and not g.flagged for g in view.groups)
    plant = water.measured.plant
    assert f"{plant.closure_pct:.1f} %" in view.closure_texts[0]


def test_options_charts(qtbot, demo_db, textile, tmp_path: Path) -> None:
    appraisals = appraisal.appraise_options(demo_db, textile.id)
    detail = assessments.show_assessment(demo_db, textile.id)
    charts = _show(qtbot, OptionsCharts())
    charts.update_options(appraisals, detail.waste_streams, detail.currency)

    rows = charts.payback_npv.rows
    assert len(rows) == len(appraisals) == 15
    paybacks = [p for _code, p, _npv in rows if p is not None]
    assert paybacks == sorted(paybacks)
    assert rows[-1][0] == "TC-02"
    npv = {a.option.code: a.economics.npv for a in appraisals}
    assert all(value == pytest.approx(npv[code]) for code, _p, value in rows)

    bubbles: CostSavingsView = charts.cost_savings
    co2 = {a.option.code: a.co2.total_t for a in appraisals}
    largest = max(co2.values())
    for code, diameter in bubbles.sizes.items():
        share = ((diameter - bubbles.MIN_SIZE) / (bubbles.MAX_SIZE - bubbles.MIN_SIZE)) ** 2
        assert share * largest == pytest.approx(co2[code], abs=1e-6)  # bubble area grows with the CO2
    tc02 = next(a for a in appraisals if a.option.code == "TC-02")
    assert bubbles.points["TC-02"][0] == pytest.approx(math.log10(tc02.option.investment / 1e6))
    charts.setCurrentIndex(1)
    qtbot.wait(10)
    bubbles._relabel()
    _no_overlaps([label.sceneBoundingRect() for label in bubbles._labels])

    pareto = charts.pareto
    costs = sorted((w.annual_cost for w in detail.waste_streams), reverse=True)
    assert list(pareto.costs) == costs
    # 3 650 + 1 903.5 + 522.45 + 265.5 + 171 + 108.54 = 6 620.99 million VND a year.
    assert pareto.costs.sum() == pytest.approx(6_620.99e6)
    assert pareto.cumulative_pct[0] == pytest.approx(100 * 3_650 / 6_620.99)
    assert pareto.cumulative_pct[-1] == pytest.approx(100.0)
    assert all(b >= a for a, b in zip(pareto.cumulative_pct, pareto.cumulative_pct[1:], strict=False))

    for index, view in enumerate((charts.payback_npv, charts.cost_savings, charts.pareto)):
        charts.setCurrentIndex(index)
        folder = tmp_path / str(index)
        folder.mkdir()
        _exports(view, folder)
    charts.reset()
    assert charts.payback_npv.rows == []
    assert charts.pareto.costs.size == 0


def test_axis_numbers_follow_the_locale() -> None:
    assert LocaleAxis("bottom", "vi").tickStrings([1000.0, 2500.0], 1.0, 500.0) == ["1.000", "2.500"]
    assert LocaleAxis("bottom", "en").tickStrings([0.25, 0.5], 1.0, 0.25) == ["0.25", "0.50"]
