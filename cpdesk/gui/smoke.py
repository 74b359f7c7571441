"""The workbench's entry point with a smoke-test hook: quit once the main window has shown.

The frozen ``cpdesk-gui`` starts here, and so do the installer's CI test and the start-up
benchmark when they run cpdesk from source. Without ``CPDESK_SMOKE_REPORT`` in the
environment this is exactly :func:`cpdesk.gui.app.main`. With ``CPDESK_SMOKE_REPORT=FILE``,
the workbench starts as usual (same arguments, same database, demo data on first start) and,
as soon as its main window has been shown and the event loop has run once, writes a JSON
report to FILE and quits with the workbench's own exit code.

The report says what a smoke test of a frozen build needs to know: when the window showed
(``shown_at``, seconds since the epoch, to compare with the time the process was spawned;
``cpu_seconds_at_shown``, the CPU time the process had used by then), its title, the Qt
platform plugin that ran, the image formats Qt can read (the bundled plugins: SVG, ICO,
JPEG...), whether the SVG application icon renders (the SVG icon engine), and which
translation files the bundle carries and Qt can load.

If a modal dialog shows before the report is written (an error message, say), a smoke run
could wait for ever on a screen nobody sees: the hook then writes a report with the dialog's
title and text under ``blocked_by_dialog`` and ends the process with exit code 3.

The hook needs no change to ``app.py``: ``app.main`` reuses a QApplication that already
exists, so the watcher is installed on one made here first.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

SMOKE_ENV = "CPDESK_SMOKE_REPORT"
ICON_RESOURCE = ("icons", "cpdesk.svg")


class MainWindowShownWatcher(QObject):
    """Writes the smoke report and quits once a main window has shown; stops at a modal dialog."""

    def __init__(self, report_path: Path, app: QApplication) -> None:
        super().__init__(app)
        self.report_path = report_path
        self.app = app
        self.shown_at: float | None = None
        self.cpu_at_shown = 0.0
        self.finished = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.finished and event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            if watched.isModal():
                self._blocked(watched)
        if self.shown_at is None and event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            self.shown_at = time.time()
            # CPU time is what start-up costs on an idle laptop; wall time also counts
            # whatever else the machine was doing.
            self.cpu_at_shown = time.process_time()
            window = watched
            # Let the loop run once (layout, first paint) before reporting: a window that
            # shows but cannot paint is not a working start.
            QTimer.singleShot(0, lambda: self._finish(window))
        return False

    def _blocked(self, dialog: QDialog) -> None:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        report = {
            "blocked_by_dialog": {"class": type(dialog).__name__, "title": dialog.windowTitle(), "text": text},
            "frozen": bool(getattr(sys, "frozen", False)),
        }
        self.report_path.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        if sys.stderr is not None:  # None in a windowed Windows executable
            print(f"cpdesk smoke: a dialog showed during start-up: {dialog.windowTitle()}: {text}", file=sys.stderr)
        # No one can answer the dialog, and returning from its event loop would let the
        # workbench go on as if it had been answered: end here, with a failure code.
        os._exit(3)

    def _finish(self, window: QMainWindow) -> None:
        self.finished = True
        report = smoke_report(window, self.shown_at or time.time(), self.cpu_at_shown)
        self.report_path.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        self.app.quit()


def smoke_report(window: QMainWindow, shown_at: float, cpu_at_shown: float) -> dict[str, Any]:
    """What the smoke test checks about a started workbench (see the module docstring)."""
    formats = sorted(bytes(f.data()).decode("ascii", "replace") for f in QImageReader.supportedImageFormats())
    return {
        "shown_at": shown_at,
        "cpu_seconds_at_shown": cpu_at_shown,
        "reported_at": time.time(),
        "window_title": window.windowTitle(),
        "window_visible": window.isVisible(),
        "platform": QGuiApplication.platformName(),
        "qt_version": qVersion(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "image_formats": formats,
        "svg_icon_renders": _svg_icon_renders(),
        "translations": _loadable_translations(),
    }


def _svg_icon_renders() -> bool:
    icon_path = resources.files("cpdesk.resources").joinpath(*ICON_RESOURCE)
    if not icon_path.is_file():
        return False
    return not QIcon(str(icon_path)).pixmap(48, 48).isNull()


def _loadable_translations() -> dict[str, bool]:
    """Each bundled .qm file and whether QTranslator loads it."""
    folder = resources.files("cpdesk.resources").joinpath("translations")
    if not folder.is_dir():
        return {}
    loaded = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".qm"):
            loaded[entry.name] = QTranslator().load(str(entry))
    return loaded


def main(argv: Sequence[str] | None = None) -> int:
    """Start the workbench; with ``CPDESK_SMOKE_REPORT`` set, report and quit once it has shown."""
    report = os.environ.get(SMOKE_ENV)
    if report:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.installEventFilter(MainWindowShownWatcher(Path(report), app))

    from cpdesk.gui import app as workbench

    return workbench.main(argv)


if __name__ == "__main__":
    sys.exit(main())
