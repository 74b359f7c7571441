"""What the monitoring and verification section writes about a fitted baseline and its
savings, as HTML for a text view: the coefficients with standard errors, t and p; R²,
CV(RMSE), NMBE, Durbin–Watson and ρ beside Guideline 14's thresholds for the data interval,
the verdict with its source, the warnings; the reporting period's totals and the savings'
uncertainty at 68 % and 90 %, a saving smaller than its uncertainty said to be not
demonstrated.

Every figure in the user's number notation, every date and label in the interface language;
the column headings and statistics' names are the catalogue's (``MvHeading``), shared with
the command line and the report.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from cpdesk.core.messages import render
from cpdesk.core.mv.baseline import BASE_LOAD
from cpdesk.core.mv.periods import variable_label
from cpdesk.core.mv.rounding import uncertainty_decimals
from cpdesk.gui import display
from cpdesk.services.assessment.verification import GIVEN, AssessmentVerification

_CELL = "padding: 2px 8px;"


def head(code: str, lang: str) -> str:
    """A heading of the catalogue (``MvHeading``)."""
    return display.label("MvHeading", code, lang)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int = 1) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        align = "right" if i >= numeric_from else "left"
        return f"<{tag} style='{_CELL} text-align:{align}'>{html.escape(text)}</{tag}>"

    out = ["<table cellspacing='0' style='border-collapse: collapse;'>"]
    out.append("<tr style='background:#e9ecef'>" + "".join(cell("th", i, h) for i, h in enumerate(headers)) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(cell("td", i, t) for i, t in enumerate(row)) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _num(value: float | None, locale: str, decimals: int | None = None) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return display.number(value, locale, decimals)


def p_value(p: float, locale: str) -> str:
    """A p value to three decimals, "< 0,001" below that."""
    return "< " + _num(0.001, locale, 3) if p < 0.0005 else _num(p, locale, 3)


def term_name(name: str, found: AssessmentVerification, lang: str) -> str:
    """A coefficient with its unit: the base load in the carrier's unit (a day when per
    day), a slope in the carrier's unit per the driver's."""
    v = found.verification
    unit = v.series.unit
    if name == BASE_LOAD:
        shown = display.unit(f"{unit}/day" if v.per_day else unit, lang)
        return f"{head('base_load', lang)} ({shown})"
    driver_unit = v.series.driver_units.get(name, "")
    shown_name = variable_label(name, lang)
    return f"{shown_name} ({display.unit(unit, lang)}/{display.unit(driver_unit, lang)})" if driver_unit else shown_name


def model_html(found: AssessmentVerification, lang: str, locale: str) -> str:
    """The baseline: its coefficients, statistics against the thresholds, verdict and warnings."""
    m = found.verification.model
    title = QCoreApplication.translate("VerificationSection", "Baseline model")  # not in an f-string: lupdate reads it
    parts = [f"<h3>{html.escape(title)}</h3>"]
    reporting = (
        f"{head('reporting_from', lang)} {display.day(found.reporting_from, lang)} "
        f"({head('from_given' if found.reporting_from_source == GIVEN else 'from_implemented_options', lang)})"
        if found.reporting_from is not None
        else head("baseline_only", lang)
    )
    parts.append(f"<p>{html.escape(reporting)}</p>")
    coefficients = [
        (term_name(c.name, found, lang), _num(c.value, locale), _num(c.std_error, locale), _num(c.t, locale, 2))
        + (p_value(c.p, locale),)
        for c in m.coefficients
    ]
    headers = [head(k, lang) for k in ("term", "estimate", "std_error", "t", "p")]
    parts.append(_table(headers, coefficients))
    c = m.criteria
    statistics = [
        (head("periods", lang), display.count(m.periods, locale), ""),
        (head("r_squared", lang), _num(m.r_squared, locale, 3), ""),
        (head("cv_rmse", lang), _num(m.cv_rmse, locale, 1), "≤ " + _num(c.cv_rmse_max, locale, 0)),
        (head("nmbe", lang), _num(m.nmbe, locale, 2), "± " + _num(c.nmbe_max, locale, 0)),
        (head("durbin_watson", lang), _num(m.durbin_watson, locale, 2), ""),
        (head("autocorrelation", lang), _num(m.autocorrelation, locale, 2), ""),
    ]
    parts.append("<br>" + _table([head(k, lang) for k in ("statistic", "value", "limit")], statistics))
    verdict = head("yes" if m.meets_criteria else "no", lang)
    colour = "#0f5132" if m.meets_criteria else "#842029"
    parts.append(
        f"<p><b style='color:{colour}'>{html.escape(head('meets', lang))}: {html.escape(verdict)}</b><br>"
        f"<small>{html.escape(display.label('MvCriteria', c.interval, lang))}</small></p>"
    )
    if m.warnings:
        items = "".join(f"<li>{html.escape(render(w, lang))}</li>" for w in m.warnings)
        parts.append(f"<p style='color:#664d03'>{html.escape(head('warning', lang)).capitalize()}:</p><ul>{items}</ul>")
    return "".join(parts)


def savings_html(found: AssessmentVerification, lang: str, locale: str) -> str:
    """The reporting period's totals and the savings' uncertainty at each confidence."""
    translate = QCoreApplication.translate
    s = found.verification.savings
    title = html.escape(translate("VerificationSection", "Savings in the reporting period"))
    if s is None:
        return f"<h3>{title}</h3><p>{html.escape(head('baseline_only', lang))}</p>"
    unit = display.unit(found.verification.series.unit, lang)
    d = uncertainty_decimals(s.uncertainty[-1].absolute)
    totals = [
        (head("adjusted_baseline", lang), _num(s.total_adjusted_baseline, locale, d), unit),
        (head("actual", lang), _num(s.total_actual, locale, d), unit),
        (head("total_savings", lang), _num(s.total_avoided, locale, d), unit),
        (head("savings_fraction", lang), display.percent(s.fraction, locale), ""),
    ]
    rows = []
    for u in s.uncertainty:
        shown = head("demonstrated" if u.demonstrated else "not_demonstrated", lang)
        rows.append(
            (
                display.percent(u.confidence, locale, 0),
                f"± {_num(u.absolute, locale, d)} {unit}",
                display.percent(u.fractional, locale) if math.isfinite(u.fractional) else "–",
                shown,
            )
        )
    headers = [head("confidence", lang), head("uncertainty", lang), head("fractional", lang), ""]
    return (
        f"<h3>{title}</h3>"
        + _table(["", head("value", lang), ""], totals, numeric_from=1)
        + "<br>"
        + _table(headers, rows, numeric_from=1)
    )


def saving_line(found: AssessmentVerification, lang: str, locale: str) -> str:
    """One line for the status bar and tests: "751 t ± 59 t at 90 %" or not demonstrated."""
    s = found.verification.savings
    if s is None:
        return head("baseline_only", lang)
    unit = display.unit(found.verification.series.unit, lang)
    last = s.uncertainty[-1]
    confidence = display.percent(last.confidence, locale, 0)
    d = uncertainty_decimals(last.absolute)
    said = f"{_num(s.total_avoided, locale, d)} {unit} ± {_num(last.absolute, locale, d)} {unit} ({confidence})"
    return said if last.demonstrated else f"{said}: {head('not_demonstrated', lang)}"
