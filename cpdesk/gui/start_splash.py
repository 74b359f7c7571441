"""The first start's splash: cpdesk writes its example assessments into the new database
before the window opens, a few seconds in which nothing else would be on screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QSplashScreen

WIDTH, HEIGHT = 460, 150
BACKGROUND = QColor("#f8f9fa")
ACCENT = QColor("#2f6f4f")


class StartSplash(QSplashScreen):
    """The name of the program, what it is doing, and how far it has got."""

    def __init__(self) -> None:
        pixmap = QPixmap(WIDTH, HEIGHT)
        pixmap.fill(BACKGROUND)
        painter = QPainter(pixmap)
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ACCENT)
        painter.drawText(QRect(24, 18, WIDTH - 48, 40), int(Qt.AlignmentFlag.AlignLeft), "cpdesk")
        painter.drawRect(0, 0, WIDTH - 1, HEIGHT - 1)
        painter.end()
        super().__init__(pixmap)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setGeometry(24, HEIGHT - 40, WIDTH - 48, 14)
        self.doing = QLabel(self.tr("First start: writing the example assessments into the new database…"), self)
        self.doing.setWordWrap(True)
        self.doing.setGeometry(24, 60, WIDTH - 48, 44)

    def show_progress(self, fraction: float) -> None:
        """Show how far the writing has got (0 to 1), and draw it now: the work runs on."""
        self.bar.setValue(round(100 * max(0.0, min(1.0, fraction))))
        QApplication.processEvents()
