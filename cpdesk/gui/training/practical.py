"""Practical modules: prepare one from a demonstration assessment, export the trainees'
bundles, import their results, open the comparison.

:class:`PrepareModuleDialog` asks for the reference assessment, the title, the data given
(check boxes), the tasks required (18 check boxes) and the trainees (one per line), and
makes the module with one service call. :class:`PracticalModulesDialog` lists the modules
and their trainees (exported, returned) with Export bundles…, Import results… and Compare.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.training_vocabulary import PracticalData
from cpdesk.core.training_vocabulary import label as training_label
from cpdesk.gui import display
from cpdesk.gui.errors import show_error
from cpdesk.gui.widgets.entry import DateEdit, InvalidEntry

TASKS = range(1, 19)


class PrepareModuleDialog(QDialog):
    """The form of a new practical module."""

    prepared = Signal(object)  # the ModuleRow

    def __init__(self, db: Any, lang: str = "vi", parent: QWidget | None = None, reference: Any = None) -> None:
        super().__init__(parent)
        from cpdesk.services.assessment.assessments import list_assessments

        self.db, self.lang = db, lang
        self.module: Any = None
        self.setObjectName("prepare_module_dialog")
        self.setWindowTitle(self.tr("Prepare a practical module"))
        self.reference = QComboBox()
        self.reference.setObjectName("module_reference")
        for row in list_assessments(db):
            self.reference.addItem(f"{row.title} ({row.company})", row.id)
        if reference is not None:
            self.reference.setCurrentIndex(max(self.reference.findData(reference), 0))
        self.title = QLineEdit()
        self.title.setObjectName("module_title")
        self.title.setPlaceholderText(self.tr("e.g. Water balance of the dyeing line"))
        self.due = DateEdit(optional=False, lang=lang, field=self.tr("Due date"))
        self.due.setObjectName("module_due")
        self.due.set_value(date.today() + timedelta(days=14))

        given = QGroupBox(self.tr("Data given to the trainees"))
        given_layout = QGridLayout(given)
        self.given: dict[str, QCheckBox] = {}
        for number, data in enumerate(PracticalData):
            box = QCheckBox(training_label(data, lang))
            box.setObjectName(f"give_{data.value}")
            box.setChecked(data in (PracticalData.TEAM, PracticalData.STEPS, PracticalData.STREAMS))
            box.toggled.connect(lambda _on, d=data: self._dependencies(d))
            self.given[data.value] = box
            given_layout.addWidget(box, number // 3, number % 3)

        tasks = QGroupBox(self.tr("Tasks required"))
        tasks_layout = QGridLayout(tasks)
        self.tasks: dict[int, QCheckBox] = {}
        for number in TASKS:
            box = QCheckBox(str(number))
            box.setObjectName(f"task_{number}")
            box.setToolTip(self.tr("Task %1 of the method").replace("%1", str(number)))
            box.setChecked(number in (4, 5))
            self.tasks[number] = box
            tasks_layout.addWidget(box, (number - 1) // 9, (number - 1) % 9)

        self.trainees = QPlainTextEdit()
        self.trainees.setObjectName("module_trainees")
        self.trainees.setPlaceholderText(self.tr("One trainee per line"))
        self.trainees.setTabChangesFocus(True)
        self.trainees.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("Reference assessment"), self.reference)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow(self.tr("Trainees"), self.trainees)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prepare"))
        buttons.accepted.connect(self.prepare)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(given)
        layout.addWidget(tasks)
        layout.addWidget(buttons)

    def _dependencies(self, data: PracticalData) -> None:
        """Streams need steps, readings need streams: ticking one ticks what it needs,
        unticking one unticks what needs it."""
        needs = {PracticalData.STREAMS: PracticalData.STEPS, PracticalData.MEASUREMENTS: PracticalData.STREAMS}
        box = self.given[data.value]
        if box.isChecked() and data in needs:
            self.given[needs[data].value].setChecked(True)
        if not box.isChecked():
            for child, parent in needs.items():
                if parent == data:
                    self.given[child.value].setChecked(False)

    def values(self) -> dict[str, Any]:
        """What the form says, as the service takes it."""
        return {
            "reference": self.reference.currentData(),
            "title": self.title.text(),
            "trainees": [line.strip() for line in self.trainees.toPlainText().splitlines() if line.strip()],
            "data_given": [code for code, box in self.given.items() if box.isChecked()],
            "tasks_required": [n for n, box in self.tasks.items() if box.isChecked()],
            "due_date": self.due.value(),
        }

    def prepare(self) -> None:
        from cpdesk.services.training import practical

        try:
            v = self.values()
        except InvalidEntry as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            self.due.setFocus()
            return
        if v["reference"] is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("There is no assessment to start from."))
            return
        try:
            self.module = practical.prepare_module(
                self.db,
                v["reference"],
                v["title"],
                v["trainees"],
                data_given=v["data_given"],
                tasks_required=v["tasks_required"],
                due_date=v["due_date"],
            )
        except Exception as exc:  # noqa: BLE001 - one line for the user
            show_error(self, exc, self.windowTitle())
            return
        self.prepared.emit(self.module)
        self.accept()


class PracticalModulesDialog(QDialog):
    """The modules, their trainees, and what can be done with them."""

    changed = Signal()

    def __init__(self, db: Any, locale: str = "vi", lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.locale, self.lang = db, locale, lang
        self.setObjectName("practical_modules_dialog")
        self.setWindowTitle(self.tr("Practical modules"))
        self.modules = QComboBox()
        self.modules.setObjectName("modules")
        self.modules.currentIndexChanged.connect(lambda _i: self._show_module())
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.trainees = QTableWidget(0, 3)
        self.trainees.setObjectName("module_trainees_table")
        self.trainees.setHorizontalHeaderLabels([self.tr("Trainee"), self.tr("Exported"), self.tr("Results returned")])
        self.trainees.verticalHeader().hide()
        self.trainees.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.trainees.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.trainees.setWordWrap(False)
        self.new_button = QPushButton(self.tr("New module…"))
        self.export_button = QPushButton(self.tr("Export bundles…"))
        self.import_button = QPushButton(self.tr("Import results…"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setDefault(True)
        self.new_button.clicked.connect(lambda _c=False: self.new_module())
        self.export_button.clicked.connect(lambda _c=False: self.export_bundles())
        self.import_button.clicked.connect(lambda _c=False: self.import_results())
        self.compare_button.clicked.connect(lambda _c=False: self.compare())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Module")))
        top.addWidget(self.modules, 1)
        top.addWidget(self.new_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.trainees, 1)
        layout.addLayout(buttons)
        self.comparison: Any = None
        self.exported: list[Any] = []
        self.returned: Any = None
        self.resize(640, 380)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        from cpdesk.services.training import practical

        current = select or self.modules.currentData()
        self._rows = {m.id: m for m in practical.list_modules(self.db)}
        self.modules.blockSignals(True)
        self.modules.clear()
        for m in self._rows.values():
            self.modules.addItem(m.title, m.id)
        if current is not None and self.modules.findData(current) >= 0:
            self.modules.setCurrentIndex(self.modules.findData(current))
        self.modules.blockSignals(False)
        self._show_module()

    def module(self) -> Any:
        return self._rows.get(self.modules.currentData())

    def _show_module(self) -> None:
        m = self.module()
        for button in (self.export_button, self.import_button, self.compare_button):
            button.setEnabled(m is not None)
        self.trainees.setRowCount(0)
        if m is None:
            self.facts.setText(self.tr("No practical module yet: prepare one from a demonstration assessment."))
            return
        given = ", ".join(training_label(PracticalData(c), self.lang) for c in m.data_given) or self.tr("none")
        self.facts.setText(
            self.tr("Reference: %1 · Data given: %2 · Tasks: %3")
            .replace("%1", m.reference_title)
            .replace("%2", given)
            .replace("%3", ", ".join(map(str, m.tasks_required)))
        )
        self.trainees.setRowCount(len(m.assignments))
        for row, a in enumerate(m.assignments):
            cells = [
                a.trainee_name,
                display.day(a.exported_at, self.lang) or "–",
                display.day(a.returned_at, self.lang) or "–",
            ]
            for column, text in enumerate(cells):
                self.trainees.setItem(row, column, QTableWidgetItem(text))
        for column in (1, 2):
            self.trainees.resizeColumnToContents(column)

    def new_module(self) -> None:
        dialog = PrepareModuleDialog(self.db, self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.module is not None:
            self.reload(dialog.module.id)
            self.changed.emit()

    def export_bundles(self, folder: str | None = None) -> Any:
        """One bundle per trainee into a folder (asked for unless given), on a worker with
        a progress dialog and Cancel; :attr:`exported` holds what was written."""
        from cpdesk.services.training import practical_bundles

        m = self.module()
        if m is None:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the trainees' bundles"))
            if not folder:
                return None
        target = folder

        def work(progress: Any, cancelled: Any) -> Any:
            return practical_bundles.export_module(self.db, m.id, Path(target), progress=progress, cancelled=cancelled)

        def done(written: Any) -> None:
            self.exported = written
            self.reload()
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("%1 bundles written to %2").replace("%1", str(len(written))).replace("%2", target),
            )

        return self._job(work, done, self.tr("Exporting the trainees' bundles"))

    def import_results(self, path: str | None = None) -> Any:
        """A trainee's returned bundle (asked for unless given), on a worker; :attr:`returned`
        holds the outcome."""
        from cpdesk.services.training import practical_bundles

        m = self.module()
        if m is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("A trainee's results"), "", self.tr("cpdesk bundles (*.cpdx)")
            )
            if not path:
                return None
        source = path

        def work(progress: Any, cancelled: Any) -> Any:
            return practical_bundles.import_results(self.db, m.id, Path(source), progress=progress, cancelled=cancelled)

        def done(back: Any) -> None:
            self.returned = back
            self.reload()
            self.changed.emit()
            if self.comparison is not None:
                self.comparison.view.reload()

        return self._job(work, done, self.tr("Importing a trainee's results"))

    def _job(self, work: Any, done: Any, title: str) -> Any:
        from cpdesk.gui.workers import run_job

        return run_job(
            work, done, parent=self, title=title, label=title, on_error=lambda exc: show_error(self, exc, title)
        )

    def compare(self) -> Any:
        from cpdesk.gui.training.comparison import ComparisonDialog

        m = self.module()
        if m is None:
            return None
        self.comparison = ComparisonDialog(self.db, m.id, self.locale, self.lang, self)
        self.comparison.show()
        return self.comparison
