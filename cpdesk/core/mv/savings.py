"""The reporting period: what the baseline says the plant would have used, what it used, and
how sure the difference is.

- Adjusted baseline Êᵢ: the baseline model on the reporting period's drivers (IPMVP Core
  Concepts 2022, avoided energy consumption with routine adjustments).
- Avoided consumption Sᵢ = Êᵢ − Eᵢ per period, and its running total.
- Fractional savings uncertainty, ASHRAE Guideline 14-2014, Annex B (after Reddy and
  Claridge 2000), for a saving S = Σ Sᵢ over m reporting periods out of an adjusted
  baseline Ê = Σ Êᵢ, the savings fraction F = S / Ê:

      ΔS / S = t × 1.26 × CV × √( (n / n′) × (1 + 2/n) × (1/m) ) / F

  CV the baseline's CV(RMSE) as a fraction (n − p convention), n its periods, n′ = n (1 − ρ)
  / (1 + ρ) the periods corrected for the lag-1 autocorrelation ρ of its residuals (a
  negative ρ is taken as 0, so that the correction never narrows the uncertainty), and t
  Student's t, two-sided, at the confidence level with n − p degrees of freedom. The factor
  1.26 was fitted for monthly models; Guideline 14 gives no other, so daily and hourly
  models use it as well (the autocorrelation correction matters most there). The
  absolute uncertainty is ΔS = t × 1.26 × CV × √(…) × Ê. A saving smaller than ΔS is said
  to be not demonstrated at that confidence.
- CUSUM: the running total of actual minus expected (Carbon Trust, "Monitoring and
  targeting" guides): a falling line is a saving, a change of slope a change of performance.
- Energy performance indicator, ISO 50006:2014 (EnPI from a statistical model): the ratio of
  actual to expected use, per period and over the period (below 1: better than the baseline),
  and the specific consumption actual against expected, per unit of the first driver.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.mv.baseline import BaselineModel
from cpdesk.core.mv.inputs import CONSUMPTION, Array, series

#: The confidence levels the uncertainty is given at.
CONFIDENCE_LEVELS = (0.68, 0.90)

#: Guideline 14's empirical factor of the savings uncertainty for monthly data.
GL14_FACTOR = 1.26


@dataclass(frozen=True)
class Uncertainty:
    """The uncertainty of a saving at one confidence level."""

    confidence: float
    t: float
    absolute: float
    fractional: float
    demonstrated: bool


@dataclass(frozen=True)
class Savings:
    """A reporting period against its baseline."""

    adjusted_baseline: tuple[float, ...]
    actual: tuple[float, ...]
    avoided: tuple[float, ...]
    cumulative: tuple[float, ...]
    cusum: tuple[float, ...]
    enpi: tuple[float | None, ...]
    total_adjusted_baseline: float
    total_actual: float
    total_avoided: float
    fraction: float
    enpi_total: float
    effective_periods: float
    uncertainty: tuple[Uncertainty, ...]
    specific_actual: float | None
    specific_expected: float | None


def t_value(confidence: float, degrees_of_freedom: float) -> float:
    """Student's t, two-sided: the half-width of ``confidence`` in standard errors."""
    return float(stats.t.ppf(0.5 + confidence / 2.0, degrees_of_freedom))


def effective_periods(n: int, rho: float) -> float:
    """n′ = n (1 − ρ) / (1 + ρ), with ρ below zero taken as zero."""
    rho = max(0.0, rho)
    return n * (1.0 - rho) / (1.0 + rho)


def savings_uncertainty(
    model: BaselineModel, reporting_periods: int, adjusted_total: float, saving: float
) -> tuple[tuple[Uncertainty, ...], float]:
    """Guideline 14's uncertainty of ``saving`` at each of :data:`CONFIDENCE_LEVELS`, and n′."""
    n, m = model.periods, reporting_periods
    n_eff = effective_periods(n, model.autocorrelation)
    cv = model.cv_rmse / 100.0
    spread = GL14_FACTOR * cv * math.sqrt((n / n_eff) * (1.0 + 2.0 / n) / m) if n_eff > 0 else math.inf
    found = []
    for confidence in CONFIDENCE_LEVELS:
        t = t_value(confidence, n - model.parameters)
        absolute = t * spread * abs(adjusted_total)
        fractional = absolute / abs(saving) if saving != 0 else math.inf
        found.append(Uncertainty(confidence, t, absolute, fractional, abs(saving) > absolute))
    return tuple(found), n_eff


def reporting_savings(
    model: BaselineModel, consumption: Sequence[float], drivers: Mapping[str, Sequence[float]] | None = None
) -> Savings:
    """The savings of a reporting period of ``consumption`` and ``drivers`` (name -> one
    value a period) against ``model``; the period may be longer than the baseline."""
    actual = series(CONSUMPTION, consumption)
    m = len(actual)
    if m == 0:
        raise CpdeskError(msg("mv.no_reporting"))
    expected = model.predict(dict(drivers or {}), m)
    avoided = expected - actual
    total_expected, total_actual = float(expected.sum()), float(actual.sum())
    total_avoided = float(avoided.sum())
    fraction = total_avoided / total_expected if total_expected else math.nan
    uncertainty, n_eff = savings_uncertainty(model, m, total_expected, total_avoided)
    specific_actual, specific_expected = _specific(model, actual, expected, drivers)
    return Savings(
        adjusted_baseline=_floats(expected),
        actual=_floats(actual),
        avoided=_floats(avoided),
        cumulative=_floats(np.cumsum(avoided)),
        cusum=cusum(actual, expected),
        enpi=tuple(float(a / e) if e > 0 else None for a, e in zip(actual, expected, strict=True)),
        total_adjusted_baseline=total_expected,
        total_actual=total_actual,
        total_avoided=total_avoided,
        fraction=fraction,
        enpi_total=total_actual / total_expected if total_expected > 0 else math.nan,
        effective_periods=n_eff,
        uncertainty=uncertainty,
        specific_actual=specific_actual,
        specific_expected=specific_expected,
    )


def cusum(actual: Sequence[float] | Array, expected: Sequence[float] | Array) -> tuple[float, ...]:
    """Running total of actual − expected (falling: saving)."""
    difference = np.asarray(actual, dtype=np.float64) - np.asarray(expected, dtype=np.float64)
    return _floats(np.cumsum(difference))


def _specific(
    model: BaselineModel, actual: Array, expected: Array, drivers: Mapping[str, Sequence[float]] | None
) -> tuple[float | None, float | None]:
    """Specific consumption over the period, actual and expected, per unit of the model's
    first driver (None for the mean model or no production)."""
    if not model.drivers or drivers is None:
        return None, None
    produced = float(np.sum(np.asarray(drivers[model.drivers[0]], dtype=np.float64)))
    if produced <= 0:
        return None, None
    return float(actual.sum()) / produced, float(expected.sum()) / produced


def _floats(values: Array) -> tuple[float, ...]:
    return tuple(float(v) for v in values)
