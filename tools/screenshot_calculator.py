"""Grab the savings calculator form on the demo data, in Vietnamese, as a field laptop shows
it: docs/calculator-vi.png, 1366 × 768.

    python tools/screenshot_calculator.py       (runs offscreen)

The demo's textile plant is written afresh in a temporary folder; the options section is
shown in the main window at 1366 × 768, and the form of option EM-01 (steam pipe
insulation) is opened over it with the header's temperature taken from the assessment, so the
picture shows the result, the heat loss against thickness and where each figure comes from.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"
SIZE = (1366, 768)
HEADER = "Rò rỉ hơi và bẫy hơi hỏng"


def settle(app: QApplication, ms: int = 500) -> None:
    from cpdesk.gui.workers import running_jobs

    while running_jobs():
        app.processEvents()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cpdesk.gui import i18n
    from cpdesk.gui.app import open_or_create
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.sections.calculator_dialog import CalculatorDialog
    from cpdesk.gui.workbench import Workbench
    from cpdesk.services.assessment import assessments

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = folder
        db = open_or_create(str(Path(folder) / "demo-vi.sqlite"), lang="vi")
        demo = next(a for a in assessments.list_assessments(db) if a.origin.value == "demo")
        detail = assessments.show_assessment(db, demo.id)
        option = next(o for o in detail.options if o.code == "EM-01")
        header = next(s for s in detail.streams if s.name == HEADER)
        i18n.install("vi")
        window = MainWindow(Workbench(db, Preferences(user_name="Đỗ Thị Lan", language="vi"), "demo-vi.sqlite"))
        window.resize(*SIZE)
        window.show()
        window.show_section("options")
        settle(app)
        dialog = CalculatorDialog(window.wb, option.id, window)
        dialog.chooser.setCurrentIndex(dialog.chooser.findData("pipe_insulation"))
        rows = dialog.rows
        rows["fluid_temperature"].choose(f"stream.temperature:{header.id}")
        for name, text in (
            ("pipe_diameter", "114,3"),
            ("length", "85"),
            ("insulation_thickness", "50"),
            ("insulation_conductivity", "0,045"),
            ("boiler_efficiency", "70"),
        ):
            rows[name].number.setText(text)
        dialog.fuel.setCurrentIndex(dialog.fuel.findData("anthracite"))
        dialog.price.setText("3.200.000")
        dialog.show()
        settle(app)
        screen = window.grab().toImage()
        form = dialog.grab().toImage()
        painter = QPainter(screen)
        painter.fillRect(screen.rect(), QColor(0, 0, 0, 70))  # the window behind a modal form
        corner = QPoint((screen.width() - form.width()) // 2, max(0, (screen.height() - form.height()) // 2))
        painter.drawImage(corner, form)
        painter.end()
        DOCS.mkdir(exist_ok=True)
        path = DOCS / "calculator-vi.png"
        screen.save(str(path))
        print(f"{path.relative_to(DOCS.parent)}  {form.width()}×{form.height()} form on {SIZE[0]}×{SIZE[1]}")
        dialog.close()
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
