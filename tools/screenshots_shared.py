"""Grab the screens of several people on one database to docs/: the question an edit asks when
a colleague changed the record meanwhile, and a record's history.

    python tools/screenshots_shared.py            English: docs/shared-conflict.png,
                                                  docs/record-history.png
    python tools/screenshots_shared.py --lang vi  the same in Vietnamese (``-vi`` before .png)

Everything happens in a temporary folder, on the demo data in the chosen language. Two
people work on it at once, each on a connection of their own: Nguyễn Văn A changes the first
option's investment and savings while Trần Thị B has the option's form open; B presses OK,
and the question is what the first picture shows. The second is the option's history after a
few more edits by both. Each picture is the main window at 1366×768 with the dialog over it,
as the person sees it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"
SIZE = (1366, 768)


def settle(ms: int = 400) -> None:
    from cpdesk.gui.workers import running_jobs

    app = QApplication.instance()
    while running_jobs():
        app.processEvents()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def grab(window: QWidget, dialog: QWidget, name: str, lang: str) -> Path:
    """The window with the dialog over its middle, as one picture."""
    settle()
    picture = QPixmap(window.grab())
    over = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the window behind, dimmed a little
    painter.drawPixmap(QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2), over)
    painter.end()
    path = DOCS / (f"{name}.png" if lang == "en" else f"{name}-{lang}.png")
    picture.toImage().save(str(path), "PNG", 9)
    print(f"{path.relative_to(DOCS.parent)}  {path.stat().st_size // 1024} KB")
    return path


def shoot(lang: str) -> None:
    from cpdesk.core.entities import Entity
    from cpdesk.gui import i18n
    from cpdesk.gui.app import open_or_create
    from cpdesk.gui.changed_meanwhile import ChangedMeanwhileDialog, Choice
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench
    from cpdesk.services import editing
    from cpdesk.services.assessment import assessments
    from cpdesk.services.workspace import open_workspace

    i18n.install(lang)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = open_or_create(str(folder / "centre.sqlite"), lang=lang)
        colleague = open_workspace(db.url)
        colleague.person = "Nguyễn Văn A"
        demo = next(a for a in assessments.list_assessments(db) if a.origin.value == "demo")
        option = next(o for o in assessments.show_assessment(db, demo.id).options if o.investment > 0)

        prefs = Preferences(user_name="Trần Thị B", language=lang, number_locale=lang)
        workbench = Workbench(db, prefs, "centre.sqlite")  # the status bar names no folder of this machine
        window = MainWindow(workbench)
        window.resize(*SIZE)
        window.show()
        window.open_item("assessment", demo.id)
        section = window.show_section("options")
        section.table.select(option.id)
        settle()

        form = section.edit_option()
        form.investment.setText(f"{round(option.investment * 1.1, -6):.0f}")
        form.title.setText(option.title + (" (đã báo giá)" if lang == "vi" else " (quoted)"))
        settle()
        values = {"investment": round(option.investment * 1.25, -6), "annual_savings": option.annual_savings * 1.1}
        editing.apply(colleague, editing.Update(Entity.OPTION, option.id, values))

        def shown(dialog: ChangedMeanwhileDialog) -> int:
            dialog.show()
            settle()
            grab(window, dialog, "shared-conflict", lang)
            dialog.choose(Choice.MERGE, {"investment": "theirs", "title": "mine"})
            return int(dialog.result())

        ChangedMeanwhileDialog.exec = shown  # type: ignore[method-assign]
        form.accept()
        settle()

        editing.apply(colleague, editing.Update(Entity.OPTION, option.id, {"lifetime_years": 8.0}))
        workbench.look_for_changes()
        settle()
        history = section.table.show_history()
        assert history is not None
        settle()
        grab(window, history, "record-history", lang)
        history.close()
        window.close()
        workbench.stop_watching()
        colleague.close()
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "vi"), default="en")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    DOCS.mkdir(exist_ok=True)
    shoot(args.lang)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
