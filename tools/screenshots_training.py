"""Grab the centre's screens of the workbench to docs/, on the demo data (the centre's 2004
records and table 4 of its annual report):

    python tools/screenshots_training.py    docs/workbench-training-records.png (the in-depth
                                            programme, its sessions and the attendance of one),
                                            docs/workbench-centre-year-vi.png and -en.png (2004),
                                            docs/workbench-indicators.png (office paper: not met),
                                            docs/workbench-practical-prepare-vi.png and -en.png,
                                            docs/workbench-practical-comparison-vi.png and -en.png
    python tools/screenshots_training.py --only practical      only the practical module's

The practical module (for the guide's chapter for trainers, at 1366 × 768 for the comparison):
its form filled in on the demo assessment, then the module prepared for three trainees whose
copies are changed as a trainee's work would change them (Bình typed the dyeing water twice
too large, Chi read the well's meter at 75 m³/h for 62.5), and their comparison with the
reference.

The demo database is written in a temporary folder and removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"
#: A field laptop's screen.
SMALL = (1366, 768)


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


def practical(folder: Path, lang: str) -> None:
    """The practical module's form, then the comparison of three trainees with the reference."""
    from sqlalchemy import select

    from cpdesk.gui.app import open_or_create
    from cpdesk.gui.training.comparison import ComparisonDialog
    from cpdesk.gui.training.practical import PrepareModuleDialog
    from cpdesk.services.assessment import assessments
    from cpdesk.services.training import practical as modules
    from cpdesk.store.models import Measurement, PracticalAssignment, Stream

    db = open_or_create(str(folder / f"trainer-{lang}.sqlite"), lang=lang)
    try:
        workbench(db, lang)  # the interface's language
        demo = next(a for a in assessments.list_assessments(db) if a.origin.value == "demo")
        vi = lang == "vi"
        title = "Cân bằng nước của dây chuyền nhuộm" if vi else "Water balance of the dyeing line"
        trainees = ["An", "Bình", "Chi"]
        given = ("team", "steps", "streams", "measurements", "waste_streams", "options")
        form = PrepareModuleDialog(db, lang, reference=demo.id)
        form.title.setText(title)
        form.trainees.setPlainText("\n".join(trainees))
        for code in given:
            form.given[code].setChecked(True)
        for number, box in form.tasks.items():
            box.setChecked(number in (4, 5))
        form.show()
        settle()
        grab(form, f"workbench-practical-prepare-{lang}")
        form.close()
        module = modules.prepare_module(db, demo.id, title, trainees, data_given=given, tasks_required=(4, 5))
        copies = {a.trainee_name: a.assessment_id for a in module.assignments}
        changes = {
            "Bình": ("Nước cho nhuộm" if vi else "Water for dyeing", 2.0),
            "Chi": ("Nước giếng khoan" if vi else "Bore-well water", 75 / 62.5),
        }
        with db.sessions.begin() as session:  # type: ignore[attr-defined]
            for trainee, (stream, factor) in changes.items():
                row = session.scalars(
                    select(Measurement)
                    .join(Stream, Stream.id == Measurement.stream_id)
                    .where(Stream.assessment_id == copies[trainee], Stream.name == stream)
                ).first()
                row.value = row.value * factor
            for assignment in module.assignments:  # as when each trainee's results came back
                session.get(PracticalAssignment, assignment.id).returned_at = datetime.now(UTC)
        dialog = ComparisonDialog(db, module.id, lang, lang)
        dialog.resize(*SMALL)
        dialog.show()
        settle(600)
        grab(dialog, f"workbench-practical-comparison-{lang}")
        dialog.close()
    finally:
        db.close()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("practical",), help="grab only these screens")
    only = parser.parse_args(argv).only
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cpdesk.gui.app import open_or_create

    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = str(Path(folder) / "data")
        if only is None:
            db = open_or_create(str(Path(folder) / "demo.sqlite"))
            try:
                records(db)
                centre_year(db, "vi")
                centre_year(db, "en")
                indicators(db)
            finally:
                db.close()
        for lang in ("vi", "en"):
            practical(Path(folder), lang)
    app.quit()


if __name__ == "__main__":
    main()
