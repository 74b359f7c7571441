"""Grab the workbench's main screens on the demo data, in Vietnamese and English, to docs/.

    python tools/screenshots.py            (runs offscreen; needs the compiled translations,
                                            which it compiles itself when they are missing)
    python tools/screenshots.py --only balance-flagged      only the screens named

Each screen at the size of the pictures (1440 × 900), and the main ones again as a field
laptop shows them, at 1366 × 768 with the navigator and the progress panel beside
(``workbench-<screen>-1366-<lang>.png``). At that size only, the balance again with one reading
typed twice too large (the dyeing water, 1 080 m³ a day for 540), as the reconciliation flags
it (``balance-flagged``, for the guide's chapter on balances); the edit is undone after.

The demo database is written afresh in a temporary folder. Two things the demo data set does
not have are added there for the pictures, and only there: a logger series (a fortnight of
15-minute electric power readings, generated with a daily and weekly rhythm) and three
attachments (the flow chart exported as PNG, the Sankey diagram, and a drawn placeholder
standing in for a site photo).

The pictures the user guide shows are then copied from docs/ to ``resources/guide/pictures``;
the tool fails when one of them is missing.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"
SIZE = (1440, 900)
#: A field laptop's screen, and the screens shown at that size too.
SMALL = (1366, 768)
SMALL_SHOTS = (
    "overview",
    "flow-chart",
    "streams",
    "balance-water",
    "balance-flagged",
    "waste",
    "options",
    "implementation",
)
#: The shots taken only at the small size.
SMALL_ONLY = ("balance-flagged",)
#: The names of the screens to grab (``--only``); empty grabs them all.
ONLY: set[str] = set()
MAX_BYTES = 300_000


def sample_logger_csv() -> bytes:
    """A fortnight of 15-minute kW readings: two shifts on weekdays, less on Sunday."""
    start = datetime(2004, 6, 7, tzinfo=UTC)  # a Monday
    lines = ["Thời gian;Công suất (kW)"]
    for i in range(14 * 96):
        t = start + timedelta(minutes=15 * i)
        local = t + timedelta(hours=7)
        hour = local.hour + local.minute / 60
        working = 6 <= hour < 22 and local.weekday() < 6
        base = 310 + 40 * math.sin(i / 7.0)
        load = base + (520 if working else 0) + 60 * math.sin(2 * math.pi * hour / 24)
        lines.append(f"{local.strftime('%Y-%m-%d %H:%M')};{load:.1f}".replace(".", ","))
    return ("\n".join(lines) + "\n").encode("utf-8")


def placeholder_photo(path: Path, text: str) -> None:
    image = QImage(960, 720, QImage.Format.Format_RGB32)
    image.fill(QColor("#d0dde8"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#3a5f7d"), 14))
    painter.setBrush(QColor("#f4f7fa"))
    painter.drawEllipse(QRectF(280, 160, 400, 400))
    painter.setPen(QPen(QColor("#c0392b"), 10))
    painter.drawLine(480, 360, 600, 250)
    painter.setFont(QFont("DejaVu Sans", 26))
    painter.setPen(QColor("#1d3447"))
    painter.drawText(QRectF(0, 600, 960, 100), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    image.save(str(path))


def add_samples(db: object, assessment_id: object, folder: Path) -> None:
    from cpdesk.gui.flowchart import FlowChartView
    from cpdesk.gui.plots import SankeyView
    from cpdesk.gui.workbench import Editor
    from cpdesk.services import loggers
    from cpdesk.services.assessment import assessments, attachments, balances

    detail = assessments.show_assessment(db, assessment_id)
    chart = FlowChartView(Editor(db), assessment_id, lang="vi")
    chart.export_png(folder / "so-do-quy-trinh.png", scale=1.0)
    sankey = SankeyView(locale="vi")
    sankey.resize(1000, 600)
    sankey.update_balance(balances.assessment_balance(db, assessment_id, "water").measured)
    sankey.export_png(folder / "sankey-nuoc.png", scale=1.0)
    placeholder_photo(folder / "dong-ho-nuoc-gieng.png", "Ảnh mẫu / sample picture")
    well = next(s for s in detail.streams if s.name in ("Nước giếng khoan", "Bore-well water"))  # the demo's language
    attachments.add_file(db, assessment_id, folder / "so-do-quy-trinh.png", caption="Sơ đồ quy trình (xuất từ cpdesk)")
    attachments.add_file(db, assessment_id, folder / "sankey-nuoc.png", caption="Cân bằng nước: biểu đồ Sankey")
    attachments.add_file(
        db,
        assessment_id,
        folder / "dong-ho-nuoc-gieng.png",
        caption="Đồng hồ nước giếng",
        owner_type="stream",
        owner_id=well.id,
    )
    data = sample_logger_csv()
    settings = loggers.detect(data)
    grid = next(s for s in detail.streams if s.carrier.value == "electricity" and s.source is None)
    loggers.import_series(
        db,
        assessment_id,
        data,
        settings,
        [loggers.ChannelMapping(1, "kW", grid.id, "Công suất điện lưới")],
        source_name="tu-dien-tong.csv",
    )


def grab(window: object, name: str, lang: str) -> Path:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    image = window.grab().toImage()  # type: ignore[attr-defined]
    path = DOCS / f"workbench-{name}-{lang}.png"
    image.save(str(path), "PNG", 9)
    if path.stat().st_size > MAX_BYTES:
        # 256 colours chosen for the picture (Pillow, which reportlab brings): charts with
        # antialiased curves keep their colours and the file stays small.
        from PIL import Image

        with Image.open(path) as full:
            full.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(f"{path.relative_to(DOCS.parent)}  {path.stat().st_size // 1024} KB")
    return path


def shoot(db: object, lang: str, location: str, size: tuple[int, int] = SIZE) -> None:
    from cpdesk.gui import i18n
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.navigator import COMPANY, PROGRAMME
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench
    from cpdesk.gui.workers import running_jobs
    from cpdesk.services.assessment import companies as catalogue

    i18n.install(lang)
    prefs = Preferences(user_name="Đỗ Thị Lan" if lang == "vi" else "Lan Do", language=lang)
    window = MainWindow(Workbench(db, prefs, location))
    window.resize(*size)
    window.show()
    app = QApplication.instance()
    small = size != SIZE

    def settle(ms: int = 600) -> None:
        """Let background jobs finish and charts draw (they wait for a pause in the edits)."""
        while running_jobs():
            app.processEvents()
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()

    def shot(name: str) -> None:
        if small and name not in SMALL_SHOTS or not small and name in SMALL_ONLY:
            return
        settle()
        if ONLY and name not in ONLY:
            return  # settled all the same: the next screen starts from where a full run would
        grab(window, f"{name}-{size[0]}" if small else name, lang)

    assessment = window.current_assessment()
    window.show_section("overview")
    shot("overview")
    chart = window.show_section("flow_chart")
    settle()
    if small:  # as the user sees it: the panels beside, the chart fitted at a readable scale
        chart.chart.fit()
        shot("flow-chart")
    # The whole textile plant is wide: give the chart the window and a readable scale.
    window.navigator_dock.hide()
    window.progress_dock.hide()
    app.processEvents()
    chart.chart.resetTransform()
    chart.chart.scale(0.62, 0.62)
    content = chart.chart.scene_rect_of_content()
    middle = content.center()
    middle.setX(content.left() + chart.chart.viewport().width() / 0.62 / 2 - 20)  # from the left edge
    chart.chart.centerOn(middle)
    if not small:
        shot("flow-chart")
    window.navigator_dock.show()
    window.progress_dock.show()
    streams = window.show_section("streams")
    window.record_reading(next(r.id for r in streams.streams.rows if r.name in ("Nước giếng khoan", "Bore-well water")))
    window.quick_entry.value.setText("62,5" if lang == "vi" else "62.5")
    shot("streams")
    window.quick_dock.hide()
    balance = window.show_section("balances")
    balance.reconcile()
    settle()
    balance.tree.expand(balance.model.index(0, 0))
    shot("balance-water")
    balance.group.setCurrentIndex(1)
    balance.unit.setCurrentIndex(1)
    settle()
    balance.plot_tabs.setCurrentIndex(1)
    shot("balance-energy")
    if small and (not ONLY or "balance-flagged" in ONLY):
        flagged_reading(window, balance, lang)
        settle(1500)  # the reconciled view reconciles again after the edit, in the background
        shot("balance-flagged")
        window.wb.undo_stack.undo()
        window.wb.undo_stack.clear()  # the later pictures offer no redo of it
        settle()
    window.show_section("waste_costs")
    shot("waste")
    options = window.show_section("options")
    shot("options")
    options.tabs.setCurrentIndex(3)
    shot("options-chart")
    window.show_section("implementation")
    shot("implementation")
    window.show_section("attachments")
    settle()
    shot("attachments")
    loggers = window.show_section("loggers")
    settle()
    shot("loggers")
    del loggers
    programmes = {p.code: p.id for p in catalogue.list_programmes(db)}
    window.open_item(PROGRAMME, programmes["CP-EE"])
    shot("programme")
    companies = [c for c in catalogue.list_companies(db) if "Phú An" in c.name or "Phu An" in c.name]
    window.open_item(COMPANY, companies[0].id)
    shot("company")
    window.open_item("assessment", assessment)
    window.close()


def flagged_reading(window: object, balance: object, lang: str) -> None:
    """Type the dyeing water's reading twice too large, and show the water balance at the jet
    dyeing step, where the reconciliation flags it."""
    from cpdesk.core.entities import Entity
    from cpdesk.services.assessment import assessments

    assessment = window.current_assessment()  # type: ignore[attr-defined]
    detail = assessments.show_assessment(window.wb.db, assessment)  # type: ignore[attr-defined]
    water = next(s for s in detail.streams if s.name in ("Nước cho nhuộm", "Water for dyeing"))
    reading = next(m for m in detail.measurements if m.stream_id == water.id)
    window.wb.update(Entity.MEASUREMENT, reading.id, {"value": 2 * reading.value})  # type: ignore[attr-defined]
    balance.group.setCurrentIndex(0)  # type: ignore[attr-defined]
    balance.plot_tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    balance.reconcile()  # type: ignore[attr-defined]
    model, tree = balance.model, balance.tree  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() in ("Nhuộm jet", "Jet dyeing"):
            tree.expand(index)
            tree.scrollTo(index, tree.ScrollHint.PositionAtTop)


def refresh_guide_pictures() -> list[str]:
    """Copy the pictures the user guide names from docs/ into the guide's own folder (which
    ships inside the package); return the names of those docs/ lacks."""
    import shutil

    from cpdesk.core import user_guide

    missing = []
    for lang in user_guide.LANGS:
        for chapter in user_guide.chapters(lang):
            for target in user_guide.pictures(user_guide.page_text(chapter, lang)):
                shown = user_guide.picture_file(chapter, lang, target)
                if (DOCS / shown.name).is_file():
                    shutil.copyfile(DOCS / shown.name, shown)
                else:
                    missing.append(f"{lang}/{chapter}: {shown.name}")
    return missing


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", default=[], metavar="SCREEN", help="grab only these screens")
    ONLY.update(parser.parse_args(argv).only)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cpdesk.gui.app import open_or_create
    from cpdesk.services.assessment import assessments

    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPDESK_DATA_DIR"] = folder  # settings of the pictures' own, not the user's
        for lang in ("vi", "en"):  # the demo in the screens' language, as a first start writes it
            name = f"demo-{lang}.sqlite"
            db = open_or_create(str(Path(folder) / name), lang=lang)
            demo = next(a for a in assessments.list_assessments(db) if a.origin.value == "demo")
            add_samples(db, demo.id, Path(folder))
            for size in (SIZE, SMALL):
                shoot(db, lang, name, size)
            db.close()
    del app
    missing = refresh_guide_pictures()
    for name in missing:
        print(f"the user guide shows a picture docs/ does not have: {name}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
