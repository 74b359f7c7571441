"""The baseline model: a period's consumption against one or two driving variables.

E = b0 + b1·x1 (+ b2·x2), fitted by ordinary least squares (statsmodels' OLS, not a
hand-written regression): the intercept b0 is the base load, each slope the specific
consumption of its driver (kWh per t of product, per degree-day). Where nothing drives the
use, the mean model E = b0 (a constant fitted the same way).

Statistics of every model, with the definitions of ASHRAE Guideline 14-2014 (its
statistical definitions and Annex B), p being the number of parameters (the intercept included), n the periods,
y the consumption, ŷ the model's value and ȳ the mean consumption:

- CV(RMSE) = 100 × √(Σ(y − ŷ)² / (n − p)) / ȳ, in %;
- NMBE = 100 × Σ(y − ŷ) / ((n − p) × ȳ), in % (zero for least squares with an intercept on
  its own data; it tells on other data);
- R², the Durbin–Watson statistic d = Σ(eₜ − eₜ₋₁)² / Σeₜ² (statsmodels), and the lag-1
  autocorrelation of the residuals ρ = Σeₜeₜ₋₁ / Σeₜ², which the savings uncertainty uses
  (d is None for a perfect fit, whose residuals are all zero);
- coefficients with standard errors, t and p (two-sided, n − p degrees of freedom).

Acceptance: ASHRAE Guideline 14-2014's calibration criteria for monthly and hourly data
(the same figures in the US DOE FEMP M&V Guidelines 4.0): monthly data CV(RMSE) ≤ 15 % and
|NMBE| ≤ 5 %; hourly data CV(RMSE) ≤ 30 % and |NMBE| ≤ 10 %. Guideline 14 gives no third
pair; daily data are held to the hourly pair, as data finer than a month (our decision,
stated beside the verdict). Refused: fewer periods than parameters plus two, a driver that
is zero throughout, drivers that are collinear with each other or with the intercept (a
constant driver), consumption zero throughout. Warned: a coefficient not significant at
5 % (p > 0.05), a negative base load, a negative slope (use that falls as production rises).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from statsmodels.regression.linear_model import OLS
from statsmodels.stats.stattools import durbin_watson

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import Figure, Message, Term, msg
from cpdesk.core.mv.inputs import CONSUMPTION, Array, check_lengths, drivers_of, series

#: The name of the intercept among the coefficients.
BASE_LOAD = "base_load"

#: The most driving variables a model takes.
MAX_DRIVERS = 2

#: Significance level below which a coefficient is taken as significant.
SIGNIFICANCE = 0.05

#: Relative tolerance of the rank test that finds collinear drivers (the smallest singular
#: value of the scaled design matrix against the largest).
COLLINEAR_TOLERANCE = 1e-8


@dataclass(frozen=True)
class Criteria:
    """Guideline 14's acceptance for one data interval, in %; ``source`` says where the
    limits come from (a :class:`Term` of kind ``MvCriteria``, worded in both languages)."""

    interval: str
    cv_rmse_max: float
    nmbe_max: float
    source: Term


#: The acceptance by data interval.
CRITERIA: Mapping[str, Criteria] = {
    "monthly": Criteria("monthly", 15.0, 5.0, Term("MvCriteria", "monthly")),
    "daily": Criteria("daily", 30.0, 10.0, Term("MvCriteria", "daily")),
    "hourly": Criteria("hourly", 30.0, 10.0, Term("MvCriteria", "hourly")),
}


@dataclass(frozen=True)
class Coefficient:
    """One fitted parameter: the base load or a driver's slope."""

    name: str
    value: float
    std_error: float
    t: float
    p: float


@dataclass(frozen=True)
class BaselineModel:
    """A fitted baseline with the statistics Guideline 14 asks for."""

    drivers: tuple[str, ...]
    coefficients: tuple[Coefficient, ...]
    periods: int
    r_squared: float
    rmse: float
    cv_rmse: float
    nmbe: float
    durbin_watson: float | None
    autocorrelation: float
    mean_consumption: float
    criteria: Criteria
    meets_criteria: bool
    warnings: tuple[Message, ...]
    fitted: tuple[float, ...]
    residuals: tuple[float, ...]

    @property
    def parameters(self) -> int:
        """p: the count of fitted parameters, the intercept included."""
        return len(self.coefficients)

    def coefficient(self, name: str) -> Coefficient:
        """The coefficient of ``name`` (:data:`BASE_LOAD` or a driver)."""
        for coefficient in self.coefficients:
            if coefficient.name == name:
                return coefficient
        raise KeyError(name)

    def predict(self, drivers: Mapping[str, Sequence[float]], periods: int) -> Array:
        """The model's consumption for ``periods`` periods of the given drivers (checked as
        the baseline's were)."""
        missing = [name for name in self.drivers if name not in drivers]
        if missing:
            raise CpdeskError(msg("mv.unknown_driver", name=missing[0]))
        checked = drivers_of({name: drivers[name] for name in self.drivers}, periods)
        out = np.full(periods, self.coefficients[0].value, dtype=np.float64)
        for coefficient in self.coefficients[1:]:
            out += coefficient.value * checked[coefficient.name]
        return out


def fit_baseline(
    consumption: Sequence[float],
    drivers: Mapping[str, Sequence[float]] | None = None,
    *,
    interval: str = "monthly",
    days: Sequence[float] | None = None,
    normalised: bool = False,
) -> BaselineModel:
    """Fit the baseline of ``consumption`` against ``drivers`` (name -> one value a period;
    none or empty: the mean model). ``days`` are the periods' lengths: unequal ones are
    refused unless ``normalised`` says the figures are already per day."""
    if interval not in CRITERIA:
        raise CpdeskError(msg("mv.unknown_interval", value=str(interval)))
    drivers = dict(drivers or {})
    if len(drivers) > MAX_DRIVERS:
        raise CpdeskError(msg("mv.too_many_drivers", limit=MAX_DRIVERS, count=len(drivers)))
    y = series(CONSUMPTION, consumption)
    n = len(y)
    check_lengths(days, n, normalised=normalised)
    xs = drivers_of(drivers, n)
    parameters = 1 + len(xs)
    if n < parameters + 2:
        raise CpdeskError(msg("mv.too_few_periods", count=n, parameters=parameters, needed=parameters + 2))
    for name, x in xs.items():
        if not np.any(x):
            raise CpdeskError(msg("mv.all_zero", name=name))
    if not np.any(y):
        raise CpdeskError(msg("mv.no_consumption"))
    design = _design(xs, n)
    result = OLS(y, design).fit()
    names = (BASE_LOAD, *xs)
    coefficients = tuple(
        Coefficient(name, float(b), float(se), float(t), float(p))
        for name, b, se, t, p in zip(names, result.params, result.bse, result.tvalues, result.pvalues, strict=True)
    )
    residuals = np.asarray(result.resid, dtype=np.float64)
    fitted = np.asarray(result.fittedvalues, dtype=np.float64)
    mean = float(y.mean())
    cv, nmbe = cv_rmse(y, fitted, parameters), nmbe_of(y, fitted, parameters)
    criteria = CRITERIA[interval]
    return BaselineModel(
        drivers=tuple(xs),
        coefficients=coefficients,
        periods=n,
        r_squared=float(result.rsquared) if xs else 0.0,
        rmse=math.sqrt(float(residuals @ residuals) / (n - parameters)),
        cv_rmse=cv,
        nmbe=nmbe,
        durbin_watson=float(durbin_watson(residuals)) if np.any(residuals) else None,
        autocorrelation=lag1_autocorrelation(residuals),
        mean_consumption=mean,
        criteria=criteria,
        meets_criteria=cv <= criteria.cv_rmse_max and abs(nmbe) <= criteria.nmbe_max,
        warnings=_warnings(coefficients),
        fitted=tuple(float(v) for v in fitted),
        residuals=tuple(float(v) for v in residuals),
    )


def _design(xs: Mapping[str, Array], n: int) -> Array:
    """The design matrix [1, x1, x2], refused when its columns are collinear: the rank of
    the matrix with each column scaled to unit length is below its column count."""
    design = np.column_stack([np.ones(n), *xs.values()]) if xs else np.ones((n, 1))
    scaled = design / np.linalg.norm(design, axis=0)
    singular = np.linalg.svd(scaled, compute_uv=False)
    if singular[-1] <= COLLINEAR_TOLERANCE * singular[0]:
        raise CpdeskError(msg("mv.collinear", names=", ".join(xs)))
    return design


def cv_rmse(actual: Array, predicted: Array, parameters: int) -> float:
    """CV(RMSE) in % (Guideline 14-2014, with n − p in the denominator)."""
    n = len(actual)
    error = actual - predicted
    return 100.0 * math.sqrt(float(error @ error) / (n - parameters)) / float(actual.mean())


def nmbe_of(actual: Array, predicted: Array, parameters: int) -> float:
    """NMBE in % (Guideline 14-2014, with n − p in the denominator)."""
    n = len(actual)
    return 100.0 * float(np.sum(actual - predicted)) / ((n - parameters) * float(actual.mean()))


def lag1_autocorrelation(residuals: Array) -> float:
    """ρ = Σ eₜ·eₜ₋₁ / Σ eₜ² of the residuals in time order (0 for a perfect fit)."""
    total = float(residuals @ residuals)
    if total == 0.0:
        return 0.0
    return float(residuals[1:] @ residuals[:-1]) / total


def _warnings(coefficients: Sequence[Coefficient]) -> tuple[Message, ...]:
    found: list[Message] = []
    base = coefficients[0]
    if base.value < 0:
        found.append(msg("mv.negative_base_load", value=base.value))
    for slope in coefficients[1:]:
        if slope.value < 0:
            found.append(msg("mv.negative_slope", name=slope.name, value=slope.value))
    for coefficient in coefficients:
        if not math.isnan(coefficient.p) and coefficient.p > SIGNIFICANCE:
            found.append(msg("mv.not_significant", name=_term(coefficient.name), p=Figure(coefficient.p, 3)))
    return tuple(found)


def _term(name: str) -> object:
    """A coefficient's name as a message says it: the base load by its label."""
    return Term("MvHeading", name) if name == BASE_LOAD else name
