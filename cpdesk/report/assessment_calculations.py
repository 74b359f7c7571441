"""The options' savings calculations in the assessment summary: a table and a line per option
in the feasibility section, and annex C with each calculation's inputs, method and source.

The annex is written so that a reader can check a figure by hand: every input with its value
and unit as given and where it came from (typed by the auditor, or which figure of the
assessment), the method with its published source, every result, and the saving times its
price. A result whose assessment figure is gone says so (it is the one last computed). Only
the story's methods are called, so the Word document gets the same.
"""

from __future__ import annotations

import uuid

from cpdesk.core.calculators.stored import CALCULATED, TYPED
from cpdesk.core.messages import Message, render
from cpdesk.report.i18n import I18n
from cpdesk.report.markup import bold, escape
from cpdesk.report.model import AssessmentReportData, CalculationInfo
from cpdesk.report.story import Story
from cpdesk.report.tabular import Column, Kind, TableSpec


def _ordered(data: AssessmentReportData) -> list[tuple[str, str, CalculationInfo]]:
    """(code, title, calculation) of the options that have one, in the options' order."""
    return [(o.code, o.title, data.calculations[o.id]) for o in data.detail.options if o.id in data.calculations]


def _saving(info: CalculationInfo, t: I18n) -> str:
    """The priced saving, then any other resource the result saves, a year."""
    calc = info.calculation
    savings = (calc.saving, *calc.also) if calc.saving is not None else ()
    return "; ".join(f"{t.carrier(s.carrier)} {t.qty(s.quantity)} {t.unit(s.unit)}/{t('per_year')}" for s in savings)


def _basis(info: CalculationInfo, t: I18n) -> str:
    return t("calc_basis_calculated") if info.savings_basis == CALCULATED else t("calc_basis_typed")


def calculations_table(data: AssessmentReportData, t: I18n) -> TableSpec | None:
    """Every option with a calculation: calculator, saving, price, annual savings, basis."""
    rows = _ordered(data)
    if not rows:
        return None
    cur = data.currency
    return TableSpec(
        t("sheet_calculations"),
        t("calculations_title"),
        (
            Column(t("col_code"), width=0.55),
            Column(t("col_option"), width=1.8),
            Column(t("col_calculator"), width=1.9),
            Column(t("col_saving"), width=1.6),
            Column(t("col_price"), Kind.MONEY, cur, width=0.8),
            Column(t("col_savings"), Kind.MONEY, f"{cur}/{t('per_year')}", width=0.95),
            Column(t("col_figures"), width=0.8),
        ),
        [
            (
                code,
                title,
                t.label("Calculator", info.calculation.calculator),
                _saving(info, t),
                info.calculation.price,
                info.calculation.annual_savings,
                _basis(info, t) + _marks(info, t),
            )
            for code, title, info in rows
        ],
        note=t("calculations_note"),
        extra={"currency": cur},
    )


def _marks(info: CalculationInfo, t: I18n) -> str:
    marks = [t("calc_stale_short")] if info.calculation.stale else []
    marks += [t("calc_outdated_short")] if info.outdated else []
    return f" ({', '.join(marks)})" if marks else ""


def option_line(info: CalculationInfo, t: I18n, currency: str) -> str:
    """One sentence for an option's sheet: its calculator, saving, money and basis."""
    calc = info.calculation
    money = t.money(calc.annual_savings, currency) if calc.annual_savings is not None else "–"
    line = t(
        "calc_line",
        calculator=t.label("Calculator", calc.calculator),
        saving=_saving(info, t) or "–",
        money=money,
        currency=currency,
        basis=_basis(info, t),
        date=t.date(calc.computed_at),
    )
    if calc.stale:
        line += " " + _stale(info, t)
    if info.outdated:
        line += " " + t("calc_outdated")
    return line


def _stale(info: CalculationInfo, t: I18n) -> str:
    names = ", ".join(_input_label(name, t) for name in info.calculation.stale)
    return t("calc_stale", inputs=names)


def _input_label(name: str, t: I18n) -> str:
    if name == "price":
        return t("calc_price")
    return t.label("Field", f"calculator.{name}")


def _source(source: str, info: CalculationInfo, t: I18n) -> str:
    if source == TYPED:
        return t("calc_typed")
    said: Message | None = info.sources.get(source)
    return t("calc_gone") if said is None else render(said, t.lang)


def _as_given(value: float, t: I18n) -> str:
    """An input with every decimal it was given (114.3 mm stays 114,3; 0.045 stays 0,045)."""
    text = repr(float(value))
    decimals = 0 if "e" in text or text.endswith(".0") else min(len(text.split(".")[1]), 6)
    return t.num(value, decimals)


def inputs_table(info: CalculationInfo, t: I18n, heading: str) -> TableSpec:
    """A calculation's inputs with value, unit and source, then its results."""
    calc = info.calculation
    rows: list[tuple[str, float | str, str, str]] = [
        (_input_label(name, t), _as_given(given.value, t), t.unit(given.unit), _source(given.source, info, t))
        for name, given in calc.inputs.items()
    ]
    rows += [
        (t.label("CalculatorOutput", out.name), out.value, t.unit(out.unit), t("calc_result")) for out in calc.outputs
    ]
    return TableSpec(
        t("sheet_calculations"),
        heading,
        (
            Column(t("col_quantity"), width=2.2),
            Column(t("col_value"), Kind.NUMBER, width=0.8),
            Column(t("col_unit"), width=0.8),
            Column(t("col_source"), width=2.4),
        ),
        rows,
    )


def calculations_annex(story: Story, data: AssessmentReportData) -> None:
    """Annex C: each calculation's inputs, method and source, results and price."""
    rows = _ordered(data)
    if not rows:
        return
    t, s = story.t, story.styles
    story.unnumbered(t("annex_calculations"))
    story.para(t("annex_calculations_intro"))
    for code, title, info in rows:
        calc = info.calculation
        with story.kept():
            story.para(f"{code} {title}".strip(), s.h3)
            story.markup(
                f"{bold(t.label('Calculator', calc.calculator))}. "
                f"{bold(t('calc_method'))}: {escape(t.label('CalculatorMethod', calc.calculator))}",
                s.small,
            )
            story.table(inputs_table(info, t, t("calc_inputs_title", option=code or title)), caption=False)
            if calc.fuel:
                story.markup(f"{bold(t('calc_fuel'))}: {escape(t.carrier(calc.fuel))}", s.small)
            story.markup(escape(_price_sentence(info, t, data.currency)), s.small)
            if calc.stale:
                story.note(_stale(info, t))
            if info.outdated:
                story.note(t("calc_outdated"))


def _price_sentence(info: CalculationInfo, t: I18n, currency: str) -> str:
    calc = info.calculation
    if calc.charge is not None:
        return _charge_sentence(info, t, currency)
    if calc.saving is None:
        return t("calc_no_saving")
    if calc.price is None or calc.priced_saving is None:
        return t("calc_not_priced", saving=_saving(info, t))
    return t(
        "calc_priced",
        saving=_saving(info, t),
        price=t.money(calc.price, currency),
        currency=currency,
        unit=t.unit(calc.saving.unit),
        source=_source(calc.price_source, info, t),
        money=t.money(calc.priced_saving, currency),
        basis=_basis(info, t),
    )


def _charge_sentence(info: CalculationInfo, t: I18n, currency: str) -> str:
    """The tariff's charge avoided, worked out: the bill times the difference of the shares."""
    charge = info.calculation.charge
    assert charge is not None
    return t(
        "calc_charge",
        bill=t.money(charge.bill, currency),
        before=t.num(charge.share_before, 2),
        after=t.num(charge.share_after, 2),
        money=t.money(charge.avoided, currency),
        currency=currency,
        source=charge.source or "–",
        basis=_basis(info, t),
    )


def calculation_of(data: AssessmentReportData, option_id: uuid.UUID) -> CalculationInfo | None:
    """The option's calculation, if it has one."""
    return data.calculations.get(option_id)
