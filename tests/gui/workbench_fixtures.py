"""Fixtures of the workbench tests: the demo database (made once, copied per test), a
workbench on it, and the main window. Imported by the test modules that use them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.gui.app import open_or_create
from cpdesk.gui.preferences import Preferences
from cpdesk.services.workspace import open_workspace

_built: list[Path] = []


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database as a first start writes it, made once per test run.

    Each test module imports this fixture, which makes it a fixture of its own per module;
    the list above keeps them to one demo database (writing it takes seconds).
    """
    if not _built or not _built[0].exists():
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
        open_or_create(str(path)).close()
        _built[:] = [path]
    return _built[0]


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[object]:
    """A private copy of the demo database, opened."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_workspace(path)
    yield database
    database.close()


def make_workbench(db: object, lang: str = "vi", numbers: str = "") -> object:
    from cpdesk.gui.workbench import Workbench

    prefs = Preferences(user_name="Lan", language=lang, number_locale=numbers)
    return Workbench(db, prefs, str(getattr(db, "path", "")))


@pytest.fixture
def demo_window(qtbot, demo_db) -> Iterator[object]:
    """The main window on the demo data, shown, in Vietnamese notation (no translator)."""
    from cpdesk.gui.main_window import MainWindow

    window = MainWindow(make_workbench(demo_db))
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def wait_for_jobs(qtbot, timeout: int = 10_000) -> None:
    """Wait until every background job has delivered its result."""
    from cpdesk.gui.workers import running_jobs

    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=timeout)


def type_text(widget: object, text: str) -> None:
    """Type ``text`` into a widget key by key, Vietnamese letters included (QTest's
    keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
