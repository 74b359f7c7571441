"""The workbench opens on the demo data: navigator filled, the demo assessment shown."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui.app import open_or_create  # noqa: E402
from cpdesk.gui.main_window import ASSESSMENT_ROLE, MainWindow  # noqa: E402
from cpdesk.services import catalogue  # noqa: E402


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gui") / "first-start.sqlite"
    open_or_create(str(path)).close()
    return path


def test_first_start_writes_the_demo_once(demo_path: Path) -> None:
    db = open_or_create(str(demo_path))  # second start: the file exists, nothing written
    try:
        codes = [p.code for p in catalogue.list_programmes(db)]
    finally:
        db.close()
    assert sorted(codes) == sorted(set(codes)) and "CP-EE" in codes


def test_main_window_shows_the_demo_assessment(qtbot, demo_path: Path, tmp_path: Path) -> None:
    db = open_or_create(str(demo_path))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    top = [window.navigator.topLevelItem(i).text(0) for i in range(window.navigator.topLevelItemCount())]
    assert any(t.startswith("CP-EE") for t in top) and any(t.startswith("BE-TEXTILE") for t in top)
    current = window.navigator.currentItem()
    assert current is not None and current.data(0, ASSESSMENT_ROLE)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[0].startswith("Tasks (18)")
    assert any(t.startswith("Options (") for t in tabs)
    assert "textile" in window.header.text().lower() or "dệt" in window.header.text().lower()
    assert not window.grab().isNull()
    db.close()
