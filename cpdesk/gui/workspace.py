"""The assessment workspace: a header, the sections in the order of the six steps, and
the section shown. Sections are built when first opened and reload when what they show
changes."""

from __future__ import annotations

import importlib
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import reference
from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui import display
from cpdesk.gui.sections.base import Section
from cpdesk.gui.workbench import Workbench

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _layout(lang: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(group title, [(key, tasks, section class)]) in the order of the method.

    Classes are named, not imported: a section's module (and what it needs: the balance
    engine, scipy, the plots) loads when the section is first opened, not at start-up.
    """
    method = reference.methodology()

    def step(n: int) -> str:
        return f"{n}. {method.step(n).title.get(lang)}"

    sections = "cpdesk.gui.sections."
    return [
        (
            QCoreApplication.translate("Workspace", "Assessment"),
            [("overview", "", sections + "overview:OverviewSection")],
        ),
        (
            step(1),
            [
                ("team", "1", sections + "team:TeamSection"),
                ("process_steps", "2–3", sections + "process_steps:ProcessStepsSection"),
            ],
        ),
        (
            step(2),
            [
                ("flow_chart", "4", sections + "flow_chart:FlowChartSection"),
                ("streams", "4–5", sections + "streams:StreamsSection"),
                ("balances", "5", sections + "balances:BalancesSection"),
                ("waste_costs", "6–7", sections + "waste:WasteSection"),
            ],
        ),
        (f"{step(3)} · {step(4)}", [("options", "8–13", sections + "options:OptionsSection")]),
        (step(5), [("implementation", "14–16", sections + "implementation:ImplementationSection")]),
        (step(6), [("verification", "16–18", sections + "verification:VerificationSection")]),
        (
            QCoreApplication.translate("Workspace", "Records"),
            [
                ("attachments", "", sections + "attachments:AttachmentsSection"),
                ("loggers", "", sections + "loggers:LoggersSection"),
            ],
        ),
    ]


def section_class(path: str) -> type[Section]:
    """The class a "module:Class" path names (importing its module)."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class AssessmentWorkspace(QWidget):
    """One assessment at a time."""

    section_changed = Signal(str)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.assessment_id: uuid.UUID | None = None
        self.sections: dict[str, Section] = {}
        self._classes: dict[str, str] = {}
        #: The assessment's tasks counted done (marked, and their checks pass) and marked
        #: done, once the progress panel has counted them: the header's one count.
        self._counted: tuple[uuid.UUID, int, int] | None = None

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(self.list.fontMetrics().horizontalAdvance("M") * 8)
        self.list.setSpacing(1)
        self.stack = QStackedWidget()
        bold = QFont(self.list.font())
        bold.setBold(True)
        for group, entries in _layout(workbench.lang):
            heading = QListWidgetItem(group)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(bold)
            self.list.addItem(heading)
            for key, tasks, cls in entries:
                self._classes[key] = cls
                item = QListWidgetItem()
                item.setData(KEY_ROLE, key)
                item.setData(Qt.ItemDataRole.UserRole + 2, tasks)
                self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda item, _prev: self._item_chosen(item))
        # The list of sections beside the section, narrower or folded away by dragging the
        # handle between them (a 1366-pixel screen with the navigator beside has little room).
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.list)
        self.body.addWidget(self.stack)
        self.body.setCollapsible(1, False)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([max(200, self.list.fontMetrics().horizontalAdvance("M") * 17), 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        workbench.changed.connect(self._changed)
        self._label_items()

    # ----------------------------------------------------------------- opening

    def open(self, assessment_id: uuid.UUID, section: str | None = None) -> None:
        """Show an assessment (its overview, or ``section``)."""
        if assessment_id != self.assessment_id:
            for widget in self.sections.values():
                self.stack.removeWidget(widget)
                widget.deleteLater()
            self.sections.clear()
            self.assessment_id = assessment_id
        self._header()
        self.show_section(section or self.current_key() or "overview")

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def section(self, key: str) -> Section:
        """The section ``key`` of the open assessment (built on first use)."""
        assert self.assessment_id is not None, "open an assessment first"
        if key not in self.sections:
            section = section_class(self._classes[key])(self.wb, self.assessment_id)
            self.sections[key] = section
            self.stack.addWidget(section)
        return self.sections[key]

    def show_section(self, key: str) -> Section:
        section = self.section(key)
        self.stack.setCurrentWidget(section)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KEY_ROLE) == key and self.list.currentItem() is not item:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
        if section.stale:
            section.refresh()
        self.section_changed.emit(key)
        return section

    def current_section(self) -> Section | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Section) else None

    def _item_chosen(self, item: QListWidgetItem | None) -> None:
        key = item.data(KEY_ROLE) if item is not None else None
        if key and self.assessment_id is not None:
            self.show_section(key)

    def titles(self) -> dict[str, str]:
        """The title of each section, by key."""
        return {
            "overview": self.tr("Overview"),
            "team": self.tr("CP team"),
            "process_steps": self.tr("Process steps"),
            "flow_chart": self.tr("Flow chart"),
            "streams": self.tr("Streams and readings"),
            "balances": self.tr("Balances"),
            "waste_costs": self.tr("Waste costs and causes"),
            "options": self.tr("Options and feasibility"),
            "implementation": self.tr("Implementation and monitoring"),
            "verification": self.tr("Monitoring and verification"),
            "attachments": self.tr("Photos and files"),
            "loggers": self.tr("Loggers"),
        }

    def _label_items(self) -> None:
        """Each entry: the section's title, then the tasks it records."""
        titles = self.titles()
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(KEY_ROLE)
            if key:
                tasks = item.data(Qt.ItemDataRole.UserRole + 2)
                text = titles.get(key, key)
                item.setText(f"{text} ({tasks})" if tasks else text)
                if tasks:
                    item.setToolTip(self.tr("Tasks %1 of the method").replace("%1", tasks))

    # ----------------------------------------------------------------- changes

    def _header(self) -> None:
        if self.assessment_id is None:
            self.header.clear()
            return
        try:
            row = self.wb.detail(self.assessment_id).row
        except CpdeskError:
            return
        sector = display.label("Sector", row.sector, self.wb.lang)
        lang = self.wb.lang
        period = " – ".join(filter(None, (display.day(row.start_date, lang), display.day(row.end_date, lang))))
        facts = [f"<b>{row.company}</b>", sector]
        if row.programme:
            facts.append(self.tr("programme %1").replace("%1", row.programme))
        if period:
            facts.append(period)
        if self._counted is not None and self._counted[0] == self.assessment_id:
            _key, done, marked = self._counted
            count = self.tr("%1 of 18 tasks done").replace("%1", str(done))
            if marked > done:
                open_checks = self.tr("(%1 more marked done, with checks still open)")
                count += " " + open_checks.replace("%1", str(marked - done))
            facts.append(count)
        self.header.setText(f"<span style='font-size:14pt; font-weight:600'>{row.title}</span><br>{' · '.join(facts)}")

    def show_count(self, assessment_id: uuid.UUID, done: int, marked: int) -> None:
        """The tasks counted done as `cpdesk guide` counts them (marked done, and every
        blocking check passes) and those marked done, for the header."""
        self._counted = (assessment_id, done, marked)
        if assessment_id == self.assessment_id:
            self._header()

    def _changed(self, change: Change) -> None:
        if self.assessment_id is None:
            return
        if change.touches(Entity.ASSESSMENT, Entity.TASK_PROGRESS, Entity.COMPANY, Entity.PROGRAMME):
            self._header()
        for section in self.sections.values():
            section.on_changed(change)
