"""Tasks 8 to 13: CP options, their screening and their technical, economic and
environmental feasibility (payback, NPV, IRR, CO2 from the assessment's factor set)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.reading_units import allowed_dimensions
from cpdesk.core.rows import OptionRow
from cpdesk.core.vocabulary import Carrier, OptionCategory
from cpdesk.gui import display
from cpdesk.gui.dialogs.option_type_dialog import OptionTypeDialog
from cpdesk.gui.errors import describe
from cpdesk.gui.models.options import AppraisalModel, OptionModel, SavingModel
from cpdesk.gui.plots_embed import option_plots
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.sections.option_calculations import CalculationFollower
from cpdesk.gui.sections.option_dialog import OptionDialog
from cpdesk.gui.sections.option_suggestions import SuggestionsPanel
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.entry import InvalidEntry, NoteEdit, NumberEdit, UnitCombo
from cpdesk.gui.widgets.record_table import RecordTable, edit_new_row, unique_name
from cpdesk.services.assessment import appraisal, options, suggestions
from cpdesk.services.assessment import records as workbench_queries


class OptionsSection(Section):
    key = "options"
    #: streams, readings and logger series: the options' calculations follow them
    depends = frozenset(
        {
            Entity.OPTION,
            Entity.OPTION_SAVING,
            Entity.ASSESSMENT,
            Entity.WASTE_STREAM,
            Entity.STREAM,
            Entity.MEASUREMENT,
            Entity.LOGGER_SERIES,
        }
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        currency = self.currency()
        self.options = OptionModel(self.wb.update, self.locale, self.lang, currency)
        self.table = RecordTable(
            self.options,
            title=self.tr("CP options"),
            add_text=self.tr("Add option"),
            name="options",
            first=("code", "title", "investment", "annual_savings"),
        )
        self.table.add_requested.connect(self.add_option)
        self.table.delete_requested.connect(
            lambda rows: self.execute(self.wb.delete, Entity.OPTION, [r.id for r in rows])
        )
        self.table.current_changed.connect(self._option_changed)
        choose_type = QPushButton(self.tr("Option type…"))
        choose_type.setToolTip(
            self.tr("Link the selected option to a type of the option library (search without accents)")
        )
        choose_type.clicked.connect(lambda: self.choose_type(self.table.current_row()))
        self.table.add_button_widget(choose_type)
        self.calculations = CalculationFollower(self)
        calculate = QPushButton(self.tr("Calculate saving…"))
        calculate.setObjectName("calculate_saving")
        calculate.setToolTip(
            self.tr("Work out the selected option's saving with a calculator, from the plant's figures")
        )
        calculate.clicked.connect(lambda: self.calculations.calculate(self.table.current_row()))
        self.table.add_button_widget(calculate)
        self.table.row_actions.append((self.tr("Edit…"), self.edit_option))
        self.table.row_actions.append((self.tr("Option type…"), self.choose_type))
        self.table.row_actions.append((self.tr("Calculate saving…"), self.calculations.calculate))

        self.appraisals = AppraisalModel(None, self.locale, self.lang, currency)
        self.appraisals.factor_set_name = self.wb.factor_set_name
        self.appraisal_table = RecordTable(
            self.appraisals, can_delete=False, name="appraisals", first=(0, 1, 2, 4, 5)
        )  # the option, its payback, NPV and IRR first
        self.appraisal_note = QLabel()
        self.appraisal_note.setWordWrap(True)
        feasibility = QWidget()
        feasibility_layout = QVBoxLayout(feasibility)
        feasibility_layout.addWidget(self.appraisal_note)
        feasibility_layout.addWidget(self.appraisal_table, 1)

        self.savings = SavingModel(self.wb.update, self.locale, self.lang)
        self.saving_table = RecordTable(self.savings, name="option_savings")
        self.saving_table.delete_requested.connect(
            lambda rows: self.execute(self.wb.delete, Entity.OPTION_SAVING, [r.id for r in rows])
        )
        self.saving_carrier = QComboBox()
        for code, label in display.choices(Carrier, self.lang):
            self.saving_carrier.addItem(label, code)
        self.saving_carrier.currentIndexChanged.connect(self._carrier_changed)
        self.saving_quantity = NumberEdit(self.locale)
        self.saving_unit = UnitCombo()
        add_saving = QPushButton(self.tr("Add saving"))
        add_saving.clicked.connect(self.add_saving)
        self.saving_quantity.returnPressed.connect(self.add_saving)
        saving_bar = QHBoxLayout()
        saving_bar.addWidget(QLabel(self.tr("Saves per year:")))
        saving_bar.addWidget(self.saving_carrier)
        saving_bar.addWidget(self.saving_quantity)
        saving_bar.addWidget(self.saving_unit)
        saving_bar.addWidget(add_saving)
        saving_bar.addStretch(1)
        resources_page = QWidget()
        resources_layout = QVBoxLayout(resources_page)
        self.saving_title = QLabel()
        resources_layout.addWidget(self.saving_title)
        resources_layout.addWidget(self.calculations.note)
        resources_layout.addLayout(saving_bar)
        resources_layout.addWidget(self.saving_table, 1)
        self._carrier_changed()

        self.description = NoteEdit()
        self.technical = NoteEdit()
        self.rejection = NoteEdit()
        self.description.committed.connect(lambda text: self._save_text("description", text))
        self.technical.committed.connect(lambda text: self._save_text("technical_notes", text))
        self.rejection.committed.connect(lambda text: self._save_text("rejection_reason", text))
        texts = QWidget()
        form = QFormLayout(texts)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Technical feasibility (task 10)"), self.technical)
        form.addRow(self.tr("Reason for rejection"), self.rejection)

        self.plots = option_plots(self.locale, self.lang)
        self.tabs = QTabWidget()
        self.tabs.addTab(feasibility, self.tr("Feasibility"))
        self.tabs.addTab(resources_page, self.tr("Resources saved"))
        self.tabs.addTab(texts, self.tr("Description and notes"))
        for title, widget in self.plots.pages():
            self.tabs.addTab(widget, title)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([2, 3])
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Task 8: options in the eight categories; task 9: screening. Tasks 10 to 13: technical notes, "
                    "payback, NPV and IRR at the assessment's discount rate, resources saved and the CO₂ they avoid."
                )
            )
        )
        self.empty = EmptyStack(
            self.table,
            EmptyState(
                self.tr(
                    "No CP options yet. Write down every idea that removes a cause of waste; "
                    "screening and feasibility follow here."
                ),
                self.tr("Add the first option"),
                self.add_option,
            ),
        )
        # Suggestions are a tab of their own, shown first while there is no option yet.
        self.suggestions = SuggestionsPanel(self, self.add_suggested)
        self.suggestions.setObjectName("option_suggestions")
        self.tabs.addTab(self.suggestions, self.tr("Suggestions"))
        self.tabs.currentChanged.connect(self._tab_changed)
        splitter.insertWidget(0, self.empty)  # the table, or what belongs there while it is empty
        splitter.setSizes([2, 3])
        layout.addWidget(self.calculations.told)
        layout.addWidget(splitter, 1)
        self._texts: dict[Any, workbench_queries.OptionTexts] = {}
        self._all_savings: list[workbench_queries.SavingItem] = []
        self._first_load = True

    def title(self) -> str:
        return self.tr("Options and feasibility")

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.suggestions:
            self.execute(self.suggestions.reload)

    def on_changed(self, change: Change) -> None:
        self.suggestions.on_changed(change)
        super().on_changed(change)

    def concerned(self, change: Change) -> bool:
        return super().concerned(change) or self.suggestions.stale

    def reload(self) -> None:
        detail = self.wb.detail(self.assessment_id)
        self.options.set_rows(detail.options)
        self.empty.show_empty(not detail.options)
        self._texts = workbench_queries.option_texts(self.wb.db, self.assessment_id)
        self._all_savings = workbench_queries.option_savings(self.wb.db, self.assessment_id)
        try:
            rows = appraisal.appraise_options(self.wb.db, self.assessment_id)
        except CpdeskError as exc:
            rows = []
            self.appraisal_note.setText(self.tr("Feasibility cannot be computed: %1").replace("%1", describe(exc)))
        else:
            self.appraisal_note.setText(
                self.tr("Discount rate %1 %; CO₂ from the factor set %2.")
                .replace("%1", display.number(100 * detail.discount_rate, self.locale, 1))
                .replace("%2", self.wb.factor_set_name(detail.factor_set))
            )
        self.appraisals.set_rows(rows)
        self.plots.show_options(rows, detail.waste_streams, detail.currency)
        self.calculations.reload()
        self.table.select_first()
        self._option_changed(self.table.current_row())
        if not detail.options and self._first_load:  # nothing yet: what the library suggests
            self.tabs.setCurrentWidget(self.suggestions)
        self._first_load = False
        if self.tabs.currentWidget() is self.suggestions:
            self.suggestions.reload()

    def _option_changed(self, option: OptionRow | None) -> None:
        self.calculations.describe(option)
        if option is None:
            self.saving_title.setText(self.tr("Select an option to see the resources it saves."))
            self.savings.set_rows([])
            for field in (self.description, self.technical, self.rejection):
                field.set_saved("")
                field.setEnabled(False)
            return
        self.saving_title.setText(
            self.tr("Resources saved by %1").replace("%1", f"<b>{option.code} {option.title}</b>")
        )
        self.savings.set_rows([s for s in self._all_savings if s.option_id == option.id])
        texts = self._texts.get(option.id)
        for field, text in (
            (self.description, texts.description if texts else ""),
            (self.technical, texts.technical_notes if texts else ""),
            (self.rejection, texts.rejection_reason if texts else ""),
        ):
            field.setEnabled(True)
            field.set_saved(text)

    def _carrier_changed(self, _index: int = 0) -> None:
        carrier = Carrier(self.saving_carrier.currentData())
        choices = display.units_for(allowed_dimensions(carrier))
        self.saving_unit.set_choices(choices)
        preferred = {"electricity": "MWh", "water": "m³"}.get(carrier.value, "t")
        self.saving_unit.setEditText(preferred if preferred in choices else (choices[0] if choices else ""))

    def _save_text(self, field: str, text: str) -> None:
        option = self.table.current_row()
        if option is not None:
            self.execute(self.wb.update, Entity.OPTION, option.id, {field: text})

    def edit_option(self, option: OptionRow | None = None) -> OptionDialog | None:
        """The option's form (window-modal, not blocking: the screens stay current meanwhile)."""
        option = option if option is not None else self.table.current_row()
        if option is None:
            return None
        sector = suggestions.plant_sector(self.wb.db, self.assessment_id)
        dialog = OptionDialog(self.wb, option, self.currency(), self, sector=sector)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_option(self) -> None:
        title = unique_name(self.tr("New option"), {r.title for r in self.options.rows})
        code = f"O{len(self.options.rows) + 1}"
        row = self.execute(
            self.wb.create,
            Entity.OPTION,
            lambda: options.add_option(
                self.wb.db, self.assessment_id, title=title, code=code, category=OptionCategory.GOOD_HOUSEKEEPING
            ),
            self.tr("Add option"),
        )
        if row is not None:
            self.refresh()
            edit_new_row(self.table, row.id, "title")

    def choose_type(self, option: OptionRow | None) -> None:
        """Link ``option`` to a type of the option library chosen by searching it."""
        if option is None:
            self.status(self.tr("Select the option first."))
            return
        dialog = OptionTypeDialog(
            self.lang, suggestions.plant_sector(self.wb.db, self.assessment_id), option.type_code, self
        )
        if dialog.exec() and dialog.chosen is not None and dialog.chosen != (option.type_code or ""):
            self.execute(self.wb.update, Entity.OPTION, option.id, {"type_code": dialog.chosen or None})

    def add_suggested(self, type_code: str) -> None:
        """Add the suggested type as an option linked to it, its figures a starting estimate."""
        row = self.execute(
            self.wb.create,
            Entity.OPTION,
            lambda: suggestions.add_suggested_option(self.wb.db, self.assessment_id, type_code, lang=self.lang),
            self.tr("Add suggested option"),
        )
        if row is not None:
            self.refresh()
            self.table.select(row.id)
            self.status(
                self.tr("Added %1; its figures are a starting estimate from the option library.").replace(
                    "%1", row.title
                )
            )

    def add_saving(self) -> None:
        option = self.table.current_row()
        if option is None:
            self.status(self.tr("Select the option first."))
            return
        try:
            quantity = self.saving_quantity.value()
            unit = self.saving_unit.value()
        except InvalidEntry as exc:
            self.status(str(exc))
            return
        if quantity is None:
            self.saving_quantity.setFocus()
            return
        carrier = self.saving_carrier.currentData()
        row = self.execute(
            self.wb.create,
            Entity.OPTION_SAVING,
            lambda: options.add_option_saving(self.wb.db, option.id, carrier=carrier, quantity=quantity, unit=unit),
            self.tr("Add resource saving"),
        )
        if row is not None:
            self.saving_quantity.clear()
