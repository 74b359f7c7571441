"""Importing a logger file: detected settings to confirm, a preview, channels to map.

``LoggerImportDialog(db, assessment_id, data=..., file_name=...)`` shows what detection
found (encoding, separator, decimal mark, thousands, header, timestamp columns and layout,
time zone) as editable fields, the first rows as they will be read (cells that cannot be
read in red, the reason in their tooltip), and one line per column of readings to import
it as a channel with its unit and stream. The import runs off the GUI thread with progress
and Cancel (nothing is stored when cancelled); if rows cannot be read the user is asked to
skip them or to cancel. ``imported`` carries the stored series.
"""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import units
from cpdesk.core.errors import CpdeskError
from cpdesk.core.loggers.detect import unit_from_header
from cpdesk.core.loggers.formats import ImportSettings
from cpdesk.core.loggers.read import ReadReport
from cpdesk.gui import display, workers
from cpdesk.gui.errors import describe
from cpdesk.gui.loggers.choices import combo, select
from cpdesk.services import loggers
from cpdesk.services.assessment import assessments
from cpdesk.services.loggers import ChannelMapping, ImportResult
from cpdesk.services.loggers.importing import READ_SHARE

_ENCODINGS = ("utf-8", "utf-8-sig", "cp1258", "utf-16", "latin-1")
_SEPARATORS = ((";", ";"), (",", ","), ("\t", "Tab"), ("|", "|"))
_THOUSANDS = ((None, "–"), (".", "."), (",", ","), (" ", "space"))
_LAYOUTS = ("iso", "dmy", "mdy", "excel", "unix")
_ZONES = ("+07:00", "Asia/Ho_Chi_Minh", "UTC")
_BAD = QColor("#ffc9c9")
_PREVIEW_ROWS = 50
# mapping table columns
_IMPORT, _COLUMN, _UNIT, _STREAM, _NAME = range(5)


class LoggerImportDialog(QDialog):
    """Detect, preview, map and import one logger file into an assessment."""

    #: Emitted with the ImportResult once the series are stored.
    imported = Signal(object)

    def __init__(
        self,
        db: Any,
        assessment_id: uuid.UUID | str,
        *,
        data: bytes | None = None,
        file_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a logger file"))
        self.db = db
        self.assessment_id = assessment_id
        self.data = b""
        self.file_name = file_name
        self.settings: ImportSettings | None = None
        self.result: ImportResult | None = None
        self.job: workers.Job | None = None
        self.streams = assessments.show_assessment(db, assessment_id).streams
        self._asker = workers.GuiQuestion(lambda report: self.confirm_skip(report))  # looked up when asked
        self._loading = False
        self._build()
        if data is not None:
            self.load(data, file_name)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.encoding = combo([(e, e) for e in _ENCODINGS], editable=True)
        self.separator = combo([(v, t) for v, t in _SEPARATORS])
        self.decimal = combo([(",", ","), (".", ".")])
        self.thousands = combo([(v, self.tr("space") if v == " " else t) for v, t in _THOUSANDS])
        self.skip_lines = QSpinBox()
        self.skip_lines.setRange(0, 1000)
        self.has_header = QCheckBox(self.tr("the next line names the columns"))
        self.time_column = QComboBox()
        self.clock_column = QComboBox()
        layouts = {
            "iso": self.tr("ISO (2026-12-06 08:30)"),
            "dmy": self.tr("day/month/year"),
            "mdy": self.tr("month/day/year"),
            "excel": self.tr("Excel serial number"),
            "unix": self.tr("Unix seconds"),
        }
        self.layout_box = combo([(v, layouts[v]) for v in _LAYOUTS])
        self.zone = combo([(z, z) for z in _ZONES], editable=True)
        form = QFormLayout()
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Field separator"), self.separator)
        form.addRow(self.tr("Decimal mark"), self.decimal)
        form.addRow(self.tr("Thousands mark"), self.thousands)
        header_row = QHBoxLayout()
        header_row.addWidget(self.skip_lines)
        header_row.addWidget(self.has_header)
        form.addRow(self.tr("Lines to skip"), header_row)
        form.addRow(self.tr("Timestamps"), self.time_column)
        form.addRow(self.tr("Time of day (separate)"), self.clock_column)
        form.addRow(self.tr("Timestamp layout"), self.layout_box)
        form.addRow(self.tr("Logger clock's time zone"), self.zone)
        for widget in (self.encoding, self.separator):
            widget.currentIndexChanged.connect(lambda _: self._redetect())
        self.encoding.lineEdit().editingFinished.connect(self._redetect)
        for widget in (self.decimal, self.thousands, self.time_column, self.clock_column, self.layout_box):
            widget.currentIndexChanged.connect(lambda _: self._settings_edited())
        self.zone.currentIndexChanged.connect(lambda _: self._settings_edited())
        self.zone.lineEdit().editingFinished.connect(self._settings_edited)
        self.skip_lines.valueChanged.connect(lambda _: self._settings_edited(columns_changed=True))
        self.has_header.toggled.connect(lambda _: self._settings_edited(columns_changed=True))
        settings_box = QGroupBox(self.tr("How the file is written"))
        settings_box.setLayout(form)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #a35a00")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping = QTableWidget(0, 5)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Import"), self.tr("Column"), self.tr("Unit"), self.tr("Stream"), self.tr("Series name")]
        )
        self.mapping.horizontalHeader().setStretchLastSection(True)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("First rows as they will be read")))
        right.addWidget(self.preview, 2)
        right.addWidget(self.problems)
        right.addWidget(QLabel(self.tr("Columns to import as channels")))
        right.addWidget(self.mapping, 1)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(settings_box)
        left.addWidget(self.notes)
        left.addStretch(1)
        middle.addLayout(left)
        middle.addLayout(right, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(middle, 1)
        box.addWidget(self.buttons)
        self.resize(1100, 700)

    # -- file and settings ----------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logger file"), "", self.tr("Logger files (*.csv *.txt *.tsv *.xlsx);;All files (*)")
        )
        if path:
            try:
                data = loggers.read_logger_file(Path(path))  # a first line beyond the limits: refused at once
            except CpdeskError as exc:  # the reason names the file
                self.problems.setText(describe(exc))
                return
            self.load(data, Path(path).name)

    def load(self, data: bytes, file_name: str = "") -> None:
        """Take a file's bytes, detect its settings and show the preview."""
        self.data, self.file_name = data, file_name
        self.file_label.setText(file_name or self.tr("(file in memory)"))
        try:
            self._show_settings(loggers.detect(data))
        except CpdeskError as exc:
            self.settings = None
            self._refused(exc)

    def _refused(self, error: CpdeskError) -> None:
        """Say why the file cannot be read, as the command line says it, in the user's language."""
        if isinstance(error, loggers.LoggerImportError):
            error = loggers.in_file(self.file_name, error)
        self.problems.setText(describe(error))
        self.import_button.setEnabled(False)

    def _redetect(self) -> None:
        """Encoding and separator decide the columns: detect the rest again around them."""
        if self._loading or not self.data:
            return
        try:
            settings = loggers.detect(
                self.data, separator=self.separator.currentData(), encoding=self.encoding.currentText().strip()
            )
        except CpdeskError as exc:
            self._refused(exc)
            return
        self._show_settings(settings)

    def _show_settings(self, settings: ImportSettings) -> None:
        self._loading = True
        try:
            self.settings = settings
            select(self.encoding, settings.encoding, editable=True)
            select(self.separator, settings.separator)
            select(self.decimal, settings.decimal)
            select(self.thousands, settings.thousands)
            self.skip_lines.setValue(settings.skip_lines)
            self.has_header.setChecked(settings.has_header)
            self._fill_columns(settings)
            select(self.layout_box, settings.time_format)
            select(self.zone, settings.time_zone, editable=True)
            for widget in (self.encoding, self.separator):
                widget.setEnabled(settings.kind == "csv")
            lang = display.language()
            self.notes.setText("\n".join(self.tr("Check: %s") % note.text(lang) for note in settings.notes))
            self._fill_mapping(settings)
        finally:
            self._loading = False
        self._refresh_preview()

    def _fill_columns(self, settings: ImportSettings) -> None:
        self.time_column.clear()
        self.clock_column.clear()
        self.clock_column.addItem(self.tr("(none: date and time together)"), None)
        for index, name in enumerate(settings.columns):
            self.time_column.addItem(self._shown(index, name), index)
            self.clock_column.addItem(self._shown(index, name), index)
        select(self.time_column, settings.time_column)
        select(self.clock_column, settings.time_of_day_column)

    def _fill_mapping(self, settings: ImportSettings) -> None:
        self.mapping.setRowCount(0)
        skip = {settings.time_column, settings.time_of_day_column}
        for index, name in enumerate(settings.columns):
            if index in skip:
                continue
            row = self.mapping.rowCount()
            self.mapping.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if index in settings.value_columns else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, index)
            self.mapping.setItem(row, _IMPORT, check)
            column = QTableWidgetItem(self._shown(index, name))
            column.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(row, _COLUMN, column)
            unit = combo([(u, display.unit(u)) for u in units.canonical_units()], editable=True)
            select(unit, unit_from_header(name) or "", editable=True)
            self.mapping.setCellWidget(row, _UNIT, unit)
            stream = combo([(None, self.tr("(none)"))] + [(str(s.id), s.name) for s in self.streams])
            self.mapping.setCellWidget(row, _STREAM, stream)
            self.mapping.setItem(row, _NAME, QTableWidgetItem(self._shown(index, name)))
        self.mapping.resizeColumnsToContents()

    def _shown(self, index: int, name: str) -> str:
        """A column as the dialog names it: one the file leaves unnamed by its number, in words."""
        return self.tr("column %1").replace("%1", str(index + 1)) if name == f"column {index + 1}" else name

    def current_settings(self) -> ImportSettings | None:
        """The detected settings with the user's corrections."""
        if self.settings is None:
            return None
        return dataclasses.replace(
            self.settings,
            decimal=self.decimal.currentData(),
            thousands=self.thousands.currentData(),
            skip_lines=self.skip_lines.value(),
            has_header=self.has_header.isChecked(),
            time_column=self.time_column.currentData() if self.time_column.count() else 0,
            time_of_day_column=self.clock_column.currentData(),
            time_format=self.layout_box.currentData(),
            time_zone=self.zone.currentText().strip(),
        )

    def _settings_edited(self, columns_changed: bool = False) -> None:
        if self._loading or self.settings is None:
            return
        if columns_changed:
            # Another header line: the column names change, so detect them there.
            settings = self.current_settings()
            assert settings is not None
            self.settings = dataclasses.replace(settings, columns=self._columns_at(settings))
            self._loading = True
            try:
                self._fill_columns(self.settings)
                self._fill_mapping(self.settings)
            finally:
                self._loading = False
        self._refresh_preview()

    def _columns_at(self, settings: ImportSettings) -> tuple[str, ...]:
        from cpdesk.core.loggers.formats import column_names

        preview = loggers.preview(self.data, dataclasses.replace(settings, has_header=False), rows=1)
        first = list(preview.rows[0].cells) if preview.rows else []
        return column_names(first if settings.has_header else None, len(settings.columns))

    def _refresh_preview(self) -> None:
        settings = self.current_settings()
        self.preview.clear()
        if settings is None:
            return
        try:
            shown = loggers.preview(self.data, settings, rows=_PREVIEW_ROWS)
        except CpdeskError as exc:
            self._refused(exc)
            return
        self.preview.setColumnCount(len(shown.columns) + 1)
        names = [self._shown(index, name) for index, name in enumerate(shown.columns)]
        self.preview.setHorizontalHeaderLabels([self.tr("Time as read"), *names])
        self.preview.setRowCount(len(shown.rows))
        self.preview.setVerticalHeaderLabels([str(r.line) for r in shown.rows])
        bad = {(b.line, b.column): b.reason for b in shown.bad_cells}
        for r, row in enumerate(shown.rows):
            when = display.moment(row.time, seconds=True) if row.time else "?"
            self.preview.setItem(r, 0, QTableWidgetItem(when))
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                reason = bad.get((row.line, shown.columns[c]))
                if reason or (c == settings.time_column and row.time is None and text.strip()):
                    item.setBackground(_BAD)
                    item.setToolTip(reason.text(display.language()) if reason else self.tr("cannot be read"))
                self.preview.setItem(r, c + 1, item)
        self.preview.resizeColumnsToContents()
        if shown.bad_cells:
            first = shown.bad_cells[0]
            self.problems.setText(
                self.tr("%d cells in these rows cannot be read, e.g. %s")
                % (len(shown.bad_cells), first.message.text(display.language()))
            )
        else:
            self.problems.setText("")
        self.import_button.setEnabled(bool(shown.rows))

    # -- import ---------------------------------------------------------------------------

    def channel_mapping(self) -> list[ChannelMapping]:
        mapping = []
        for row in range(self.mapping.rowCount()):
            check = self.mapping.item(row, _IMPORT)
            if check.checkState() != Qt.CheckState.Checked:
                continue
            unit = self.mapping.cellWidget(row, _UNIT).currentText().strip()
            stream = self.mapping.cellWidget(row, _STREAM).currentData()
            name = self.mapping.item(row, _NAME).text().strip() or None
            mapping.append(ChannelMapping(check.data(Qt.ItemDataRole.UserRole), unit, stream, name))
        return mapping

    def start_import(self) -> None:
        """Import in a worker with progress and Cancel; the dialog closes when it is done."""
        settings, mapping = self.current_settings(), self.channel_mapping()
        if settings is None:
            return
        if not mapping:
            self.problems.setText(self.tr("Tick at least one column to import."))
            return
        self.import_button.setEnabled(False)
        stages = (self.tr("Reading the file…"), self.tr("Storing the readings…"))

        def job(progress: workers.Progress, cancelled: workers.CancelCheck) -> ImportResult:
            def said(fraction: float, _message: str = "") -> None:  # the service's words are English
                progress(fraction, stages[fraction >= READ_SHARE])

            return loggers.import_series(
                self.db,
                self.assessment_id,
                self.data,
                settings,
                mapping,
                source_name=self.file_name,
                on_bad_rows=self._asker,
                progress=said,
                cancelled=cancelled,
            )

        self.job = workers.run_job(
            job,
            self._done,
            parent=self,
            title=self.tr("Importing %s") % (self.file_name or self.tr("logger file")),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def confirm_skip(self, report: ReadReport) -> bool:
        """Ask whether to skip the unreadable cells (True) or cancel the import (False)."""
        listed = "\n".join(cell.message.text(display.language()) for cell in report.bad_cells[:10])
        answer = QMessageBox.question(
            self,
            self.tr("Rows that cannot be read"),
            self.tr("%d cells cannot be read:\n%s\n\nSkip them and import the rest? (No cancels the import.)")
            % (report.bad_cell_count, listed),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.imported.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, loggers.ImportCancelledError):
            self._cancelled()
        elif isinstance(error, CpdeskError):
            self._refused(error)
            self.import_button.setEnabled(True)  # the user may change the mapping and try again
        else:
            self.problems.setText(self.tr("The import failed: %s") % describe(error))

    def _cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.problems.setText(self.tr("Import cancelled; nothing was stored."))
