"""Fixtures of the workbench tests: a workbench on a database, the main window on the demo
database (``demo_db``, from ``tests/plugins/demo.py``), and helpers that wait and type.
Imported by the test modules that use them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cpdesk.gui.preferences import Preferences


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
