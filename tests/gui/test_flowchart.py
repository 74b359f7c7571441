"""The flow chart editor driven with the mouse and keyboard, on the demo plant and on a small one."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cpdesk.core.entities import Change, Entity  # noqa: E402
from cpdesk.core.vocabulary import Carrier, StreamKind  # noqa: E402
from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.flowchart import FlowChartView  # noqa: E402
from cpdesk.gui.flowchart.data import load_chart  # noqa: E402
from cpdesk.gui.flowchart.dialogs import StepDraft, StreamDialog, StreamDraft  # noqa: E402
from cpdesk.gui.flowchart.routing import Link, Rect, route  # noqa: E402
from cpdesk.gui.workbench import Editor  # noqa: E402
from cpdesk.services.assessment import (
    assessments,
    flow,  # noqa: E402
)
from cpdesk.services.assessment import companies as catalogue

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def textile(demo_db):
    return next(a for a in assessments.list_assessments(demo_db) if a.origin.value == "demo")


@pytest.fixture
def plant(db):
    """Boiler and dyeing, no stream between them yet, nothing placed on the chart."""
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=15_700)
    boiler = flow.add_process_step(db, a.id, name="Lò hơi")
    dyeing = flow.add_process_step(db, a.id, name="Nhuộm", is_focus=True)
    flow.add_stream(db, a.id, name="Than", kind="energy", carrier="anthracite", target_step_id=boiler.id)
    return a, boiler, dyeing


def _show(qtbot, view: FlowChartView) -> FlowChartView:
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _mouse(view: FlowChartView, kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> None:
    """Send a mouse event at a scene point, with the buttons held (QTest's moves carry none)."""
    local = QPointF(view.mapFromScene(at))
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    screen = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    event = QMouseEvent(kind, local, screen, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _drag(view: FlowChartView, start: QPointF, end: QPointF) -> None:
    left = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, start, left)
    for t in (0.25, 0.5, 0.75, 1.0):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * t, left)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def _right_handle(view: FlowChartView, step_id) -> QPointF:
    box = view.steps[step_id].scene_box()
    return QPointF(box.right, box.centre_y)


def _centre(view: FlowChartView, step_id) -> QPointF:
    box = view.steps[step_id].scene_box()
    return QPointF(box.x + box.w / 2, box.centre_y)


def test_auto_layout_places_every_step_apart_and_no_arrow_crosses_a_box(qtbot, demo_db, textile) -> None:
    view = _show(qtbot, FlowChartView(Editor(demo_db), textile.id))
    assert len(view.steps) == 11
    assert view.laid_out == set(view.steps)
    footprints = {key: item.scene_footprint() for key, item in view.steps.items()}
    for (a, fa), (b, fb) in itertools.combinations(footprints.items(), 2):
        apart = fa.right <= fb.left or fb.right <= fa.left or fa.bottom <= fb.top or fb.bottom <= fa.top
        assert apart, (view.steps[a].step.name, view.steps[b].step.name)
    boxes = {key: item.scene_box() for key, item in view.steps.items()}
    between = [item for item in view.streams.values() if not item.is_boundary]
    assert len(between) == 31  # resources/demo/textile.json
    assert len(view.streams) == 63  # with 7 heat losses to the air
    for item in between:
        points = [(p.x(), p.y()) for p in item.points]
        assert points[0][0] == boxes[item.stream.source].right
        assert points[-1][0] == boxes[item.stream.target].left
        for a, b in zip(points, points[1:], strict=False):
            assert a[0] == b[0] or a[1] == b[1]  # orthogonal legs only
            hit = [key for key, box in boxes.items() if box.hits(a, b, -0.5)]
            assert hit == [], (item.stream.name, [view.steps[k].step.name for k in hit])
    # Every boundary stream is drawn with its name beside its step.
    labels = {item.label_text for item in view.streams.values() if item.is_boundary}
    assert "Than antraxit" in labels
    assert "Nước thải sau xử lý" in labels


def test_drag_from_a_handle_creates_a_stream(qtbot, db, plant, monkeypatch) -> None:
    a, boiler, dyeing = plant
    view = _show(qtbot, FlowChartView(Editor(db), a.id))
    asked: list[StreamDraft] = []

    def answer(draft: StreamDraft, editing_existing: bool = False) -> StreamDraft:
        asked.append(draft)
        return StreamDraft("Hơi cho nhuộm", StreamKind.ENERGY, Carrier.STEAM, draft.source, draft.target)

    monkeypatch.setattr(view, "ask_stream", answer)
    with qtbot.waitSignal(view.changed, timeout=2000):
        _drag(view, _right_handle(view, boiler.id), _centre(view, dyeing.id))
    assert (asked[0].source, asked[0].target) == (boiler.id, dyeing.id)
    steam = next(s for s in load_chart(db, a.id).streams if s.name == "Hơi cho nhuộm")
    assert (steam.source, steam.target, steam.carrier, steam.kind) == (boiler.id, dyeing.id, "steam", "energy")
    assert not view.streams[steam.id].is_boundary

    # Dropped on empty space, the stream leaves the plant; from the left handle it enters.
    empty = _centre(view, dyeing.id) + QPointF(0, 400)
    _drag(view, _right_handle(view, dyeing.id), empty)
    box = view.steps[dyeing.id].scene_box()
    _drag(view, QPointF(box.left, box.centre_y), empty)
    ends = [(s.source, s.target) for s in load_chart(db, a.id).streams if s.name == "Hơi cho nhuộm"]
    assert len(ends) == 3
    assert set(ends) == {(boiler.id, dyeing.id), (dyeing.id, None), (None, dyeing.id)}
    assert (asked[1].kind, asked[1].carrier) == (StreamKind.WASTE, Carrier.WASTEWATER)


def test_moving_a_step_stores_the_chart_and_undo_puts_it_back(qtbot, db, plant) -> None:
    a, boiler, dyeing = plant
    editor = Editor(db)
    stack = editor.undo_stack
    view = _show(qtbot, FlowChartView(editor, a.id))
    start = _centre(view, boiler.id)
    before = view.steps[boiler.id].pos()
    with qtbot.waitSignal(view.changed, timeout=2000):
        _drag(view, start, start + QPointF(123, 48))
    steps = {s.id: s for s in load_chart(db, a.id).steps}
    # Snapped to the 10-unit grid; the other step's laid-out place is stored with the move.
    moved_to = (round((before.x() + 123) / 10) * 10, round((before.y() + 48) / 10) * 10)
    assert (steps[boiler.id].x, steps[boiler.id].y) == moved_to
    assert (steps[dyeing.id].x, steps[dyeing.id].y) == (view.steps[dyeing.id].x(), view.steps[dyeing.id].y())
    assert view.laid_out == set()
    assert stack.count() == 1
    stack.undo()
    steps = {s.id: s for s in load_chart(db, a.id).steps}
    assert all(s.x is None and s.y is None for s in steps.values())
    assert view.steps[boiler.id].pos() == before
    stack.redo()
    assert load_chart(db, a.id).steps[0].x == moved_to[0]


def test_delete_takes_the_streams_along_and_undo_restores_them(qtbot, db, plant) -> None:
    a, boiler, dyeing = plant
    editor = Editor(db)
    stack = editor.undo_stack
    view = _show(qtbot, FlowChartView(editor, a.id))
    steam = view.add_stream(StreamDraft("Hơi", StreamKind.ENERGY, Carrier.STEAM, boiler.id, dyeing.id))
    assert steam is not None
    assert stack.count() == 1
    view.steps[boiler.id].setSelected(True)
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    chart = load_chart(db, a.id)
    assert [s.name for s in chart.steps] == ["Nhuộm"]
    assert chart.streams == ()
    stack.undo()
    chart = load_chart(db, a.id)
    assert {s.id for s in chart.steps} == {boiler.id, dyeing.id}
    assert {s.name for s in chart.streams} == {"Hơi", "Than"}
    assert steam in view.streams
    stack.undo()  # the stream's creation
    assert {s.name for s in load_chart(db, a.id).streams} == {"Than"}
    stack.redo()
    stack.redo()
    assert [s.name for s in load_chart(db, a.id).steps] == ["Nhuộm"]


def test_double_click_edits_and_a_refused_edit_stores_nothing(qtbot, db, plant, monkeypatch) -> None:
    a, boiler, dyeing = plant
    view = _show(qtbot, FlowChartView(Editor(db), a.id))
    monkeypatch.setattr(view, "ask_step", lambda draft, editing_existing=False: StepDraft("Lò hơi ghi xích", "", True))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(_centre(view, boiler.id)))
    step = next(s for s in load_chart(db, a.id).steps if s.id == boiler.id)
    assert (step.name, step.is_focus) == ("Lò hơi ghi xích", True)
    messages: list[str] = []
    view.failed.connect(messages.append)
    assert view.add_stream(StreamDraft("Vòng", StreamKind.WATER, Carrier.WATER, dyeing.id, dyeing.id)) is None
    assert "same step" in messages[0]
    assert {s.name for s in load_chart(db, a.id).streams} == {"Than"}


def test_a_refused_edit_is_said_in_the_users_language(qtbot, db, plant, english_afterwards) -> None:
    a, _, dyeing = plant
    i18n.install("vi")
    view = _show(qtbot, FlowChartView(Editor(db), a.id))
    messages: list[str] = []
    view.failed.connect(messages.append)
    assert view.add_stream(StreamDraft("Vòng", StreamKind.WATER, Carrier.WATER, dyeing.id, dyeing.id)) is None
    assert messages[0] == "Đến công đoạn: trùng với công đoạn nguồn"  # the field, then why, in Vietnamese


def test_new_step_by_double_click_on_empty_space(qtbot, db, plant, monkeypatch) -> None:
    a, *_ = plant
    view = _show(qtbot, FlowChartView(Editor(db), a.id))
    monkeypatch.setattr(view, "ask_step", lambda draft, editing_existing=False: StepDraft("Giặt", "", False))
    empty = view.mapToScene(view.viewport().rect().bottomLeft()) + QPointF(40, -40)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(empty))
    washing = next(s for s in load_chart(db, a.id).steps if s.name == "Giặt")
    assert abs(washing.x - empty.x()) <= 5
    assert abs(washing.y - empty.y()) <= 5


def test_zoom_keys(qtbot, demo_db, textile) -> None:
    view = _show(qtbot, FlowChartView(Editor(demo_db), textile.id))
    fitted = view.zoom()
    assert fitted < 1.0  # the demo chart is wider than the window
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * 0.8)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted)


def test_export_png_and_svg(qtbot, demo_db, textile, tmp_path: Path) -> None:
    view = _show(qtbot, FlowChartView(Editor(demo_db), textile.id))
    view.export_png(tmp_path / "chart.png", scale=1.0)
    view.export_svg(tmp_path / "chart.svg")
    image = QImage(str(tmp_path / "chart.png"))
    content = view.scene_rect_of_content()
    assert (image.width(), image.height()) == (round(content.width()), round(content.height()))
    root = ET.parse(tmp_path / "chart.svg").getroot()
    assert root.tag == f"{SVG}svg"
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Nhuộm jet" in texts
    assert "Than antraxit" in texts


def test_context_menu_offers_the_chart_actions(qtbot, demo_db, textile) -> None:
    view = _show(qtbot, FlowChartView(Editor(demo_db), textile.id))
    step = next(iter(view.steps))
    on_step = [a.text() for a in view.context_menu(_centre(view, step)).actions() if a.text()]
    assert on_step[0] == "Edit step…"
    assert "Export as SVG…" in on_step
    far = QPointF(-5000, -5000)
    assert view.context_menu(far).actions()[0].text() == "Add process step here…"


def test_stream_dialog_checks_and_proposes_the_kind(qtbot) -> None:
    steps = [("a-id", "Lò hơi"), ("b-id", "Nhuộm")]
    dialog = StreamDialog(steps, draft=StreamDraft("", StreamKind.WATER, Carrier.WATER, "a-id", None), lang="en")
    qtbot.addWidget(dialog)
    assert not dialog._ok.isEnabled()  # no name yet
    dialog.name.setText("Steam")
    assert dialog._ok.isEnabled()
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("steam"))
    assert dialog.kind.currentData() == "energy"
    assert dialog.carrier.currentText() == "Steam"
    dialog.target.setCurrentIndex(dialog.target.findData("a-id"))
    assert not dialog._ok.isEnabled()  # a stream from a step to itself
    dialog.target.setCurrentIndex(dialog.target.findData("b-id"))
    assert dialog.draft() == StreamDraft("Steam", StreamKind.ENERGY, Carrier.STEAM, "a-id", "b-id")


def test_routes_go_round_a_box_in_the_way() -> None:
    boxes = {"a": Rect(0, 0, 100, 50), "mid": Rect(200, -20, 100, 90), "b": Rect(400, 0, 100, 50)}
    routes = route([Link("s", "a", "b")], boxes)
    points = routes["s"]
    assert points[0] == (100, 25)
    assert points[-1] == (400, 25)
    for p, q in zip(points, points[1:], strict=False):
        assert not boxes["mid"].hits(p, q)
    # A backward link (b -> a) runs round both ends instead of through them.
    back = route([Link("r", "b", "a")], boxes)["r"]
    for p, q in zip(back, back[1:], strict=False):
        assert all(not box.hits(p, q, -0.5) for box in boxes.values())


def test_one_stack_undoes_a_table_edit_and_a_chart_edit_in_turn(qtbot, db, plant) -> None:
    """A table and the chart on one editor: each undo takes back the other's edit, and the
    chart follows the table's edits without being told."""
    from cpdesk.gui.models.flow import ProcessStepModel

    a, boiler, dyeing = plant
    editor = Editor(db)
    stack = editor.undo_stack
    changes: list[Change] = []
    editor.changed.connect(changes.append)
    view = _show(qtbot, FlowChartView(editor, a.id))
    table = ProcessStepModel(editor.update, "vi", "vi")
    table.set_rows(assessments.show_assessment(db, a.id).steps)
    name_cell = table.index(table.index_of(boiler.id).row(), 1)

    assert table.setData(name_cell, "Nồi hơi", Qt.ItemDataRole.EditRole)  # a table edit
    assert changes[-1] == Change.of(Entity.PROCESS_STEP, ids=[boiler.id])
    assert view.steps[boiler.id].step.name == "Nồi hơi"  # the chart reloaded on the notice
    start = _centre(view, dyeing.id)
    _drag(view, start, start + QPointF(200, 0))  # a chart edit
    moved = view.steps[dyeing.id].pos()
    assert stack.count() == 2

    stack.undo()  # the chart's move
    assert load_chart(db, a.id).steps[1].x is None
    assert view.steps[dyeing.id].pos() != moved
    assert view.steps[boiler.id].step.name == "Nồi hơi"
    stack.undo()  # the table's rename
    assert [s.name for s in load_chart(db, a.id).steps] == ["Lò hơi", "Nhuộm"]
    assert view.steps[boiler.id].step.name == "Lò hơi"
    stack.redo()
    stack.redo()
    steps = load_chart(db, a.id).steps
    assert [s.name for s in steps] == ["Nồi hơi", "Nhuộm"]
    assert (steps[1].x, steps[1].y) == (moved.x(), moved.y())
    assert view.steps[dyeing.id].pos() == moved
