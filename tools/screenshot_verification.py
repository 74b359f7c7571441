"""Grab the monitoring and verification section on the demo data as a field laptop shows it,
in Vietnamese and in English: docs/workbench-mv-1366-vi.png and docs/workbench-mv-1366-en.png,
1366 × 768.

    python tools/screenshot_verification.py [--out FOLDER]      (runs offscreen)

The demo's textile plant is written afresh in a temporary folder in each language; the
section is shown at 1366 × 768 on its *Baseline and savings* tab, with the coal (anthracite)
baseline fitted against production, so that the picture shows the model's statistics, the
verified saving with its uncertainty and the chart of consumption against production.
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

from PySide6.QtWidgets import QApplication  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"
SIZE = (1366, 768)
USERS = {"vi": "Đỗ Thị Lan", "en": "Do Thi Lan"}


def settle(app: QApplication, ms: int = 500) -> None:
    from cpdesk.gui.workers import running_jobs

    while running_jobs():
        app.processEvents()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def grab(app: QApplication, lang: str, out: Path) -> Path:
    from cpdesk.gui import i18n
    from cpdesk.gui.app import open_or_create
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = folder
        name = f"demo-{lang}.sqlite"
        db = open_or_create(str(Path(folder) / name), lang=lang)
        i18n.install(lang)
        window = MainWindow(Workbench(db, Preferences(user_name=USERS[lang], language=lang), name))
        window.resize(*SIZE)
        window.show()
        section = window.show_section("verification")
        settle(app)
        section.tabs.setCurrentIndex(1)
        section.carrier.setCurrentIndex(section.carrier.findData("anthracite"))
        section.driver.setCurrentIndex(section.driver.findData("production"))
        section.fit()
        settle(app, 800)
        path = out / f"workbench-mv-1366-{lang}.png"
        window.grab().save(str(path))
        window.close()
        db.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in ("vi", "en"):
        print(grab(app, lang, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
