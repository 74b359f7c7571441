"""Feasibility of each option: payback, NPV, IRR, sensitivity and the CO2 it avoids.

The result type, :class:`~cpdesk.core.appraisal.OptionAppraisal`, lives in core so that the
reports read it without importing the services.
"""

from __future__ import annotations

import uuid
from typing import Any

from cpdesk.core import rollup
from cpdesk.core.appraisal import OptionAppraisal
from cpdesk.core.economics import OptionEconomicsInput, evaluate_option, npv_sensitivity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.factors import Co2Result, co2_split
from cpdesk.core.rows import OptionRow
from cpdesk.core.vocabulary import FUELS, Carrier
from cpdesk.services import lookup
from cpdesk.services.assessment.records import option_row
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import FuelOverride, Option


def appraise_options(db: Database, assessment_id: uuid.UUID | str) -> list[OptionAppraisal]:
    """Every live option of an assessment, appraised at the assessment's rate and factors."""
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        factors = factor_set_in(session, assessment.factor_set_id)
        overrides = {
            o.fuel: o.ncv_gj_per_t
            for o in session.execute(
                lookup.live(FuelOverride).where(FuelOverride.assessment_id == assessment.id)
            ).scalars()
            if o.ncv_gj_per_t
        }
        options = (
            session.execute(
                lookup.live(Option).where(Option.assessment_id == assessment.id).order_by(Option.code, Option.title)
            )
            .scalars()
            .all()
        )
        rows = [option_row(o) for o in options]
        currency, rate, discount = (
            assessment.currency,
            assessment.exchange_rate,
            assessment.discount_rate,
        )
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
        try:
            co2 = option_co2(row, factors, overrides)
            result.append(
                OptionAppraisal(
                    row,
                    evaluate_option(money),
                    npv_sensitivity(money),
                    co2,
                    factors.code,
                    factors.default_grid_year,
                )
            )
        except ValueError as exc:
            raise CpdeskError(f"option {row.code or row.title}: {exc}") from None
    return result


def option_co2(row: OptionRow, factors: Any, ncv_overrides: dict[str, float] | None = None) -> Co2Result:
    """CO2 avoided per year by an option's fuel and electricity savings."""
    amounts = []
    for saving in row.savings:
        carrier = saving.carrier.value
        if carrier != Carrier.ELECTRICITY and carrier not in FUELS:
            continue
        value, _unit = rollup.to_summary_unit(rollup.ResourceAmount(carrier, saving.quantity, saving.unit), factors)
        amounts.append((carrier, value))
    return co2_split(amounts, factors, None, ncv_overrides)
