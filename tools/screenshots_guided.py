"""Grab guided mode of the workbench to docs/, on the demo assessment, as a trainee sees it:

    python tools/screenshots_guided.py      docs/workbench-guided-vi.png and -en.png (the
                                            progress panel in guided mode, task 5 chosen,
                                            its screen, the balances, opened beside it),
                                            and -guided-1366-vi.png and -en.png at 1366 × 768

The demo database is written afresh in a temporary folder (with the settings of the pictures'
own, not the user's) and removed afterwards. The window's size and the way a picture is saved
are those of ``tools/screenshots.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tools.screenshots import DOCS, SIZE, SMALL, grab  # noqa: E402

#: The task shown: the material, water and energy balances, marked done while a check fails.
TASK = 5


def settle(ms: int = 600) -> None:
    """Let background jobs finish and charts draw (they wait for a pause in the edits)."""
    from cpdesk.gui.workers import running_jobs

    app = QApplication.instance()
    while running_jobs():
        app.processEvents()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def shoot(db: object, lang: str, location: str, size: tuple[int, int] = SIZE) -> None:
    from cpdesk.gui import i18n
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench

    i18n.install(lang)
    name = "Đỗ Thị Lan" if lang == "vi" else "Lan Do"
    prefs = Preferences(user_name=name, language=lang, role="trainee")  # a trainee starts guided
    window = MainWindow(Workbench(db, prefs, location))
    window.resize(*size)
    window.show()
    settle()
    panel = window.progress
    if not panel.guided_action.isChecked():
        panel.guided_action.trigger()
    settle()
    view = panel.guided
    view.select_task(TASK)
    view.go.click()  # the task's screen beside the guide
    settle()
    grab(window, "guided" if size == SIZE else f"guided-{size[0]}", lang)
    window.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cpdesk.gui.app import open_or_create

    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = folder
        for lang in ("vi", "en"):  # the demo in the screens' language, as a first start writes it
            db = open_or_create(str(Path(folder) / f"demo-{lang}.sqlite"), lang=lang)
            try:
                for size in (SIZE, SMALL):
                    shoot(db, lang, "demo.sqlite", size)
            finally:
                db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
