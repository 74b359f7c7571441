# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The workbench opens on the demo data: navigator filled, the demo assessment shown;
search, programme roll-up and sections work on the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui.app import open_or_create  # noqa: E402
from cpdesk.gui.navigator import ASSESSMENT, PROGRAMME  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401


def test_first_start_writes_the_demo_once(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.sqlite"
    path.write_bytes(demo_template.read_bytes())
    db = open_or_create(str(path))  # the file exists: nothing is written a second time
    try:
        codes = [p.code for p in catalogue.list_programmes(db)]
    finally:
        db.close()
    assert sorted(codes) == sorted(set(codes))
    assert "CP-EE" in codes


def test_main_window_opens_on_the_demo_assessment(demo_window) -> None:
    window = demo_window
    kind, key = window.navigator.current()
    assert kind == ASSESSMENT
    assert window.current_assessment() == key
    assert window.pages.currentWidget() is window.workspace
    assert "dệt" in window.workspace.header.text().lower()
    assert window.workspace.current_key() == "overview"
    assert window.progress.bar.value() == 10  # the demo marks 13 tasks done; 10 pass their checks
    assert not window.grab().isNull()


def test_navigator_search_ignores_accents(demo_window, qtbot) -> None:
    nav = demo_window.navigator
    qtbot.keyClicks(nav.search, "det nhuom")
    shown = []
    proxy = nav.proxy

    def walk(parent) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            shown.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    assert any("Dệt nhuộm Phú An" in text for text in shown)
    assert not any(text.startswith("CP-EE company") for text in shown)


def test_programme_page_rolls_up_table_2(demo_window) -> None:
    window = demo_window
    programmes = {p.code: p.id for p in catalogue.list_programmes(window.wb.db)}
    window.open_item(PROGRAMME, programmes["CP-EE"])
    page = window.programme_page
    assert window.pages.currentWidget() is page
    figures = {f.label: f for f in page.figures.rows}
    assert figures["Options proposed"].value == 122
    assert figures["Options implemented"].value == 72
    assert figures["Investment (implemented)"].value == pytest.approx(112_000)
    assert page.assessments.rowCount() == 9
    assert page.companies.rowCount() == 9
    assert page.sectors.rowCount() > 1
