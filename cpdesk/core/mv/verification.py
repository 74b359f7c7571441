"""Verified savings of a carrier from its period readings: the baseline fitted on the periods
before the reporting period starts, the reporting period's savings against it, and the
figures of the three plots (consumption against the driver with the fitted line and its
prediction band, baseline against actual over time, CUSUM).

Periods of unequal length (months of 28 to 31 days) are fitted per day: each period's
consumption and drivers divided by its days (:func:`cpdesk.core.mv.inputs.per_day`), so the
base load is per day and a long month is not read as a change of use. The model's figures
per day are then multiplied by each period's days again, so that every saving, CUSUM and
total is an amount over the periods (kWh, not kWh per day). The savings uncertainty of
ASHRAE Guideline 14 is a multiple of the adjusted baseline (ΔS = t × 1.26 × CV × √(…) × Ê);
that multiple is the same per day and in total, and is applied to the total Ê. Periods of
equal length (weeks, days) are fitted as they are.

The data interval for Guideline 14's acceptance follows the periods: monthly when they are
28 days or longer (the median), daily otherwise.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from statsmodels.regression.linear_model import OLS

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.mv.baseline import BaselineModel, fit_baseline
from cpdesk.core.mv.inputs import per_day
from cpdesk.core.mv.periods import PeriodSeries
from cpdesk.core.mv.savings import Savings, Uncertainty, reporting_savings

#: The confidence of the prediction band drawn around the fitted line.
BAND_CONFIDENCE = 0.90

#: Points along the fitted line.
LINE_POINTS = 41

#: Periods of at least this many days (the median) are monthly data for Guideline 14.
MONTHLY_DAYS = 28


@dataclass(frozen=True)
class FittedLine:
    """The model along its first driver (the others at their baseline means), with the
    prediction band of a single period at ``confidence``; in the model's terms (per day when
    the verification is per day)."""

    driver: str
    x: tuple[float, ...]
    fitted: tuple[float, ...]
    lower: tuple[float, ...]
    upper: tuple[float, ...]
    confidence: float


@dataclass(frozen=True)
class Verification:
    """A carrier's baseline and, when there is a reporting period, its verified saving."""

    series: PeriodSeries
    #: Per period: True in the reporting period.
    reporting: tuple[bool, ...]
    #: Per period: True for the period the reporting period starts within (the measure's
    #: installation), in neither the baseline nor the reporting period.
    excluded: tuple[bool, ...]
    #: Fitted per day (periods of unequal length).
    per_day: bool
    model: BaselineModel
    #: Per period, the model's consumption over the period (the fitted baseline before the
    #: reporting period, the adjusted baseline in it), in the series' unit.
    expected: tuple[float, ...]
    #: Per period, the running total of actual minus expected over all periods.
    cusum: tuple[float, ...]
    #: The reporting period's savings, as amounts over the periods; None without one.
    savings: Savings | None
    #: The fitted line for the scatter plot; None for the mean model.
    line: FittedLine | None

    @property
    def reporting_from(self) -> date | None:
        """The first day of the reporting period, None without one."""
        return next((s for s, r in zip(self.series.starts, self.reporting, strict=True) if r), None)

    def points(self, reporting: bool) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The scatter plot's points of the baseline (or reporting) periods in the model's
        terms: the first driver (x) and the consumption (y), per day when per day."""
        if not self.model.drivers:
            return (), ()
        name = self.model.drivers[0]
        days = self.series.days
        xs, ys = [], []
        for i, in_reporting in enumerate(self.reporting):
            if in_reporting != reporting or self.excluded[i]:
                continue
            scale = days[i] if self.per_day else 1
            xs.append(self.series.drivers[name][i] / scale)
            ys.append(self.series.consumption[i] / scale)
        return tuple(xs), tuple(ys)


def interval_of(days: Sequence[int]) -> str:
    """Guideline 14's data interval of periods of these lengths."""
    return "monthly" if statistics.median(days) >= MONTHLY_DAYS else "daily"


def verify(series: PeriodSeries, reporting_from: date | None, interval: str | None = None) -> Verification:
    """Fit the baseline on the periods that end before ``reporting_from`` and verify the
    savings of the periods that start on it or later (None: all periods are the baseline);
    a period that spans the day is left out of both (IPMVP: the installation period).
    ``interval`` is the data interval whose Guideline 14 criteria the model is held to
    (None: as the periods' lengths say, :func:`interval_of`)."""
    reporting = tuple(reporting_from is not None and start >= reporting_from for start in series.starts)
    # a period the reporting period starts in the middle of is neither (the installation)
    excluded = tuple(
        reporting_from is not None and s < reporting_from <= e for s, e in zip(series.starts, series.ends, strict=True)
    )
    baseline = series.part([not r and not x for r, x in zip(reporting, excluded, strict=True)])
    if not len(baseline):
        raise CpdeskError(msg("mv.no_baseline", start=reporting_from))
    days = series.days
    unequal = len(set(days)) > 1
    model = fit_baseline(
        *_model_terms(baseline, unequal),
        interval=interval or interval_of(baseline.days),
        days=baseline.days,
        normalised=unequal,
    )
    all_y, all_x = _model_terms(series, unequal)
    rate = model.predict(all_x, len(series))
    expected = rate * np.asarray(days, dtype=np.float64) if unequal else rate
    actual = np.asarray(series.consumption, dtype=np.float64)
    savings = None
    if any(reporting):
        part = series.part(reporting)
        y, x = _model_terms(part, unequal)
        raw = reporting_savings(model, y, x)
        savings = _in_totals(raw, part, model) if unequal else raw
    return Verification(
        series=series,
        reporting=reporting,
        excluded=excluded,
        per_day=unequal,
        model=model,
        expected=tuple(float(v) for v in expected),
        cusum=tuple(float(v) for v in np.cumsum(actual - expected)),
        savings=savings,
        line=_line(model, *_model_terms(baseline, unequal), all_x),
    )


def _model_terms(series: PeriodSeries, daily: bool) -> tuple[list[float], dict[str, list[float]]]:
    """Consumption and drivers as the model reads them: per day when ``daily``."""
    days = series.days
    if daily:
        return per_day(series.consumption, days), {n: per_day(v, days) for n, v in series.drivers.items()}
    return list(series.consumption), {n: list(v) for n, v in series.drivers.items()}


def _in_totals(raw: Savings, part: PeriodSeries, model: BaselineModel) -> Savings:
    """Savings worked per day, as amounts over each period (see the module's doc)."""
    days = np.asarray(part.days, dtype=np.float64)
    expected = np.asarray(raw.adjusted_baseline) * days
    actual = np.asarray(raw.actual) * days
    avoided = expected - actual
    total_expected, total_actual = float(expected.sum()), float(actual.sum())
    saving = float(avoided.sum())
    uncertainty = []
    for u in raw.uncertainty:
        share = u.absolute / raw.total_adjusted_baseline if raw.total_adjusted_baseline else math.inf
        absolute = share * abs(total_expected)
        fractional = absolute / abs(saving) if saving else math.inf
        uncertainty.append(Uncertainty(u.confidence, u.t, absolute, fractional, abs(saving) > absolute))
    produced = sum(part.drivers[model.drivers[0]]) if model.drivers else 0.0
    return Savings(
        adjusted_baseline=tuple(float(v) for v in expected),
        actual=tuple(float(v) for v in actual),
        avoided=tuple(float(v) for v in avoided),
        cumulative=tuple(float(v) for v in np.cumsum(avoided)),
        cusum=tuple(float(v) for v in np.cumsum(actual - expected)),
        enpi=raw.enpi,
        total_adjusted_baseline=total_expected,
        total_actual=total_actual,
        total_avoided=saving,
        fraction=saving / total_expected if total_expected else math.nan,
        enpi_total=total_actual / total_expected if total_expected > 0 else math.nan,
        effective_periods=raw.effective_periods,
        uncertainty=tuple(uncertainty),
        specific_actual=total_actual / produced if produced > 0 else None,
        specific_expected=total_expected / produced if produced > 0 else None,
    )


def _line(
    model: BaselineModel,
    consumption: list[float],
    drivers: dict[str, list[float]],
    everywhere: dict[str, list[float]],
) -> FittedLine | None:
    """The fitted line along the first driver over the range of every period, with the
    prediction band of statsmodels (``get_prediction``, the interval of one new period)."""
    if not model.drivers:
        return None
    first = model.drivers[0]
    low, high = min(everywhere[first]), max(everywhere[first])
    grid = np.linspace(low, high, LINE_POINTS) if high > low else np.array([low])
    design = np.column_stack([np.ones(len(consumption)), *(drivers[n] for n in model.drivers)])
    result = OLS(np.asarray(consumption, dtype=np.float64), design).fit()
    columns = [np.ones(len(grid)), grid]
    columns += [np.full(len(grid), float(np.mean(drivers[n]))) for n in model.drivers[1:]]
    frame = result.get_prediction(np.column_stack(columns)).summary_frame(alpha=1.0 - BAND_CONFIDENCE)
    return FittedLine(
        driver=first,
        x=tuple(float(v) for v in grid),
        fitted=tuple(float(v) for v in frame["mean"]),
        lower=tuple(float(v) for v in frame["obs_ci_lower"]),
        upper=tuple(float(v) for v in frame["obs_ci_upper"]),
        confidence=BAND_CONFIDENCE,
    )
