"""The programme summary (the seed's table 2) for a programme or any selection of assessments.

The database adds the options and savings up (:mod:`cpdesk.store.rollup_queries`); the core
converts the sums and makes the totals (:func:`cpdesk.core.rollup.roll_up_groups`), so that a
centre of thousands of assessments is summed in a few queries and little memory. The verified
savings (measurement and verification) are added up beside them: how many options have one,
and per carrier the verified total with its uncertainty combined in quadrature
(:mod:`cpdesk.core.mv.combined`, independence assumed).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from cpdesk.core import rollup
from cpdesk.core.errors import CpdeskError, reason_of
from cpdesk.core.messages import msg
from cpdesk.core.mv.combined import verified_summary
from cpdesk.services import lookup
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store import rollup_queries
from cpdesk.store.database import Database


def programme_summary(db: Database, code: str, *, grid_year: int | None = None) -> rollup.RollUp:
    """Table 2's figures for programme ``code``, with the CO2 it reported beside the computed."""
    with reading(db) as session:
        programme = lookup.programme_by_code(session, code)
        return _roll_up(session, grid_year, programme.reported_co2_t, programme_id=programme.id)


def selection_summary(
    db: Database, assessment_ids: Iterable[uuid.UUID | str], *, grid_year: int | None = None
) -> rollup.RollUp:
    """The same figures for any selection of assessments (default factor set)."""
    with reading(db) as session:
        ids = [lookup.assessment(session, key).id for key in assessment_ids]
        return _roll_up(session, grid_year, None, assessment_ids=ids)


def _roll_up(
    session: Session,
    grid_year: int | None,
    reported: float | None,
    *,
    programme_id: uuid.UUID | None = None,
    assessment_ids: Sequence[uuid.UUID] = (),
) -> rollup.RollUp:
    """The roll-up from the groups the database adds up (never an object per option)."""
    factors = factor_set_in(session, None)
    scope = rollup_queries.Scope(programme_id, assessment_ids)
    options = rollup_queries.option_groups(session, scope)
    savings, verified = rollup_queries.implemented_savings(session, scope)
    try:
        steam = rollup_queries.saves_steam(session, scope)
        made = rollup.roll_up_groups(
            options, savings, factors, steam=steam, grid_year=grid_year, reported_co2_t=reported
        )
        if not verified:
            return made
        verified_options = rollup_queries.verified_options(session, scope)
        return replace(made, verified=verified_summary(verified_options, verified))
    except rollup.MoneyError as exc:
        named = rollup_queries.option_in_group(session, exc.group, scope)
        if named is None:
            raise CpdeskError(exc.reason) from None
        raise CpdeskError(
            msg("summary.option_refused", option=named[0], assessment=named[1], reason=exc.reason)
        ) from None
    except ValueError as exc:
        raise CpdeskError(reason_of(exc)) from None
