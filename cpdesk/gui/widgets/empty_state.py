"""What a section shows while it holds nothing: a sentence of what belongs there and a button
that adds the first record. A blank table or a white panel tells a new user nothing; this
says what to do next. The section swaps it in when its last record goes (an undo included)
and swaps its content back as soon as there is something to show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred sentence and one action button."""

    def __init__(
        self,
        text: str = "",
        action_text: str = "",
        action: Callable[[], object] | None = None,
        *,
        compact: bool = False,
    ) -> None:
        """``compact``: for a box beside other content (smaller type, no side margins)."""
        super().__init__()
        self.setObjectName("empty_state")
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: #495057; font-size: {10 if compact else 12}pt;")
        self.button = QPushButton(action_text)
        self.button.setDefault(True)
        self.button.clicked.connect(self._run)
        self._action = action
        # The sentence keeps to the middle of the page, in a column narrow enough to read; a
        # word-wrapped label given an alignment in its layout loses its height, so the column
        # is made of stretches beside it instead.
        column = QHBoxLayout()
        column.addStretch(0 if compact else 1)
        column.addWidget(self.label, 4)
        column.addStretch(0 if compact else 1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.setVisible(bool(action_text))

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def set_action(self, text: str, action: Callable[[], object] | None) -> None:
        """The button's text and what it does (no text: no button)."""
        self.button.setText(text)
        self._action = action
        self.button.setVisible(bool(text) and action is not None)

    def _run(self) -> None:
        if self._action is not None:
            self._action()


class EmptyStack(QStackedWidget):
    """A section's content, or its empty state while there is nothing to show."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = empty
        self.addWidget(content)
        self.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.content)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty
