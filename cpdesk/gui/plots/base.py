"""What every plot view shares: a white pyqtgraph canvas, exports, the clipboard and a menu.

Each view is a small class fed plain data (Orange's habit): it keeps no session and reads
nothing itself; the section that shows it calls ``update_*`` with what a service returned,
and ``reset()`` when there is nothing to draw. Numbers are written with
:func:`cpdesk.core.numbers.format_number` in the locale the caller gives ("vi" by default),
so a Vietnamese auditor reads "93.200" and "2,57".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMenu, QWidget

from cpdesk.core.numbers import format_number

#: Colours of the plots' frame and text (dark grey on white reads well on screen and paper).
INK = "#343a40"
AXIS = "#868e96"
GRID_ALPHA = 0.25


def fmt(value: float, locale: str, decimals: int | None = None) -> str:
    """A number as a user reads it: three significant figures at most above 1, in ``locale``."""
    if decimals is None:
        size = abs(value)
        decimals = 0 if size >= 100 or size == 0 else (1 if size >= 10 else 2)
    return format_number(round(value, decimals), locale, decimals=decimals)


def money_scale(currency: str) -> tuple[float, str]:
    """Divisor and unit text for amounts of money on an axis: millions of VND, thousands of USD."""
    if currency.upper() == "VND":
        return 1e6, QCoreApplication.translate("Plots", "million VND")
    return 1e3, QCoreApplication.translate("Plots", "thousand %1").replace("%1", currency.upper())


def plot_title(plot: pg.PlotItem, text: str) -> None:
    """A chart's title, as every chart of the workbench sets it."""
    plot.setTitle(text, color=INK, size="11pt", bold=True)


def plot_font(points: float = 9.0, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap(text: str, width: int, lines: int = 3) -> str:
    """Break a label into lines of about ``width`` characters (for category axes)."""
    words, rows, row = text.split(), [], ""
    for word in words:
        if row and len(row) + 1 + len(word) > width:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}".strip()
    rows.append(row)
    if len(rows) > lines:
        rows = rows[: lines - 1] + [elide(" ".join(rows[lines - 1 :]), width)]
    return "\n".join(rows)


@dataclass
class PlacedLabel:
    """A text item at a data point, anchored as pg.TextItem anchors (0..1 on each side)."""

    item: pg.TextItem
    at: QPointF
    anchor_x: float
    anchor_y: float


def separate_labels(box: pg.ViewBox, labels: Sequence[PlacedLabel]) -> bool:
    """Push overlapping labels down, in pixels, so none covers another; top ones stay put.

    Labels pushed past the view's bottom are brought back up, with those above them, so
    none is cut off at the edge while the view has the room. False when it has not (a
    label's top is then above the view's): the caller may try a smaller font.

    Text items keep their size on screen while the data stretch, so whether two labels
    collide depends on the window: call this again after every change of range or size.
    """
    (x0, x1), (y0, y1) = box.viewRange()
    if x1 <= x0 or y1 <= y0 or box.width() <= 0 or box.height() <= 0:
        return True
    per_x, per_y = box.width() / (x1 - x0), box.height() / (y1 - y0)
    inverted = box.yInverted()

    def screen_y(y: float) -> float:
        return (y - y0) * per_y if inverted else (y1 - y) * per_y

    placed: list[QRectF] = []
    ordered = sorted(labels, key=lambda lb: screen_y(lb.at.y()))
    for label in ordered:
        size = label.item.textItem.boundingRect()
        rect = QRectF(
            (label.at.x() - x0) * per_x - label.anchor_x * size.width(),
            screen_y(label.at.y()) - label.anchor_y * size.height(),
            size.width(),
            size.height(),
        )
        moved = True
        while moved:
            moved = False
            for other in placed:
                if rect.intersects(other):
                    rect.moveTop(other.bottom() + 1)
                    moved = True
        placed.append(rect)
    # Labels pushed past the bottom come back up, pushing up those above them that they would cover.
    pushed = [QRectF(rect) for rect in placed]
    for i in sorted(range(len(placed)), key=lambda k: -pushed[k].bottom()):
        rect = placed[i]
        lowest = box.height()
        for k, other in enumerate(placed):
            below = pushed[k].top() >= pushed[i].bottom()
            if below and k != i and rect.left() < other.right() and other.left() < rect.right():
                lowest = min(lowest, other.top() - 1)
        if rect.bottom() > lowest:
            rect.moveBottom(lowest)
    for label, rect in zip(ordered, placed, strict=True):
        centre = rect.top() + label.anchor_y * rect.height()
        label.item.setPos(QPointF(label.at.x(), y0 + centre / per_y if inverted else y1 - centre / per_y))
    return all(rect.top() >= 0 for rect in placed)


def reach(low: float, high: float, ends: Sequence[tuple[float, float]], pixels: float, margin: float = 6.0) -> float:
    """The upper end of a range from ``low`` over ``pixels`` pixels that keeps every end inside.

    Each end is a data position and how many pixels of text or symbol stand beyond it (a
    value label right of its bar): the range must grow until the farthest one fits, and how
    far depends on the window's size, since the text keeps its size while the data stretch.
    """
    top = high
    for x, extra in ends:
        free = pixels - margin - extra
        if free > 0 and x > low:
            top = max(top, low + (x - low) * pixels / free)
    return top


class LocaleAxis(pg.AxisItem):
    """An axis whose tick labels follow the user's number notation, optionally divided."""

    def __init__(self, orientation: str, locale: str = "vi", divisor: float = 1.0, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.setTextPen(pg.mkPen(INK))
        self.setPen(pg.mkPen(AXIS))
        self.locale = locale
        self.divisor = divisor
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        step = spacing * scale / self.divisor
        # As many decimals as the tick step needs (0.25 -> 2), so labels are exact and even.
        decimals = next((d for d in range(7) if abs(step * 10**d - round(step * 10**d)) < 1e-6 * 10**d), 6)
        return [format_number(v * scale / self.divisor, self.locale, decimals=decimals) for v in values]


class CategoryAxis(pg.AxisItem):
    """An axis that names positions 0, 1, 2 ... (steps, options, waste streams)."""

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.setTextPen(pg.mkPen(INK))
        self.setPen(pg.mkPen(AXIS))
        self.setStyle(tickLength=0)  # a name needs no tick mark, and one would poke into the bars
        self.names: list[str] = []

    def set_names(self, names: Sequence[str], font: QFont | None = None) -> None:
        """Name the positions; the axis grows to fit the longest name (pyqtgraph would drop it)."""
        self.names = list(names)
        font = font or plot_font(9.0)
        self.setTickFont(font)
        self.setTicks([[(float(i), n) for i, n in enumerate(self.names)], []])
        metrics = QFontMetricsF(font)
        rects = [
            metrics.boundingRect(QRectF(0, 0, 1000, 1000), int(Qt.AlignmentFlag.AlignCenter), n) for n in self.names
        ]
        if self.orientation in ("left", "right"):
            self.setWidth(max((r.width() for r in rects), default=0.0) + 18)
        else:
            self.setHeight(max((r.height() for r in rects), default=0.0) + 22)


class PlotView(pg.GraphicsLayoutWidget):
    """A pyqtgraph canvas with PNG and SVG export, copy to the clipboard and a right-click menu."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent)
        self.locale = locale
        self.setBackground("w")
        self.ci.setContentsMargins(8, 8, 8, 8)
        self.scene().sigMouseClicked.connect(self._on_click)

    def _quiet(self, *boxes: pg.ViewBox | pg.PlotItem) -> None:
        """Turn off pyqtgraph's own menus, so the right button opens ours."""
        for box in boxes:
            box.setMenuEnabled(False)

    def _on_click(self, event: object) -> None:
        if event.button() == Qt.MouseButton.RightButton:  # type: ignore[attr-defined]
            self.context_menu().popup(event.screenPos().toPoint())  # type: ignore[attr-defined]
            event.accept()  # type: ignore[attr-defined]

    def context_menu(self) -> QMenu:
        """Copy, Export as PNG…, Export as SVG… (the files are asked for)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Copy to clipboard"), self.copy_to_clipboard)
        menu.addAction(self.tr("Export as PNG…"), lambda: self._export_dialog("png"))
        menu.addAction(self.tr("Export as SVG…"), lambda: self._export_dialog("svg"))
        return menu

    def _export_dialog(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the chart"), f"chart.{kind}", pattern)
        if not path:
            return
        try:
            self.export_png(path) if kind == "png" else self.export_svg(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export the chart"), str(exc))

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """The chart as a PNG image, ``scale`` times the size it has on screen (2 for print)."""
        exporter = ImageExporter(self.scene())
        exporter.parameters()["width"] = max(1, round(self.width() * scale))
        exporter.export(str(path))
        if not Path(path).is_file() or Path(path).stat().st_size == 0:
            raise OSError(f"could not write the image {path}")

    def export_svg(self, path: str | Path) -> None:
        """The chart as an SVG drawing (vectors and text), as large as it is on screen.

        Drawn with Qt's QSvgGenerator: pyqtgraph's own SVGExporter cannot read the paths Qt
        6.7 and later write and stops with a ValueError (pyqtgraph issue 3485).
        """
        source = self.viewRect()
        width, height = max(1, round(source.width())), max(1, round(source.height()))
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(self.windowTitle() or "cpdesk")
        # At the screen's resolution: pyqtgraph sizes axes and text for the device it paints on.
        generator.setResolution(round(self.logicalDpiX()))
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"could not write the drawing {path}")
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        # pyqtgraph's export mode: scatter symbols are drawn as shapes, not cached pixmaps.
        items = [item for item in self.scene().items() if hasattr(item, "setExportMode")]
        options = {"antialias": True, "background": QColor("white"), "painter": painter, "resolutionScale": 1.0}
        for item in items:
            item.setExportMode(True, options)
        try:
            self.scene().render(painter, QRectF(0, 0, width, height), source)
        finally:
            for item in items:
                item.setExportMode(False)
            painter.end()
        if not Path(path).is_file() or Path(path).stat().st_size == 0:
            raise OSError(f"could not write the drawing {path}")

    def copy_to_clipboard(self) -> None:
        ImageExporter(self.scene()).export(copy=True)
