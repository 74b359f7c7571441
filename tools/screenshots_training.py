"""Grab the centre's screens of the workbench to docs/, on the demo data (the centre's 2004
records and table 4 of its annual report):

    python tools/screenshots_training.py    docs/workbench-training-records.png (the in-depth
                                            programme, its sessions and the attendance of one),
                                            docs/workbench-centre-year-vi.png and -en.png (2004),
                                            docs/workbench-indicators.png (office paper: not met)

The demo database is written in a temporary folder and removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"


def settle(ms: int = 300) -> None:
    app = QApplication.instance()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def grab(widget: QWidget, name: str) -> Path:
    settle()
    path = DOCS / f"{name}.png"
    widget.grab().toImage().save(str(path), "PNG", 9)
    print(path.relative_to(DOCS.parent))
    return path


def workbench(db: object, lang: str) -> object:
    from cpdesk.gui import i18n
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench

    i18n.install(lang)
    prefs = Preferences(user_name="Đỗ Thị Lan" if lang == "vi" else "Lan Do", language=lang, number_locale=lang)
    return Workbench(db, prefs)


def records(db: object) -> None:
    from cpdesk.core.training_vocabulary import CourseKind
    from cpdesk.gui.training.records import TrainingRecordsDialog

    dialog = TrainingRecordsDialog(workbench(db, "en"))
    dialog.resize(1280, 800)
    dialog.show()
    settle()
    course = next(r for r in dialog.courses.model.rows if r.kind == CourseKind.IN_DEPTH_PROGRAMME)
    dialog.courses.select(course.id)
    settle()
    dialog.sessions.select(dialog.sessions.model.rows[1].id)
    grab(dialog, "workbench-training-records")
    dialog.close()


def centre_year(db: object, lang: str) -> None:
    from cpdesk.gui.training.centre_year import CentreYearDialog

    dialog = CentreYearDialog(workbench(db, lang), year=2004)
    dialog.resize(1120, 620)
    dialog.show()
    dialog.courses.view.setFocus()
    grab(dialog, f"workbench-centre-year-{lang}")
    dialog.close()


def indicators(db: object) -> None:
    from cpdesk.gui.training.indicators import IndicatorsDialog

    dialog = IndicatorsDialog(workbench(db, "en"))
    dialog.resize(1200, 820)
    dialog.show()
    settle()
    grab(dialog, "workbench-indicators")
    dialog.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cpdesk.gui.app import open_or_create

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = str(Path(folder) / "data")
        db = open_or_create(str(Path(folder) / "demo.sqlite"))
        try:
            records(db)
            centre_year(db, "vi")
            centre_year(db, "en")
            indicators(db)
        finally:
            db.close()
    app.quit()


if __name__ == "__main__":
    main()
