"""Columns side by side when the screen has room for them, one under the other when it has
not, scrolled up and down: a form of two columns that does not make the window wider than a
field laptop's screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QWidget


class ReflowColumns(QScrollArea):
    """``columns`` (widget, stretch) in a row, or stacked when the row would not fit."""

    def __init__(self, columns: Sequence[tuple[QWidget, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = [widget for widget, _stretch in columns]
        content = QWidget()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.box.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in columns:
            self.box.addWidget(widget, stretch)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def needed_width(self) -> int:
        """The width the columns need side by side."""
        widths = [max(w.minimumSizeHint().width(), w.minimumWidth()) for w in self.columns]
        return sum(widths) + self.box.spacing() * (len(widths) - 1)

    def reflow(self) -> None:
        """Side by side when the row fits the width shown, else one under the other."""
        room = self.viewport().width() + (
            self.verticalScrollBar().width() if self.verticalScrollBar().isVisible() else 0
        )
        wanted = QBoxLayout.Direction.LeftToRight if room >= self.needed_width() else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.reflow()
