# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The workbench on a field laptop's screen (1366×768) and on a smaller one (1280×720), in
Vietnamese and in English, with the navigator and the progress panel shown: no section's
minimum size makes the window wider than the screen, the columns that carry the money are in
view, the flow chart is drawn at a scale one can read, and guided mode shows its task list and
its buttons without scrolling."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.main_window import MainWindow  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench, wait_for_jobs  # noqa: E402

SECTIONS = (
    "overview",
    "team",
    "process_steps",
    "flow_chart",
    "streams",
    "balances",
    "waste_costs",
    "options",
    "implementation",
    "verification",
    "attachments",
    "loggers",
)
SCREENS = ((1366, 768), (1280, 720))


@pytest.fixture(params=["vi", "en"])
def window(request, qtbot, demo_db, english_afterwards) -> Iterator[MainWindow]:
    """The main window on the demo assessment in ``lang``, navigator and progress panel shown."""
    lang = request.param
    i18n.install(lang)
    window = MainWindow(make_workbench(demo_db, lang))
    qtbot.addWidget(window)
    window.navigator_dock.show()
    window.progress_dock.show()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def settle(qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    wait_for_jobs(qtbot)
    window.resize(*size)
    qtbot.wait(20)  # the layouts' deferred requests


def in_view(widget: QWidget, window: QWidget) -> bool:
    """``widget`` is shown whole inside the window, not cut by a scroll area or the edge."""
    if not widget.isVisible():
        return False
    shown = widget.visibleRegion().boundingRect()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return shown.size() == widget.size() and window.rect().contains(QRect(top_left, widget.size()))


def column_in_view(table, column: int) -> bool:
    """The table's ``column`` is shown, from its left edge to its right, without scrolling."""
    view = table.view
    header = view.horizontalHeader()
    view.horizontalScrollBar().setValue(0)
    if view.isColumnHidden(column):
        return False
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= view.viewport().width()


@pytest.mark.parametrize("size", SCREENS, ids=["1366x768", "1280x720"])
def test_every_section_fits_the_screen(qtbot, window, size) -> None:
    widths = {}
    for key in SECTIONS:
        window.show_section(key)
        settle(qtbot, window, size)
        widths[key] = (window.minimumSizeHint().width(), window.width(), window.height())
    too_wide = {k: v for k, v in widths.items() if v[0] > 1280 or v[1:] != size}
    assert not too_wide, f"(minimum width, width, height) of the window at {size}: {too_wide}"


#: Each table's columns that must be in view: the option, its money, what waste costs a year,
#: what the monitoring found.
KEY_COLUMNS = {
    "options": ("options", "table", ["title", "investment", "annual_savings"]),
    "feasibility": ("options", "appraisal_table", [1, 2, 4, 5]),  # the option, payback, NPV, IRR
    "waste_costs": ("waste_costs", "waste_table", ["name", 5]),  # 5: the cost per year (computed)
    "implementation": ("implementation", "table", ["title", "monitored_annual_savings"]),
}


@pytest.mark.parametrize("size", SCREENS, ids=["1366x768", "1280x720"])
@pytest.mark.parametrize("key", sorted(KEY_COLUMNS))
def test_the_key_columns_are_in_view(qtbot, window, size, key) -> None:
    section_key, name, columns = KEY_COLUMNS[key]
    section = window.show_section(section_key)
    settle(qtbot, window, size)
    table = getattr(section, name)
    model = table.model
    assert model.rowCount() > 0
    for column in columns:
        number = column if isinstance(column, int) else model.column_of(column)
        title = model.headerData(number, Qt.Orientation.Horizontal)
        assert column_in_view(table, number), f"{title!r} is not in view in {key} at {size}"


def test_the_flow_chart_fits_at_a_readable_scale_and_scrolls(qtbot, window) -> None:
    section = window.show_section("flow_chart")
    settle(qtbot, window, (1366, 768))
    chart = section.chart
    chart.fit()
    assert chart.zoom() >= 0.7, f"the chart is drawn at {chart.zoom():.2f}"  # 9-point names at 6.3 points
    content = chart.mapFromScene(chart.scene_rect_of_content()).boundingRect()
    if content.width() > chart.viewport().width():
        assert chart.horizontalScrollBar().maximum() > 0  # what does not fit scrolls
        # the process starts at the left: its first steps are shown, not the middle
        assert chart.mapFromScene(chart.scene_rect_of_content().topLeft()).x() >= -1


@pytest.mark.parametrize("size", SCREENS, ids=["1366x768", "1280x720"])
def test_guided_mode_shows_its_tasks_and_buttons_without_scrolling(qtbot, window, size) -> None:
    window.show_section("overview")
    settle(qtbot, window, size)
    panel = window.progress
    if not panel.guided_action.isChecked():
        panel.guided_action.trigger()
    settle(qtbot, window, size)
    view = panel.guided
    view.select_task(5)
    view.go.click()  # the task's screen, the balances, beside the guide
    settle(qtbot, window, size)
    assert (window.width(), window.height()) == size
    for button in (view.go, view.done):
        assert in_view(button, window), f"{button.text()!r} is not in view"
    assert in_view(view.tree, window)
    assert view.tree.viewport().height() >= 8 * view.tree.fontMetrics().height()  # a task list, not a slit


def test_the_overview_stacks_its_columns_on_a_narrow_screen(qtbot, window) -> None:
    overview = window.show_section("overview")
    settle(qtbot, window, (1600, 900))
    assert overview.columns.side_by_side()
    settle(qtbot, window, (1000, 700))
    assert window.width() == 1000
    assert not overview.columns.side_by_side()  # one under the other, scrolled
    assert overview.columns.verticalScrollBar().maximum() > 0
    assert all(w.width() <= overview.columns.viewport().width() for w in overview.columns.columns)
