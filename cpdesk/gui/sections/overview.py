"""The assessment itself: what, when, money terms, the operating period that brings readings
to a year, the audit focus; and the assessment at a glance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.field_ranges import plausible
from cpdesk.core.vocabulary import DeliveryMode, OptionStatus
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.sections.base import Section, data_label
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.entry import INVALID_STYLE, NOTE_STYLE, DateEdit, InvalidEntry, NoteEdit, NumberEdit
from cpdesk.gui.widgets.reflow import ReflowColumns
from cpdesk.services.assessment import records as workbench_queries


class OverviewSection(Section):
    """A form: each field is saved when the cursor leaves it."""

    key = "overview"
    depends = frozenset(
        {Entity.ASSESSMENT, Entity.OPTION, Entity.STREAM, Entity.MEASUREMENT, Entity.PROCESS_STEP, Entity.TEAM_MEMBER}
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        loc = self.locale
        self.title_edit = QLineEdit()
        self.company = data_label()
        self.programme = data_label()
        self.mode = QComboBox()
        for code, label in display.choices(DeliveryMode, self.lang):
            self.mode.addItem(label, code)
        self.start = DateEdit(lang=self.lang, field=self.tr("Start date"))
        self.end = DateEdit(lang=self.lang, field=self.tr("End date"))
        self.currency_label = data_label()
        field = Entity.ASSESSMENT
        self.rate = NumberEdit(loc, optional=True, plausible=plausible(field, "exchange_rate"))
        self.discount = NumberEdit(loc, percent=True, plausible=plausible(field, "discount_rate"))
        self.hours = NumberEdit(loc, optional=True, plausible=plausible(field, "operating_hours_per_year"))
        self.days = NumberEdit(loc, optional=True, plausible=plausible(field, "operating_days_per_year"))
        self.batches = NumberEdit(loc, optional=True, plausible=plausible(field, "batches_per_day"))
        # The savings calculators take it as the boiler's efficiency (and follow it).
        self.boiler = NumberEdit(loc, optional=True, plausible=plausible(field, "boiler_efficiency_pct"))
        # The centre's count of its year converts assessments to full ones with this weight.
        self.scope_weight = NumberEdit(loc, plausible=plausible(field, "scope_weight"))
        self.scope_weight.setPlaceholderText("1")  # a full assessment
        self.production = NumberEdit(loc, optional=True)
        self.production_unit = QLabel()
        self.factor_set = data_label()
        self.focus = NoteEdit()
        self.notes = NoteEdit()
        self.focus.setMaximumHeight(90)

        self._fields: list[tuple[str, QWidget, Callable[[], Any]]] = [
            ("title", self.title_edit, lambda: self.title_edit.text()),
            ("start_date", self.start, self.start.value),
            ("end_date", self.end, self.end.value),
            ("exchange_rate", self.rate, self.rate.value),
            ("discount_rate", self.discount, self.discount.value),
            ("operating_hours_per_year", self.hours, self.hours.value),
            ("operating_days_per_year", self.days, self.days.value),
            ("batches_per_day", self.batches, self.batches.value),
            ("boiler_efficiency_pct", self.boiler, self.boiler.value),
            ("annual_production", self.production, self.production.value),
            ("scope_weight", self.scope_weight, self.scope_weight.value),
        ]
        for name, widget, read in self._fields:
            widget.editingFinished.connect(lambda n=name, w=widget, r=read: self._commit(n, w, r))  # type: ignore[attr-defined]
        self.mode.activated.connect(lambda _i: self._commit("delivery_mode", self.mode, self.mode.currentData))
        self.focus.committed.connect(lambda text: self._commit("audit_focus", self.focus, lambda: text))
        self.notes.committed.connect(lambda text: self._commit("notes", self.notes, lambda: text))

        what = QGroupBox(self.tr("Assessment"))
        form = QFormLayout(what)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Programme"), self.programme)
        form.addRow(self.tr("Delivery"), self.mode)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        form.addRow(self.tr("From – to"), dates)
        form.addRow(self.tr("Audit focus (task 3)"), self.focus)
        form.addRow(self.tr("Scope weight (full assessment = 1)"), self.scope_weight)

        money = QGroupBox(self.tr("Money and operation"))
        terms = QFormLayout(money)
        terms.addRow(self.tr("Currency"), self.currency_label)
        terms.addRow(self.tr("Exchange rate, VND per USD"), self.rate)
        terms.addRow(self.tr("Discount rate, %"), self.discount)
        terms.addRow(self.tr("Operating hours per year"), self.hours)
        terms.addRow(self.tr("Operating days per year"), self.days)
        terms.addRow(self.tr("Batches per day"), self.batches)
        terms.addRow(QCoreApplication.translate("OverviewSection", "Boiler efficiency, % of NCV"), self.boiler)
        production = QHBoxLayout()
        production.addWidget(self.production)
        production.addWidget(self.production_unit)
        terms.addRow(self.tr("Annual production"), production)
        terms.addRow(self.tr("Factor set"), self.factor_set)

        self.glance = QLabel()
        self.glance.setWordWrap(True)
        self.glance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        glance_box = QGroupBox(self.tr("At a glance"))
        self.empty = EmptyStack(
            self.glance,
            EmptyState(
                self.tr("Nothing recorded yet. An assessment starts with task 1: the CP team, then the process steps."),
                self.tr("Add a team member"),
                lambda: self.go_to("team", "add_member"),
                compact=True,
            ),
        )
        QVBoxLayout(glance_box).addWidget(self.empty)

        notes_box = QGroupBox(self.tr("Notes"))
        QVBoxLayout(notes_box).addWidget(self.notes)

        for form_layout in (form, terms):  # on a narrow screen a label goes above its field
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for data in (self.company, self.programme, self.factor_set):
            data.setWordWrap(True)
        left, right = QWidget(), QWidget()
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        for column in (left_layout, right_layout):
            column.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(what)
        left_layout.addWidget(notes_box, 1)
        right_layout.addWidget(money)
        right_layout.addWidget(glance_box, 1)
        # Two columns side by side; one under the other on a narrow screen (1366 px and
        # the navigator beside), scrolled.
        self.columns = ReflowColumns([(left, 3), (right, 2)])
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns)

    def title(self) -> str:
        return self.tr("Overview")

    def _show_title(self, title: str) -> None:
        """A long title shows its beginning (setText leaves the cursor, and the view, at its end)."""
        self.title_edit.setText(title)
        self.title_edit.setCursorPosition(0)

    def reload(self) -> None:
        form = workbench_queries.assessment_form(self.wb.db, self.assessment_id)
        detail = self.wb.detail(self.assessment_id)
        for widget, setter in (
            (self.title_edit, lambda: self._show_title(form.title)),
            (self.start, lambda: self.start.set_value(form.start_date)),
            (self.end, lambda: self.end.set_value(form.end_date)),
            (self.rate, lambda: self.rate.set_value(form.exchange_rate)),
            (self.discount, lambda: self.discount.set_value(form.discount_rate)),
            (self.hours, lambda: self.hours.set_value(form.operating_hours_per_year)),
            (self.days, lambda: self.days.set_value(form.operating_days_per_year)),
            (self.batches, lambda: self.batches.set_value(form.batches_per_day)),
            (self.boiler, lambda: self.boiler.set_value(form.boiler_efficiency_pct)),
            (self.production, lambda: self.production.set_value(form.annual_production)),
            (self.scope_weight, lambda: self.scope_weight.set_value(form.scope_weight)),
        ):
            if not widget.hasFocus():  # never overwrite what the user is typing
                setter()
                widget.setStyleSheet("")
                widget.setToolTip("")
        self.mode.setCurrentIndex(self.mode.findData(form.delivery_mode.value))
        self.company.setText(form.company)
        self.programme.setText(form.programme or self.tr("(none)"))
        self.currency_label.setText(form.currency)
        self.production_unit.setText(self.tr("%1 per year").replace("%1", form.production_unit))
        self.factor_set.setText(self.wb.factor_set_name(form.factor_set))
        self.focus.set_saved(form.audit_focus)
        self.notes.set_saved(form.notes)
        self.glance.setText(self._glance(detail))
        self.empty.show_empty(not (detail.team or detail.steps or detail.streams or detail.options))

    def _glance(self, detail: Any) -> str:
        measured = sum(1 for s in detail.streams if s.measurements)
        implemented = [o for o in detail.options if o.status == OptionStatus.IMPLEMENTED]
        loc, cur = self.locale, detail.currency
        lines = [
            self.tr("%1 team members, %2 process steps (%3 in the audit focus)")
            .replace("%1", str(len(detail.team)))
            .replace("%2", str(len(detail.steps)))
            .replace("%3", str(sum(1 for s in detail.steps if s.is_focus))),
            self.tr("%1 streams, %2 of them measured; %3 readings")
            .replace("%1", str(len(detail.streams)))
            .replace("%2", str(measured))
            .replace("%3", str(len(detail.measurements))),
            self.tr("%1 waste streams costing %2 %3 a year")
            .replace("%1", str(len(detail.waste_streams)))
            .replace("%2", display.money(sum(w.annual_cost for w in detail.waste_streams), loc, cur))
            .replace("%3", cur),
            self.tr("%1 options, %2 implemented: %3 %4 invested, %5 %4 saved a year")
            .replace("%1", str(len(detail.options)))
            .replace("%2", str(len(implemented)))
            .replace("%3", display.money(sum(o.investment for o in implemented), loc, cur))
            .replace("%4", cur)
            .replace("%5", display.money(sum(o.annual_savings for o in implemented), loc, cur)),
            # The tasks done: the header above, counted as `cpdesk guide` counts them.
        ]
        return "<br>".join(lines)

    def _commit(self, field: str, widget: QWidget, read: Callable[[], Any]) -> None:
        try:
            value = read()
        except InvalidEntry as exc:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(str(exc))
            return
        try:
            current = getattr(workbench_queries.assessment_form(self.wb.db, self.assessment_id), field)
            if isinstance(current, str) and hasattr(current, "value"):
                current = current.value
            if value == current:
                return
            self.wb.update(Entity.ASSESSMENT, self.assessment_id, {field: value})
        except CpdeskError as exc:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(self.tr("Not saved: %1").replace("%1", describe(exc)))
            self.status(self.tr("Not saved: %1").replace("%1", describe(exc, name_field=True)))  # the field named
            return
        note = getattr(widget, "note", "")
        widget.setStyleSheet(NOTE_STYLE if note else "")
        widget.setToolTip(note)
