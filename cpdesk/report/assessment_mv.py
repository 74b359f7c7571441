"""The assessment summary's chapter on measurement and verification (M&V) of the savings,
present only when the assessment holds period readings.

Per carrier with readings: the baseline model (coefficients with standard errors, t and p),
its statistics beside ASHRAE Guideline 14's thresholds with the verdict and its source, the
warnings, the reporting period's verified saving with its uncertainty at 68 % and 90 % (not
demonstrated when smaller than it), and the three drawings of :mod:`.drawings.mv`. A section
calls only the story's methods, so the PDF and the Word document come from the same code; the
tables are :class:`TableSpec` and go to the workbook too (:func:`mv_tables`).
"""

from __future__ import annotations

import math

from cpdesk.core.messages import Message, render
from cpdesk.core.mv.baseline import BASE_LOAD
from cpdesk.core.mv.periods import variable_label
from cpdesk.core.mv.rounding import uncertainty_decimals
from cpdesk.report.drawings import mv as drawings
from cpdesk.report.i18n import I18n
from cpdesk.report.model import AssessmentReportData, VerificationInfo
from cpdesk.report.story import Story
from cpdesk.report.tabular import Column, Kind, Row, TableSpec


def _head(t: I18n, code: str) -> str:
    return t.label("MvHeading", code)


def with_uncertainty(uncertainty: float) -> int:
    """Decimals of a saving and its uncertainty (:func:`uncertainty_decimals`), none when
    the uncertainty is not finite."""
    return uncertainty_decimals(uncertainty) or 0


def _drivers(info: VerificationInfo, lang: str) -> str:
    return ", ".join(variable_label(d, lang) for d in info.drivers)


def coefficients(info: VerificationInfo, t: I18n) -> TableSpec:
    """The baseline's coefficients with their standard errors, t and p."""
    v = info.verification
    assert v is not None
    unit = v.series.unit
    per_day = "/day" if v.per_day else ""
    rows: list[Row] = []
    for c in v.model.coefficients:
        if c.name == BASE_LOAD:
            name = f"{_head(t, 'base_load')} ({t.unit(unit + per_day)})"
        else:
            driver_unit = v.series.driver_units.get(c.name, "")
            shown = variable_label(c.name, t.lang)
            name = f"{shown} ({t.unit(unit)}/{t.unit(driver_unit)})" if driver_unit else shown
        rows.append((name, c.value, c.std_error, c.t, c.p))
    return TableSpec(
        f"{t('mv_sheet')} {info.carrier}"[:31],
        t("mv_model_title", carrier=t.carrier(info.carrier), drivers=_drivers(info, t.lang) or t("mv_mean_model")),
        (
            Column(_head(t, "term"), width=2.2),
            Column(_head(t, "estimate"), Kind.NUMBER),
            Column(_head(t, "std_error"), Kind.NUMBER),
            Column(_head(t, "t"), Kind.NUMBER, decimals=2, width=0.6),
            Column(_head(t, "p"), Kind.NUMBER, decimals=3, width=0.6),
        ),
        rows,
    )


def statistics(info: VerificationInfo, t: I18n) -> TableSpec:
    """The baseline's statistics in one row, Guideline 14's limits for its data interval in
    the headings of the two it judges (numbers stay numbers for the workbook)."""
    v = info.verification
    assert v is not None
    m, c = v.model, v.model.criteria
    cv = f"{_head(t, 'cv_rmse')} (≤ {t.num(c.cv_rmse_max, 0)})"
    nmbe = f"{_head(t, 'nmbe')} (± {t.num(c.nmbe_max, 0)})"
    dw = m.durbin_watson if m.durbin_watson is not None else None
    return TableSpec(
        f"{t('mv_sheet')} {info.carrier} 2"[:31],
        t("mv_stats_title", carrier=t.carrier(info.carrier)),
        (
            Column(_head(t, "periods"), Kind.INT),
            Column(_head(t, "r_squared"), Kind.NUMBER, decimals=3),
            Column(cv, Kind.NUMBER, decimals=1, width=1.3),
            Column(nmbe, Kind.NUMBER, decimals=2, width=1.3),
            Column(_head(t, "durbin_watson"), Kind.NUMBER, decimals=2),
            Column(_head(t, "autocorrelation"), Kind.NUMBER, decimals=2, width=1.5),
        ),
        [(m.periods, m.r_squared, m.cv_rmse, m.nmbe, dw, m.autocorrelation)],
    )


def savings(info: VerificationInfo, t: I18n) -> TableSpec | None:
    """The reporting period's totals and the saving's uncertainty at each confidence."""
    v = info.verification
    assert v is not None
    s = v.savings
    if s is None:
        return None
    unit = t.unit(v.series.unit)
    rows: list[Row] = [
        (_head(t, "adjusted_baseline"), s.total_adjusted_baseline, unit, ""),
        (_head(t, "actual"), s.total_actual, unit, ""),
        (_head(t, "total_savings"), s.total_avoided, unit, t.fraction_pct(s.fraction)),
    ]
    for u in s.uncertainty:
        said = _head(t, "demonstrated" if u.demonstrated else "not_demonstrated")
        rows.append(
            (
                t("mv_uncertainty_row", confidence=t.num(100 * u.confidence, 0)),
                u.absolute,
                unit,
                f"{t.fraction_pct(u.fractional) if math.isfinite(u.fractional) else '–'}: {said}",
            )
        )
    return TableSpec(
        f"{t('mv_sheet')} {info.carrier} 3"[:31],
        t("mv_savings_title", carrier=t.carrier(info.carrier)),
        (
            Column("", width=1.8),
            Column(_head(t, "value"), Kind.NUMBER, decimals=with_uncertainty(s.uncertainty[-1].absolute)),
            Column(t("unit_short"), width=0.5),
            Column("", width=2.4),
        ),
        rows,
    )


def saving_sentence(info: VerificationInfo, t: I18n) -> str:
    """One sentence: the verified saving with its 90 % uncertainty, or why there is none."""
    v = info.verification
    assert v is not None
    s = v.savings
    if s is None:
        return t("mv_no_reporting")
    u = s.uncertainty[-1]
    unit = t.unit(v.series.unit)
    key = "mv_saving_line" if u.demonstrated else "mv_saving_not_demonstrated"
    decimals = with_uncertainty(u.absolute)
    return t(
        key,
        saving=t.num(s.total_avoided, decimals),
        uncertainty=t.num(u.absolute, decimals),
        unit=unit,
        confidence=t.num(100 * u.confidence, 0),
        fraction=t.fraction_pct(s.fraction),
    )


def mv_tables(data: AssessmentReportData, t: I18n) -> list[TableSpec]:
    """Every table of the chapter, for the workbook."""
    found: list[TableSpec] = []
    for info in data.verifications:
        if info.verification is None:
            continue
        found += [coefficients(info, t), statistics(info, t)]
        table = savings(info, t)
        if table is not None:
            found.append(table)
    return found


def mv_section(story: Story, data: AssessmentReportData) -> None:
    """The chapter, when the assessment holds period readings."""
    if not data.verifications:
        return
    t = story.t
    story.h1(t("mv_heading"))
    story.para(t("mv_intro"))
    for info in data.verifications:
        carrier = t.carrier(info.carrier)
        story.h2(carrier)
        v = info.verification
        if v is None:
            problem = info.problem
            reason = render(problem, t.lang) if isinstance(problem, Message) else str(problem or "")
            story.para(t("mv_not_fitted", carrier=carrier, reason=reason))
            continue
        if info.reporting_from is not None:
            source = "from_given" if info.reporting_from_source == "given" else "from_implemented_options"
            said = f"{_head(t, 'reporting_from')} {t.date(info.reporting_from)} ({_head(t, source)})."
            story.para(said[:1].upper() + said[1:])
        story.para(saving_sentence(info, t))
        table = savings(info, t)
        if table is not None:
            story.table(table)
        story.table(coefficients(info, t))
        story.table(statistics(info, t))
        verdict = _head(t, "yes" if v.model.meets_criteria else "no")
        story.para(f"{_head(t, 'meets')}: {verdict}. {t.label('MvCriteria', v.model.criteria.interval)}.")
        for warning in v.model.warnings:
            story.note(render(warning, t.lang))
        driver = info.drivers[0] if info.drivers else ""
        picture = drawings.scatter(v, t, story.width, carrier, driver)
        if picture is not None:
            story.figure(picture, t("mv_scatter_caption", carrier=carrier, driver=variable_label(driver, t.lang)))
        story.figure(drawings.over_time(v, t, story.width, carrier), t("mv_time_caption", carrier=carrier))
        story.figure(drawings.cusum(v, t, story.width), t("mv_cusum_caption", carrier=carrier))
