"""Sync → Conflicts: records changed on both sides, the two versions side by side, resolved here.

Each conflict keeps both versions; the record shows the one the merge rule ranked first (the
same on every database). The person keeps this database's version ("mine"), the other
side's ("theirs"), or chooses field by field. A resolution is an ordinary edit of the record:
it is saved at once and travels to the other side with the next export, where it settles the
same conflict. It is not on the undo stack: once it may have been sent, taking it back here
would leave the two databases disagreeing about a conflict one of them considers settled;
to change a value again, edit the record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.entities import Change
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.sync.field_choices import FieldChoice, FieldChoices
from cpdesk.gui.sync.field_names import field_label
from cpdesk.gui.sync.field_values import field_value
from cpdesk.gui.sync.texts import BAD, GOOD, coloured, html, make_table, record_label, rich_label
from cpdesk.services.sync import conflicts as sync_conflicts
from cpdesk.services.sync.conflicts import DELETED, ConflictRow


class ConflictsDialog(QDialog):
    """The list of conflicts and the one selected, side by side, with the ways to resolve it."""

    #: A conflict was resolved (its :class:`~cpdesk.services.sync.conflicts.ConflictRow`).
    resolved = Signal(object)

    def __init__(self, workbench: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.setWindowTitle(self.tr("Conflicts"))
        self.setObjectName("SyncConflictsDialog")
        self.rows: list[ConflictRow] = []

        self.heading = QLabel()
        self.show_resolved = QCheckBox(self.tr("Show resolved ones too"))
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_resolved)

        self.table = make_table(
            [self.tr("Record"), self.tr("Kind"), self.tr("Fields"), self.tr("From"), self.tr("Found"), self.tr("State")]
        )
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)

        self.detail_title = rich_label()
        self.fields = FieldChoices()
        self.note = QLabel(
            self.tr(
                "A resolution is saved at once and sent to the other side with the next export, where it "
                "settles this conflict too. It cannot be undone with Ctrl+Z; edit the record to change it again."
            )
        )
        self.note.setWordWrap(True)
        self.message = rich_label()

        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_fields = QPushButton(self.tr("Keep the chosen fields"))
        self.keep_mine.clicked.connect(lambda: self.resolve(["mine"]))
        self.keep_theirs.clicked.connect(lambda: self.resolve(["theirs"]))
        self.keep_fields.clicked.connect(lambda: self.resolve(self.field_choices()))
        actions = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.keep_fields):
            actions.addWidget(button)
        actions.addStretch(1)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.fields, 1)
        detail_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([150, 330])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self.reload()

    # ----------------------------------------------------------------- list

    def reload(self, select: Any = None) -> None:
        """Read the conflicts again; keep (or make) a selection."""
        current = select or (self.current().id if self.current() else None)
        self.rows = sync_conflicts.list_conflicts(self.wb.db, include_resolved=self.show_resolved.isChecked())
        open_count = sum(1 for r in self.rows if r.resolved_at is None)
        self.heading.setText(
            "<b>"
            + (self.tr("%n open conflict(s)", "", open_count) if open_count else self.tr("No open conflicts."))
            + "</b>"
        )
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in self.rows:
            n = self.table.rowCount()
            self.table.insertRow(n)
            state = self._state(row)
            values = [
                row.label or str(row.record_id)[:8],
                record_label(row.entity),
                ", ".join(self._field_name(row, d.field) for d in row.differences),
                row.peer,
                display.day(row.detected_at, self.wb.lang),
                state,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.resolved_at is not None:
                    item.setForeground(QBrush(QColor("#777777")))
                self.table.setItem(n, column, item)
        self.table.blockSignals(False)
        target = next((i for i, r in enumerate(self.rows) if r.id == current), None)
        if target is None:
            target = next((i for i, r in enumerate(self.rows) if r.resolved_at is None), 0 if self.rows else None)
        if target is not None:
            self.table.selectRow(target)
        self._selected()

    def _state(self, row: ConflictRow) -> str:
        if row.resolved_at is None:
            return self.tr("open")
        names = {"mine": self.tr("kept mine"), "theirs": self.tr("kept theirs"), "fields": self.tr("fields chosen")}
        return names.get(row.resolution, row.resolution)

    def current(self) -> ConflictRow | None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or selected[0].row() >= len(self.rows):
            return None
        return self.rows[selected[0].row()]

    # ----------------------------------------------------------------- detail

    def _selected(self) -> None:
        row = self.current()
        self.fields.setRowCount(0)
        is_open = row is not None and row.resolved_at is None
        for button in (self.keep_mine, self.keep_theirs, self.keep_fields):
            button.setEnabled(is_open)
        if row is None:
            self.detail_title.setText(self.tr("Nothing to resolve."))
            return
        shown = (
            self.tr("this database's version")
            if row.shown == "mine"
            else self.tr("the version of %1").replace("%1", html(row.peer))
        )
        self.detail_title.setText(
            "<b>"
            + html(f"{record_label(row.entity)}: {row.label or row.record_id}")
            + "</b><br>"
            + self.tr("The record now shows %1 (shaded).").replace("%1", shown)
        )
        context = sync_conflicts.value_context(self.wb.db, row)
        self.fields.show_fields(
            [
                FieldChoice(
                    d.field,
                    self._field_name(row, d.field),
                    field_value(context, d.field, d.mine, "mine", self.wb.lang, self.wb.numbers),
                    field_value(context, d.field, d.theirs, "theirs", self.wb.lang, self.wb.numbers),
                )
                for d in row.differences
            ],
            mine=self.tr("This database (mine)"),
            theirs=self.tr("%1 (theirs)").replace("%1", row.peer),
            shown=row.shown,
            enabled=is_open,
        )

    def _field_name(self, row: ConflictRow, field: str) -> str:
        """A differing field as the person knows it in this record's table; "deleted" for the
        record's having been deleted on one side."""
        return self.tr("deleted") if field == DELETED else field_label(row.entity, field)

    def field_choices(self) -> list[str]:
        """``FIELD=mine|theirs`` for each differing field, as chosen in the Keep column."""
        if self.current() is None:
            return []
        return [f"{field}={side}" for field, side in self.fields.choices().items()]

    def set_choice(self, field: str, side: str) -> None:
        """Choose ``side`` for ``field`` in the Keep column (the keyboard's way, and tests')."""
        self.fields.set_choice(field, side)

    # ----------------------------------------------------------------- resolving

    def resolve(self, keep: list[str]) -> ConflictRow | None:
        """Resolve the selected conflict; the list and the screens behind reload."""
        row = self.current()
        if row is None or row.resolved_at is not None or not keep:
            return None
        try:
            done = sync_conflicts.resolve_conflict(self.wb.db, str(row.id), keep)
        except Exception as exc:  # noqa: BLE001 - shown as one line, never a traceback
            self.message.setText(coloured(BAD, html(describe(exc))))
            return None
        names = {"mine": self.tr("kept mine"), "theirs": self.tr("kept theirs"), "fields": self.tr("fields chosen")}
        self.message.setText(
            coloured(
                GOOD,
                html(
                    self.tr("Resolved (%1): %2.")
                    .replace("%1", names.get(done.resolution, done.resolution))
                    .replace("%2", done.label or str(done.record_id))
                ),
            )
        )
        self.wb.notify(Change.ANYTHING)
        self.resolved.emit(done)
        self.reload()
        return done
