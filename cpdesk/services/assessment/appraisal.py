"""Feasibility of each option: payback, NPV, IRR, sensitivity and the CO2 it avoids.

The result type, :class:`~cpdesk.core.appraisal.OptionAppraisal`, lives in core so that the
reports read it without importing the services.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy.orm import selectinload

from cpdesk.core.appraisal import OptionAppraisal
from cpdesk.core.economics import OptionEconomicsInput, evaluate_option, npv_sensitivity
from cpdesk.core.errors import CpdeskError, reason_of
from cpdesk.core.factors import Co2Result, FactorGap, FactorSet, MissingFactorError, amount_for_co2, co2_split
from cpdesk.core.messages import msg
from cpdesk.core.rows import OptionRow
from cpdesk.services import lookup
from cpdesk.services.assessment.records import option_row
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import FuelOverride, Option


def appraise_options(db: Database, assessment_id: uuid.UUID | str) -> list[OptionAppraisal]:
    """Every live option of an assessment, appraised at the assessment's rate and factors."""
    rows, factors, overrides, densities, (currency, rate, discount) = _options_and_factors(db, assessment_id)
    result = []
    for row in rows:
        money = OptionEconomicsInput(
            investment=row.investment,
            annual_savings=row.annual_savings,
            annual_extra_costs=row.annual_extra_costs,
            lifetime_years=row.lifetime_years,  # a partial last year counts in proportion
            discount_rate=discount,
            currency=currency,
            vnd_per_usd=rate,
        )
        co2: Co2Result | None = None
        gap: FactorGap | None = None
        try:
            co2 = option_co2(row, factors, overrides, densities)
        except MissingFactorError as exc:
            gap = exc.gap  # listed with its reason; the other options are not held up
        try:
            result.append(
                OptionAppraisal(
                    row,
                    evaluate_option(money),
                    npv_sensitivity(money),
                    co2,
                    factors.code,
                    factors.default_grid_year,
                    gap,
                )
            )
        except ValueError as exc:
            raise CpdeskError(msg("option.refused", option=row.code or row.title, reason=reason_of(exc))) from None
    return result


def co2_gaps(
    db: Database, assessment_id: uuid.UUID | str, options: Sequence[OptionRow] | None = None
) -> dict[uuid.UUID, FactorGap]:
    """Per option whose CO2 cannot be computed, what the factor set cannot count: the
    appraisal's ``co2_gap`` without its economics (the guide counts tasks by it for every
    assessment of a list, so it must be quick). ``options``: the assessment's live options
    when the caller has just read them."""
    read, factors, overrides, densities, _money = _options_and_factors(db, assessment_id, options is None)
    return gaps_of(read if options is None else options, factors, overrides, densities)


def gaps_of(
    rows: Iterable[OptionRow],
    factors: FactorSet,
    ncv_overrides: dict[str, float],
    density_overrides: dict[str, float],
) -> dict[uuid.UUID, FactorGap]:
    """Per option of ``rows`` whose CO2 cannot be computed, what the factor set cannot count
    (:func:`co2_gaps` for options already read; the guide's counts of many assessments)."""
    gaps = {}
    for row in rows:
        try:
            option_co2(row, factors, ncv_overrides, density_overrides)
        except MissingFactorError as exc:
            gaps[row.id] = exc.gap
    return gaps


def fuel_overrides(measured: Iterable[FuelOverride]) -> tuple[dict[str, float], dict[str, float]]:
    """The NCVs and the densities an assessment measured, by fuel."""
    overrides = {o.fuel: o.ncv_gj_per_t for o in measured if o.ncv_gj_per_t}
    densities = {o.fuel: o.density_t_per_m3 for o in measured if o.density_t_per_m3}
    return overrides, densities


def _options_and_factors(
    db: Database, assessment_id: uuid.UUID | str, with_options: bool = True
) -> tuple[list[OptionRow], FactorSet, dict[str, float], dict[str, float], tuple[str, float | None, float]]:
    """The live options of an assessment (none unless ``with_options``), its factor set, the
    NCVs and densities it measured, and its currency, exchange rate and discount rate."""
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        factors = factor_set_in(session, assessment.factor_set_id)
        measured = (
            session.execute(lookup.live(FuelOverride).where(FuelOverride.assessment_id == assessment.id))
            .scalars()
            .all()
        )
        overrides, densities = fuel_overrides(measured)
        options = (
            session.execute(
                lookup.live(Option)
                .where(Option.assessment_id == assessment.id)
                .options(selectinload(Option.savings))
                .order_by(Option.code, Option.title)
            )
            .scalars()
            .all()
            if with_options
            else ()
        )
        rows = [option_row(o) for o in options]
        money = (assessment.currency, assessment.exchange_rate, assessment.discount_rate)
    return rows, factors, overrides, densities, money


def option_co2(
    row: OptionRow,
    factors: FactorSet,
    ncv_overrides: dict[str, float] | None = None,
    density_overrides: dict[str, float] | None = None,
) -> Co2Result:
    """CO2 avoided per year by an option's fuel and electricity savings.

    A fuel saved by volume counts through the factor set's density (litres of LPG, DO, FO,
    kerosene) or NCV per Nm³ (natural gas), a density the assessment measured first.

    Raises:
        MissingFactorError: a saving the factor set cannot count, naming what it lacks.
    """
    amounts = []
    for saving in row.savings:
        value = amount_for_co2(saving.carrier.value, saving.quantity, saving.unit, factors, density_overrides)
        if value is not None:
            amounts.append((saving.carrier.value, value))
    return co2_split(amounts, factors, None, ncv_overrides)
