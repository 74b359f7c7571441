"""Grab the workbench's windows on the demo data to PNG files in docs/ (runs offscreen)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from cpdesk.gui.app import open_or_create  # noqa: E402
from cpdesk.gui.main_window import MainWindow  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        db = open_or_create(str(Path(folder) / "demo.sqlite"))
        window = MainWindow(db)
        window.resize(1400, 860)
        window.show()
        for index, name in (
            (0, "main-window-tasks"),
            (3, "main-window-streams"),
            (5, "main-window-options"),
        ):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(DOCS / f"{name}.png"))
            print(DOCS / f"{name}.png")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
