"""Grab the options section's suggestions on the demo textile assessment, in Vietnamese and
English, as a field laptop shows them (1366 × 768, the navigator and the progress panel beside):

    python tools/screenshot_suggestions.py            docs/option-suggestions-{vi,en}.png
                                                      docs/option-cases-{vi,en}.png
    python tools/screenshot_suggestions.py --out DIR  the same pictures in DIR

The suggestion of the compressed-air leaks is selected (the air compressors leave electricity
unaccounted in the plant's energy balance, and the reconstructed programmes' plants fixed
theirs: it has evidence to show); beside the list, its evidence in figures. The first picture
is a field installation's: the button to the cases behind the figures is disabled. For the
second, the database is made the centre's (its key pair, as ``cpdesk centre init`` makes it)
and the cases of the type are listed, the dialog drawn over the window as the screen shows it.
The demo database is written afresh in a temporary folder, with the settings of the
pictures' own, not the user's, and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tools.screenshots import DOCS, MAX_BYTES, SMALL  # noqa: E402
from tools.screenshots_guided import settle  # noqa: E402

SELECTED = "AIR.LEAK.REPAIR"


def save(image: object, picture: Path) -> None:
    """Save as PNG, in 256 colours when larger than the pictures are kept."""
    image.save(str(picture), "PNG", 9)  # type: ignore[attr-defined]
    if picture.stat().st_size > MAX_BYTES:  # 256 colours, as tools/screenshots.py keeps them
        from PIL import Image

        with Image.open(picture) as full:
            full.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(picture, optimize=True)
    shown = picture.relative_to(DOCS.parent) if picture.is_relative_to(DOCS.parent) else picture
    print(f"{shown}  {picture.stat().st_size // 1024} KB")


def shoot(lang: str, folder: str, out: Path) -> None:
    from cpdesk.gui import i18n
    from cpdesk.gui.app import open_or_create
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench
    from cpdesk.services.sync import keys

    app = QApplication.instance()
    db = open_or_create(str(Path(folder) / f"demo-{lang}.sqlite"), lang=lang)
    try:
        i18n.install(lang)
        prefs = Preferences(user_name="Đỗ Thị Lan" if lang == "vi" else "Lan Do", language=lang)
        window = MainWindow(Workbench(db, prefs, "demo.sqlite"))  # the name, as the other pictures show it
        window.resize(*SMALL)
        window.show()
        settle()
        section = window.show_section("options")
        settle()
        panel = section.suggestions
        section.tabs.setCurrentWidget(panel)
        settle()
        panel.table.select(SELECTED)
        settle()
        for _ in range(3):
            app.processEvents()
        save(window.grab().toImage(), out / f"option-suggestions-{lang}.png")

        keys.init_centre(db, "Trung tâm Sản xuất sạch hơn" if lang == "vi" else "Cleaner Production Centre")
        panel.stale = True
        panel.reload()
        panel.table.select(SELECTED)
        settle()
        dialog = panel.show_cases()
        assert dialog is not None, "the centre lists the cases"
        dialog.resize(min(dialog.width(), SMALL[0] - 80), min(dialog.height(), SMALL[1] - 120))
        settle()
        dialog.widen_names()  # to the size it has on this screen
        settle()
        image = window.grab().toImage()
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))  # the window behind, dimmed
        at = QPoint((image.width() - dialog.width()) // 2, (image.height() - dialog.height()) // 2)
        painter.drawImage(at, dialog.grab().toImage())
        painter.setPen(QPen(QColor("#495057"), 1))
        painter.drawRect(at.x() - 1, at.y() - 1, dialog.width() + 1, dialog.height() + 1)
        painter.end()
        save(image, out / f"option-cases-{lang}.png")
        dialog.close()
        window.close()
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="the folder of the pictures (docs/)")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = folder
        for lang in ("vi", "en"):
            shoot(lang, folder, out)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
