"""What every section of the assessment workspace is: a page that reloads itself from the
services when something it shows has changed."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui.errors import show_error
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import records as workbench_queries

#: Object name of labels that show data (names, codes), not interface text.
DATA = "data"


def data_label(text: str = "") -> QLabel:
    """A label that shows a value from the database (never translated)."""
    label = QLabel(text)
    label.setObjectName(DATA)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Section(QWidget):
    """A page of the workspace. Subclasses fill :meth:`reload` and say what they show."""

    #: The section's key (the methodology's section names where one matches).
    key = ""
    #: Kinds of record whose changes make this section reload (every kind unless it says).
    depends: frozenset[Entity] = frozenset(Entity)

    def __init__(self, workbench: Workbench, assessment_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.assessment_id = assessment_id
        self.stale = True
        self._currency: str | None = None
        # Reloads are coalesced: one edit can announce itself more than once (the command,
        # then a view's own signal) and a reload reads the database.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

    @property
    def lang(self) -> str:
        return self.wb.lang

    @property
    def locale(self) -> str:
        return self.wb.numbers

    def currency(self) -> str:
        """The assessment's currency (fixed when it is created)."""
        if self._currency is None:
            self._currency = workbench_queries.assessment_form(self.wb.db, self.assessment_id).currency
        return self._currency

    def title(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        """Read what the section shows from the services and show it."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload now, showing a service error instead of raising it."""
        self._timer.stop()
        self.stale = False
        try:
            self.reload()
        except CpdeskError as exc:
            show_error(self, exc)

    def concerned(self, change: Change) -> bool:
        return change.touches(*self.depends)

    def on_changed(self, change: Change) -> None:
        """Something changed: reload soon if shown, else when next shown."""
        if not self.concerned(change):
            return
        if self.isVisible():
            self._timer.start()
        else:
            self.stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def execute(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run an editing call; a refusal is shown as a message, not raised."""
        try:
            return action(*args, **kwargs)
        except CpdeskError as exc:
            show_error(self, exc)
            return None

    def go_to(self, key: str, method: str = "") -> None:
        """Show another section of the assessment and run one of its actions (an empty
        state's button that fills this section from where its records come)."""
        show = getattr(self.window(), "show_section", None)
        section = show(key) if callable(show) else None
        if section is not None and method:
            getattr(section, method)()

    def status(self, message: str) -> None:
        """A short message in the main window's status bar."""
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 5000)


def unavailable(text: str) -> QWidget:
    """A clear notice where a part built elsewhere will go."""
    page = QWidget()
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #6c757d; font-size: 13pt; padding: 24px;")
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    return page


def hint(text: str) -> QLabel:
    """A line of guidance above a table (what this worksheet is for)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #495057;")
    return label
