"""The programme summary (the seed's table 2) for a programme or any selection of assessments."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cpdesk.core import rollup
from cpdesk.core.errors import CpdeskError
from cpdesk.core.units import money_to_usd
from cpdesk.services import lookup
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Company, Option, OptionSaving


def programme_summary(db: Database, code: str, *, grid_year: int | None = None) -> rollup.RollUp:
    """Table 2's figures for programme ``code``, with the CO2 it reported beside the computed."""
    with reading(db) as session:
        programme = lookup.programme_by_code(session, code)
        ids = (
            session.execute(
                select(Assessment.id).where(Assessment.programme_id == programme.id, Assessment.deleted_at.is_(None))
            )
            .scalars()
            .all()
        )
        return _roll_up(session, ids, grid_year, programme.reported_co2_t)


def selection_summary(
    db: Database, assessment_ids: Iterable[uuid.UUID | str], *, grid_year: int | None = None
) -> rollup.RollUp:
    """The same figures for any selection of assessments (default factor set)."""
    with reading(db) as session:
        ids = [lookup.assessment(session, key).id for key in assessment_ids]
        return _roll_up(session, ids, grid_year, None)


def _roll_up(
    session: Session, ids: Sequence[uuid.UUID], grid_year: int | None, reported: float | None
) -> rollup.RollUp:
    factors = factor_set_in(session, None)
    records = []
    query = (
        select(Option, Assessment, Company)
        .join(Assessment, Option.assessment_id == Assessment.id)
        .join(Company, Assessment.company_id == Company.id)
        .where(Option.assessment_id.in_(ids), Option.deleted_at.is_(None))
        .options(selectinload(Option.savings.and_(OptionSaving.deleted_at.is_(None))))
    )
    for option, assessment, company in session.execute(query):
        try:
            records.append(
                rollup.OptionRecord(
                    status=option.status.value,
                    category=option.category.value,
                    sector=company.sector,
                    investment_usd=money_to_usd(option.investment, assessment.currency, assessment.exchange_rate),
                    annual_savings_usd=money_to_usd(
                        option.annual_savings, assessment.currency, assessment.exchange_rate
                    ),
                    savings=tuple(rollup.ResourceAmount(s.carrier.value, s.quantity, s.unit) for s in option.savings),
                )
            )
        except ValueError as exc:
            raise CpdeskError(f"option {option.code or option.title} of {assessment.title}: {exc}") from None
    try:
        return rollup.roll_up(records, factors, grid_year=grid_year, reported_co2_t=reported)
    except ValueError as exc:
        raise CpdeskError(str(exc)) from None
