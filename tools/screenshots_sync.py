"""Grab the workbench's sync screens to docs/: the export dialog, the import dialog after its
dry run, and the conflicts screen.

    python tools/screenshots_sync.py            English: docs/workbench-sync-export.png,
                                                docs/workbench-sync-import.png,
                                                docs/workbench-conflicts.png
    python tools/screenshots_sync.py --lang vi  the same in Vietnamese (``-vi`` before .png)

Everything happens in a temporary folder: a centre ("VNCPC") and a field laptop holding the
demo data, which trust each other as after the usual set-up. The field exports everything
through the dialog; the centre checks that bundle (the dry run is what the picture shows) and
imports it; then both change the demo assessment, the field sends its change, and the
centre's conflicts screen shows the two versions. The bundles are written in the working
folder under their bare names, so the pictures show no path of the machine that made them.
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

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"


class Installation:
    """A database and the data folder holding its installation key."""

    def __init__(self, db: object, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)

    def activate(self) -> None:
        os.environ["CPDESK_DATA_DIR"] = str(self.data_dir)


def settle(ms: int = 400) -> None:
    from cpdesk.gui.workers import running_jobs

    app = QApplication.instance()
    while running_jobs():
        app.processEvents()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def grab(widget: QWidget, name: str, lang: str) -> Path:
    settle()
    path = DOCS / (f"{name}.png" if lang == "en" else f"{name}-{lang}.png")
    widget.grab().toImage().save(str(path), "PNG", 9)
    print(f"{path.relative_to(DOCS.parent)}  {path.stat().st_size // 1024} KB")
    return path


def set_up(folder: Path, lang: str) -> tuple[Installation, Installation, object]:
    """The centre and a field laptop with the demo data (its texts in ``lang``), trusting each other."""
    from cpdesk.gui.app import open_or_create
    from cpdesk.services.assessment import assessments
    from cpdesk.services.sync import keys as sync_keys
    from cpdesk.services.workspace import open_workspace

    centre = Installation(open_workspace(folder / "centre.sqlite"), folder / "keys-centre")
    field = Installation(open_or_create(str(folder / "field.sqlite"), lang=lang), folder / "keys-field")
    centre.activate()
    sync_keys.init_centre(centre.db, "VNCPC")
    centre_key = folder / "vncpc.cpdeskkey"
    sync_keys.export_centre_key(centre.db, centre_key)
    field.activate()
    field_key = folder / "lan.cpdeskkey"
    sync_keys.export_public_key(field.db, field_key, "Đỗ Thị Lan")
    # as the centre's key: its fingerprint as the centre reads it out (else it is an auditor's)
    centre.activate()
    fingerprint = sync_keys.show_centre(centre.db).fingerprint
    field.activate()
    sync_keys.trust_key(field.db, centre_key, "VNCPC", centre_fingerprint=fingerprint)
    centre.activate()
    sync_keys.trust_key(centre.db, field_key, "Đỗ Thị Lan")
    demo = next(a for a in assessments.list_assessments(field.db) if a.origin.value == "demo")
    return centre, field, demo.id


def edit(db: object, assessment_id: object, **values: object) -> None:
    from cpdesk.store.models import Assessment

    with db.sessions.begin() as session:  # type: ignore[attr-defined]
        row = session.get(Assessment, assessment_id)
        for name, value in values.items():
            setattr(row, name, value)


def shoot(lang: str) -> None:
    from cpdesk.gui import i18n
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.sync.conflicts import ConflictsDialog
    from cpdesk.gui.sync.export_dialog import ExportDialog, default_file_name
    from cpdesk.gui.sync.import_dialog import ImportDialog
    from cpdesk.gui.workbench import Workbench
    from cpdesk.services.sync import importing as sync

    i18n.install(lang)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.chdir(folder)
        centre, field, demo = set_up(folder, lang)
        prefs = Preferences(user_name="Đỗ Thị Lan" if lang == "vi" else "Lan Do", language=lang, number_locale=lang)

        field.activate()
        export = ExportDialog(Workbench(field.db, prefs))
        export.show()
        settle()
        export.everything.setChecked(True)
        settle()
        bundle = default_file_name(field.db.device_id)  # in the working folder: no path shown
        export.path.setText(bundle)
        export.export(confirm_overwrite=False)
        settle()
        grab(export, "workbench-sync-export", lang)
        export.close()

        centre.activate()
        centre_prefs = Preferences(user_name="VNCPC", language=lang, number_locale=lang)
        dialog = ImportDialog(Workbench(centre.db, centre_prefs), path=bundle)
        dialog.show()
        settle()
        grab(dialog, "workbench-sync-import", lang)
        dialog.commit()
        settle()
        dialog.close()

        vi = lang == "vi"
        edit(
            centre.db,
            demo,
            discount_rate=0.1,
            notes="Hiệu chỉnh theo hoá đơn điện tháng 6" if vi else "Corrected by the June electricity bill",
        )
        edit(
            field.db,
            demo,
            discount_rate=0.12,
            notes="Đã đo lại lưu lượng nước giếng" if vi else "Well water flow measured again",
        )
        field.activate()
        sync.export_bundle(field.db, Path("second.cpdx"))
        centre.activate()
        sync.import_bundle(centre.db, Path("second.cpdx"))
        conflicts = ConflictsDialog(Workbench(centre.db, centre_prefs))
        conflicts.show()
        settle()
        grab(conflicts, "workbench-conflicts", lang)
        conflicts.close()
        for db in (centre.db, field.db):
            db.close()  # type: ignore[attr-defined]
        os.chdir(DOCS.parent)


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
