"""File → Export report…: every report the command line writes (`cpdesk report ...`), from
the workbench.

The dialog asks for the kind (an assessment, one or several programmes, a selection of
assessments, worksheets filled or blank), what it covers, the report's language (not
necessarily the interface's: a Vietnamese auditor writes an English summary for a donor),
PDF, Excel or Word (filled into the centre's template, remembered), and the file. The
report is built by the same service the command line calls, off the GUI thread with a
progress dialog and Cancel (a cancelled build writes nothing). The folder last written to is
remembered.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.gui import preferences as prefs_store
from cpdesk.gui.workers import run_job
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue

FOLDER_KEY = "reports/folder"
TEMPLATE_KEY = "reports/word_template"
# The report's languages, each named in itself (whatever the interface's language).
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def reports_available() -> bool:
    """Is the report builder part of this build?"""
    return importlib.util.find_spec("cpdesk.services.reports.building") is not None


def file_stem(text: str) -> str:
    """A file name from a title: ASCII letters and digits joined by hyphens ("Dệt Phong Phú" →
    "det-phong-phu"), so it survives every file system and e-mail."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "cpdesk"


def report_folder() -> Path:
    """The folder last written to, else the user's documents folder."""
    last = str(prefs_store.settings().value(FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class ReportDialog(QDialog):
    """What to export, in which language and format, and where."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.main = window
        self.setWindowTitle(self.tr("Export report"))
        db = window.wb.db
        lang = window.wb.lang
        self._assessments = assessments.list_assessments(db)
        self._programmes = catalogue.list_programmes(db)
        self._programme_names = {
            p.code: f"{p.code}: {(p.name_vi or p.name) if lang == 'vi' else p.name}" for p in self._programmes
        }
        self._edited_path = False

        self.kind = QComboBox()
        for kind, label in (
            ("assessment", self.tr("Assessment summary")),
            ("programme", self.tr("Programme summary (one or several programmes)")),
            ("selection", self.tr("Summary of a selection of assessments")),
            ("worksheets", self.tr("Task worksheets, filled from an assessment")),
            ("blank", self.tr("Task worksheets, blank")),
        ):
            self.kind.addItem(label, kind)
        self.items = QListWidget()
        self.items.setMinimumHeight(160)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.language = QComboBox()
        for code in ("vi", "en"):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF document"), "pdf")
        self.format.addItem(self.tr("Excel workbook"), "xlsx")
        self.format.addItem(self.tr("Word document (editable)"), "docx")
        self.template = QLineEdit(str(prefs_store.settings().value(TEMPLATE_KEY, "") or ""))
        self.template.setPlaceholderText(self.tr("cpdesk's own template"))
        self.template.setToolTip(self.tr("A .docx with the centre's styles, logo and margins; empty for cpdesk's own"))
        choose_template = QPushButton(self.tr("Choose…"))
        choose_template.clicked.connect(self._choose_template)
        self.template_row = QWidget()
        template_line = QHBoxLayout(self.template_row)
        template_line.setContentsMargins(0, 0, 0, 0)
        template_line.addWidget(self.template, 1)
        template_line.addWidget(choose_template)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.tr("Covering:"), self.items)
        form.addRow("", self.hint)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Format:"), self.format)
        self.template_label = QLabel(self.tr("Word template:"))
        form.addRow(self.template_label, self.template_row)
        form.addRow(self.tr("File:"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.items.itemChanged.connect(self._update)
        self.items.currentItemChanged.connect(self._update)
        self.format.currentIndexChanged.connect(self._update)
        self.path.textEdited.connect(self._path_edited)
        self._start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.items.currentItem() is not None:  # laid out now: the chosen item in view
            self.items.scrollToItem(self.items.currentItem(), QAbstractItemView.ScrollHint.PositionAtCenter)

    # ----------------------------------------------------------------- choices

    def _start(self) -> None:
        """The current assessment, else the programme on screen, else blank worksheets."""
        assessment = self.main.current_assessment()
        programme = self.main.current_programme()
        if assessment is not None:
            self.choose("assessment", [assessment])
        elif programme is not None:
            self.choose("programme", [programme.code])
        else:
            self.choose("blank", [])

    def choose(self, kind: str, keys: list[Any]) -> None:
        """Pick a kind and the items it covers (assessment ids, programme codes)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._kind_changed()
        wanted = {str(k) for k in keys}
        for i in range(self.items.count()):
            item = self.items.item(i)
            if str(item.data(Qt.ItemDataRole.UserRole)) in wanted:
                if self._several():
                    item.setCheckState(Qt.CheckState.Checked)
                else:
                    self.items.setCurrentItem(item)
                self.items.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _several(self) -> bool:
        return self.current_kind() in ("programme", "selection")

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.items.blockSignals(True)
        self.items.clear()
        entries: list[tuple[str, Any]]
        if kind == "programme":
            entries = [(self._programme_names[p.code], p.code) for p in self._programmes]
        elif kind == "blank":
            entries = []
        else:
            entries = [(f"{a.title} – {a.company}", a.id) for a in self._assessments]
        for text, key in entries:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if self._several():
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.setSelectionMode(
            QAbstractItemView.SelectionMode.NoSelection
            if self._several()
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        if not self._several() and self.items.count():
            self.items.setCurrentRow(0)
        self.items.setEnabled(kind != "blank")
        self.items.blockSignals(False)
        sheets = kind in ("worksheets", "blank")
        if sheets:
            self.format.setCurrentIndex(self.format.findData("pdf"))
        self.format.setEnabled(not sheets)
        self.hint.setText(
            {
                "programme": self.tr("Tick one or more programmes; several get a page of totals."),
                "selection": self.tr("Tick the assessments to sum up, from any programme."),
                "worksheets": self.tr("Worksheets are printed, so they are PDF only."),
                "blank": self.tr("Worksheets are printed, so they are PDF only."),
            }.get(kind, "")
        )
        self.hint.setVisible(bool(self.hint.text()))
        self._update()

    def keys(self) -> list[Any]:
        """The items the report covers: assessment ids or programme codes."""
        if self.current_kind() == "blank":
            return []
        if self._several():
            return [
                self.items.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked
            ]
        item = self.items.currentItem()
        return [] if item is None else [item.data(Qt.ItemDataRole.UserRole)]

    def key(self) -> Any:
        """The key :func:`build_report` takes for the kind chosen."""
        keys = self.keys()
        kind = self.current_kind()
        if kind == "blank":
            return None
        return keys if self._several() else (keys[0] if keys else None)

    def service_kind(self) -> str:
        return "worksheets" if self.current_kind() == "blank" else self.current_kind()

    def lang(self) -> str:
        return str(self.language.currentData())

    def fmt(self) -> str:
        return str(self.format.currentData())

    # ----------------------------------------------------------------- the file

    def suggested_name(self) -> str:
        """From what the report covers and today's date: "det-phong-phu-2026-12-07.pdf"."""
        kind, keys = self.current_kind(), self.keys()
        titles = {a.id: a.title for a in self._assessments}
        if kind == "blank":
            stem = "worksheets"
        elif kind == "programme":
            stem = "-".join(str(k) for k in keys) or "programme"
        elif kind == "selection":
            stem = "selection"
        else:
            stem = titles.get(keys[0], "assessment") if keys else "assessment"
            stem = f"{stem}-worksheets" if kind == "worksheets" else stem
        return f"{file_stem(stem)}-{date.today().isoformat()}.{self.fmt()}"

    def target(self) -> str:
        """The file to write, with the format's extension."""
        path = self.path.text().strip()
        suffix = f".{self.fmt()}"
        if path and not path.lower().endswith(suffix):
            path = str(Path(path).with_suffix(suffix))
        return path

    def _path_edited(self) -> None:
        self._edited_path = True
        self._update()

    def _update(self) -> None:
        if not self._edited_path:
            folder = Path(self.path.text()).parent if self.path.text() else report_folder()
            self.path.setText(str(folder / self.suggested_name()))
        elif self.path.text():
            self.path.setText(self.target())
        word = self.fmt() == "docx"
        self.template_label.setVisible(word)
        self.template_row.setVisible(word)
        covered = self.current_kind() == "blank" or bool(self.keys())
        self.export_button.setEnabled(bool(self.path.text().strip()) and covered)

    def word_template(self) -> str:
        """The Word template chosen, empty for cpdesk's own."""
        return self.template.text().strip() if self.fmt() == "docx" else ""

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), self.template.text(), self.tr("Word document (*.docx)")
        )
        if path:
            self.template.setText(path)

    def _browse(self) -> None:
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "docx": self.tr("Word document (*.docx)"),
        }[self.fmt()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), self.path.text(), filters)
        if path:
            self.path.setText(path)
            self._path_edited()


class ReportExport(QObject):
    """Asks what to export and where, then builds it in a worker."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def run(self) -> None:
        dialog = ReportDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export(dialog)

    def export(self, dialog: ReportDialog, open_when_done: bool = True) -> Any:
        """Build what the dialog says; remember its folder. Returns the job."""
        target = dialog.target()
        folder = str(Path(target).expanduser().parent)
        settings = prefs_store.settings()
        settings.setValue(FOLDER_KEY, folder)
        if dialog.fmt() == "docx":
            settings.setValue(TEMPLATE_KEY, dialog.word_template())
        settings.sync()
        return self.build(
            dialog.service_kind(),
            dialog.key(),
            target,
            open_when_done,
            lang=dialog.lang(),
            template=dialog.word_template() or None,
        )

    def build(
        self,
        kind: str,
        key: Any,
        path: str,
        open_when_done: bool = True,
        lang: str | None = None,
        template: str | None = None,
    ) -> Any:
        """Build the report in a worker; returns the job."""
        reports = importlib.import_module("cpdesk.services.reports.building")
        db, lang = self.window.wb.db, lang or self.window.wb.lang

        def job(progress: Any, cancelled: Any) -> Path:
            written: Path = reports.build_report(
                db, kind, key, path, lang, progress=progress, cancelled=cancelled, template=template
            )
            return written

        def done(written: Path) -> None:
            self.window.statusBar().showMessage(self.tr("Report written: %1").replace("%1", str(written)), 8000)
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        return run_job(
            job,
            done,
            parent=self.window,
            title=self.tr("Export report"),
            label=self.tr("Building the report…"),
            on_cancel=lambda: self.window.statusBar().showMessage(self.tr("Report cancelled; nothing written"), 5000),
        )
