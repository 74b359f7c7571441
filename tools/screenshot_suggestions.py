"""Grab the options section's suggestions on the demo textile assessment, in Vietnamese, as a
field laptop shows them (1366 × 768, the navigator and the progress panel beside):

    python tools/screenshot_suggestions.py      docs/option-suggestions-vi.png

The suggestion of the compressed-air leaks is selected (the air compressors leave electricity
unaccounted in the plant's energy balance, and the reconstructed programmes' plants fixed
theirs: it has evidence to show). The demo database is written afresh in a temporary folder,
with the settings of the picture's own, not the user's, and removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tools.screenshots import DOCS, MAX_BYTES, SMALL  # noqa: E402
from tools.screenshots_guided import settle  # noqa: E402

PICTURE = DOCS / "option-suggestions-vi.png"
SELECTED = "AIR.LEAK.REPAIR"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cpdesk.gui import i18n
    from cpdesk.gui.app import open_or_create
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = folder
        location = str(Path(folder) / "demo.sqlite")
        db = open_or_create(location, lang="vi")
        try:
            i18n.install("vi")
            prefs = Preferences(user_name="Đỗ Thị Lan", language="vi")
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
            window.grab().toImage().save(str(PICTURE), "PNG", 9)
            if PICTURE.stat().st_size > MAX_BYTES:  # 256 colours, as tools/screenshots.py keeps them
                from PIL import Image

                with Image.open(PICTURE) as full:
                    full.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(PICTURE, optimize=True)
            print(f"{PICTURE.relative_to(DOCS.parent)}  {PICTURE.stat().st_size // 1024} KB")
            window.close()
        finally:
            db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
