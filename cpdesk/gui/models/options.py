"""Models of the CP options (tasks 8 to 16): the list, their feasibility, what they save,
and their implementation and monitoring."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cpdesk.core import labels
from cpdesk.core.appraisal import OptionAppraisal
from cpdesk.core.economics import EconomicsNote
from cpdesk.core.entities import Entity
from cpdesk.core.mv.rounding import uncertainty_decimals
from cpdesk.core.rows import OptionRow, SavingItem
from cpdesk.core.vocabulary import Carrier, OptionCategory, OptionStatus, ScreeningResult
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel
from cpdesk.services.assessment import options as options_service


def economics_note(note: EconomicsNote) -> str:
    """Why a feasibility figure is missing, in the user's language (kind "EconomicsNote" of
    the catalogue of labels)."""
    return labels.label("EconomicsNote", note, display.language())


class OptionModel(RecordTableModel[OptionRow]):
    """The option list: what each is, where it stands, and its money."""

    entity = Entity.OPTION

    def make_columns(self) -> list[Column[OptionRow]]:
        categories = display.choices(OptionCategory, self.lang)
        screening = [(None, "")] + display.choices(ScreeningResult, self.lang)
        statuses = display.choices(OptionStatus, self.lang)
        money = self.currency
        return [
            Column("code", self.tr("Code"), lambda r: r.code),
            Column("title", self.tr("Option"), lambda r: r.title),
            Column("category", self.tr("Category"), lambda r: r.category, Kind.CHOICE, choices=lambda r: categories),
            Column(
                "screening",
                self.tr("Screening"),
                lambda r: r.screening,
                Kind.CHOICE,
                optional=True,
                choices=lambda r: screening,
            ),
            Column("status", self.tr("Status"), lambda r: r.status, Kind.CHOICE, choices=lambda r: statuses),
            Column("investment", self.tr("Investment, %1").replace("%1", money), lambda r: r.investment, Kind.MONEY),
            Column(
                "annual_savings",
                self.tr("Savings per year, %1").replace("%1", money),
                lambda r: r.annual_savings,
                Kind.MONEY,
                tip=lambda r: (
                    self.tr("Calculated by the option's calculation (Calculate saving…)")
                    if r.savings_basis == "calculated"
                    else ""
                ),
            ),
            Column(
                "annual_extra_costs",
                self.tr("Extra costs per year, %1").replace("%1", money),
                lambda r: r.annual_extra_costs,
                Kind.MONEY,
            ),
            Column("lifetime_years", self.tr("Lifetime, years"), lambda r: r.lifetime_years, Kind.NUMBER),
            Column(
                "type_code",
                self.tr("Option type"),
                lambda r: r.type_code or "",
                show=self._type_text,
                tip=self._type_tip,
            ),
        ]

    def _type_text(self, row: OptionRow) -> str:
        """The linked type's code and title; a code the library in use lacks says so."""
        if not row.type_code:
            return ""
        title = options_service.type_title(row.type_code, self.lang)
        if title is None:
            return self.tr("%1 (unknown type)").replace("%1", row.type_code)
        return f"{row.type_code} · {title}"

    def _type_tip(self, row: OptionRow) -> str:
        if row.type_code and options_service.type_title(row.type_code, self.lang) is None:
            return self.tr(
                "The option library in use has no type %1 (the centre's reference-data pack dropped it). "
                "The link is kept; choose another type or clear it."
            ).replace("%1", row.type_code)
        return self.tr("The option library's type; type a code or choose one with “Option type…”.")


class AppraisalModel(RecordTableModel[OptionAppraisal]):
    """Feasibility figures of each option (read-only: they follow from the option list)."""

    entity = Entity.OPTION
    # how a factor set's code is shown (the section gives the workbench's names)
    factor_set_name: Callable[[str | None], str] = staticmethod(lambda code: code or "–")

    def make_columns(self) -> list[Column[OptionAppraisal]]:
        def years(value: float | None) -> str:
            return display.number(value, self.locale, 1) if value is not None else "–"

        money = self.currency
        return [
            Column("", self.tr("Code"), lambda a: a.option.code, editable=False),
            Column("", self.tr("Option"), lambda a: a.option.title, editable=False),
            Column(
                "",
                self.tr("Payback, years"),
                lambda a: a.economics.simple_payback_years,
                Kind.NUMBER,
                editable=False,
                show=lambda a: years(a.economics.simple_payback_years),
            ),
            Column(
                "",
                self.tr("Discounted payback, years"),
                lambda a: a.economics.discounted_payback_years,
                Kind.NUMBER,
                editable=False,
                show=lambda a: years(a.economics.discounted_payback_years),
            ),
            Column("", self.tr("NPV, %1").replace("%1", money), lambda a: a.economics.npv, Kind.MONEY, editable=False),
            Column(
                "",
                self.tr("IRR, %"),
                lambda a: a.economics.irr,
                Kind.PERCENT,
                editable=False,
                decimals=1,
                show=lambda a: (
                    display.number(100 * a.economics.irr, self.locale, 1) if a.economics.irr is not None else "–"
                ),
            ),
            Column(
                "",
                self.tr("NPV range ±20 %, %1").replace("%1", money),
                lambda a: a.sensitivity.worst,
                Kind.MONEY,
                editable=False,
                show=lambda a: (
                    f"{display.money(a.sensitivity.worst, self.locale, money)} … "
                    f"{display.money(a.sensitivity.best, self.locale, money)}"
                ),
                tip=lambda a: self.tr("NPV with investment +20 % and savings −20 %, and the other way round"),
            ),
            Column(
                "",
                self.tr("CO₂ avoided, t/yr"),
                lambda a: a.co2_t,  # None when the factor set cannot count a saving: the tip says why
                Kind.NUMBER,
                editable=False,
                decimals=1,
                tip=lambda a: (
                    a.co2_gap.message(display.language())  # what the factor set lacks, in the user's language
                    if a.co2_gap is not None
                    else self.tr("Factor set: %1").replace("%1", self.factor_set_name(a.factor_set))
                ),
            ),
            Column(
                "",
                self.tr("Notes"),
                lambda a: " ".join(economics_note(n) for n in a.economics.notes),
                editable=False,
            ),
        ]

    def row_tip(self, row: OptionAppraisal) -> str:
        return " ".join(economics_note(n) for n in row.economics.notes)

    @staticmethod
    def _key(row: Any) -> Any:
        return row.option.id


class SavingModel(RecordTableModel[SavingItem]):
    """The resources one option saves per year (task 12), estimated and monitored."""

    entity = Entity.OPTION_SAVING

    def make_columns(self) -> list[Column[SavingItem]]:
        return [
            Column("", self.tr("Resource"), lambda s: display.label(Carrier, s.carrier, self.lang), editable=False),
            Column(
                "quantity",
                self.tr("Per year (estimated)"),
                lambda s: s.quantity,
                Kind.NUMBER,
                tip=lambda s: (
                    self.tr("Calculated by the option's calculation (Calculate saving…)")
                    if s.basis == "calculated"
                    else ""
                ),
            ),
            Column("", self.tr("Unit"), lambda s: display.unit(s.unit, self.lang), editable=False),
            Column(
                "monitored_quantity",
                self.tr("Per year (monitored)"),
                lambda s: s.monitored_quantity,
                Kind.NUMBER,
                optional=True,
            ),
            Column(
                "",
                self.tr("Per year (verified)"),
                lambda s: s.verified_quantity,
                Kind.NUMBER,
                editable=False,
                show=self._verified,
                tip=lambda s: (
                    display.label("VerificationMethod", s.verified_method, self.lang) if s.verified_method else ""
                ),
            ),
        ]

    def _verified(self, s: SavingItem) -> str:
        """The verified saving with its 90 % uncertainty, "751 ± 59", in the user's notation."""
        if s.verified_quantity is None:
            return ""
        decimals = uncertainty_decimals(s.verified_uncertainty or 0.0)
        if decimals is None:
            return display.number(s.verified_quantity, self.locale)
        return (
            display.number(s.verified_quantity, self.locale, decimals)
            + " ± "
            + display.number(s.verified_uncertainty, self.locale, decimals)
        )


class ImplementationModel(RecordTableModel[OptionRow]):
    """Selected and implemented options: dates and monitored savings (tasks 14 to 16)."""

    entity = Entity.OPTION

    def make_columns(self) -> list[Column[OptionRow]]:
        statuses = display.choices(OptionStatus, self.lang)
        money = self.currency

        def difference(r: OptionRow) -> float | None:
            if r.monitored_annual_savings is None or not r.annual_savings:
                return None
            return r.monitored_annual_savings / r.annual_savings - 1

        return [
            Column("code", self.tr("Code"), lambda r: r.code),
            Column("title", self.tr("Option"), lambda r: r.title),
            Column("status", self.tr("Status"), lambda r: r.status, Kind.CHOICE, choices=lambda r: statuses),
            Column("implemented_on", self.tr("Implemented on"), lambda r: r.implemented_on, Kind.DATE, optional=True),
            Column(
                "",
                self.tr("Savings estimated, %1/yr").replace("%1", money),
                lambda r: r.annual_savings,
                Kind.MONEY,
                editable=False,
            ),
            Column(
                "monitored_annual_savings",
                self.tr("Savings monitored, %1/yr").replace("%1", money),
                lambda r: r.monitored_annual_savings,
                Kind.MONEY,
                optional=True,
            ),
            Column("", self.tr("Monitored vs estimated, %"), difference, Kind.PERCENT, editable=False, decimals=0),
        ]
