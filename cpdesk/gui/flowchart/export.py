"""Rendering a graphics scene to PNG (through QImage) and SVG (through QSvgGenerator).

QtSvg ships in PySide6-Essentials, so the SVG is Qt's own vector output: boxes, arrows and
text stay vectors and the text stays text (searchable, editable in Inkscape or Word).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

MARGIN = 16.0


@contextmanager
def export_mode(scene: QGraphicsScene) -> Iterator[None]:
    """Draw without selection marks and handles while exporting, then put them back."""
    selected = scene.selectedItems()
    scene.clearSelection()
    flagged = [item for item in scene.items() if hasattr(item, "export_mode")]
    for item in flagged:
        item.export_mode = True  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for item in flagged:
            item.export_mode = False  # type: ignore[attr-defined]
        for item in selected:
            item.setSelected(True)


def content_rect(scene: QGraphicsScene) -> QRectF:
    """What to export: every visible item, with a margin."""
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def render_image(scene: QGraphicsScene, scale: float = 1.0) -> QImage:
    """The scene's content as an image on white, ``scale`` pixels per scene unit."""
    with export_mode(scene):
        source = content_rect(scene)
        size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
    return image


def write_png(scene: QGraphicsScene, path: str | Path, scale: float = 1.0) -> None:
    """Save the scene's content as a PNG file; OSError when it cannot be written."""
    image = render_image(scene, scale)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write the image {path}")


def write_svg(scene: QGraphicsScene, path: str | Path, title: str = "", description: str = "") -> None:
    """Save the scene's content as an SVG file (vectors and text)."""
    with export_mode(scene):
        source = content_rect(scene)
        width, height = max(1, round(source.width())), max(1, round(source.height()))
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(title)
        generator.setDescription(description)
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"could not write the drawing {path}")
        painter.fillRect(QRectF(0, 0, width, height), QColor(Qt.GlobalColor.white))
        scene.render(painter, QRectF(0, 0, width, height), source)
        painter.end()
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise OSError(f"could not write the drawing {path}")
