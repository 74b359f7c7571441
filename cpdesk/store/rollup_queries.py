"""The programme roll-up's figures added up by the database, for :func:`cpdesk.core.rollup.roll_up_groups`.

A centre holds thousands of assessments: loading every option with its savings as objects
took most of the time and memory of a programme summary. Two GROUP BY queries add up the
live options (count, investment, annual savings per sector, category, status, currency and
rate) and the live savings of live implemented options (count and quantity per sector,
category, carrier and unit: the others count nowhere, only whether any saves steam), the
second adding up the verified savings among them in the same pass (how many options have
one is asked only when one has); the core converts the groups' sums to USD and to the
summary units. The scope is a programme
(its live assessments) or a list of assessments, read in slices so that no statement
carries more than :data:`IDS_PER_STATEMENT` parameters.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, case, exists, func, select, type_coerce
from sqlalchemy.orm import Session

from cpdesk.core.rollup import OptionGroup, SavingGroup
from cpdesk.core.vocabulary import Carrier, OptionStatus
from cpdesk.store.models import Assessment, Company, Option, OptionSaving

#: Assessment ids per statement: far below SQLite's limit of bound parameters.
IDS_PER_STATEMENT = 5000


@dataclass(frozen=True)
class Scope:
    """The assessments rolled up: a programme's live ones, or the listed ones."""

    programme_id: uuid.UUID | None = None
    assessment_ids: Sequence[uuid.UUID] = ()

    def conditions(self) -> list[ColumnElement[bool]]:
        """One condition per statement: the programme, or a slice of the ids."""
        if self.programme_id is not None:
            return [(Assessment.programme_id == self.programme_id) & Assessment.deleted_at.is_(None)]
        ids = list(dict.fromkeys(self.assessment_ids))
        return [Assessment.id.in_(ids[i : i + IDS_PER_STATEMENT]) for i in range(0, len(ids), IDS_PER_STATEMENT)]


def _code(column: Any) -> Any:
    """An enum column read as its stored code: no enum made per row (thousands of groups)."""
    return type_coerce(column, String)


def option_groups(session: Session, scope: Scope) -> list[OptionGroup]:
    """Live options of the programme's live assessments (or of ``assessment_ids``), added up."""
    keys = (Company.sector, _code(Option.category), _code(Option.status), Assessment.currency, Assessment.exchange_rate)
    totals: dict[tuple[Any, ...], list[float]] = {}
    for condition in scope.conditions():
        query = (
            select(*keys, func.count(), func.sum(Option.investment), func.sum(Option.annual_savings))
            .select_from(Option)
            .join(Assessment, Option.assessment_id == Assessment.id)
            .join(Company, Assessment.company_id == Company.id)
            .where(condition, Option.deleted_at.is_(None))
            .group_by(*keys)
        )
        for sector, category, status, currency, rate, count, investment, savings in session.execute(query):
            key = (sector, category, status, currency, rate)
            sums = totals.setdefault(key, [0, 0.0, 0.0])
            sums[0] += count
            sums[1] += investment or 0.0
            sums[2] += savings or 0.0
    return [
        OptionGroup(sector, category, status, currency, rate, int(s[0]), s[1], s[2])
        for (sector, category, status, currency, rate), s in totals.items()
    ]


#: Verified savings added up per carrier and unit: (carrier, unit, count, estimated,
#: verified, Σ half-width²), the squares for :func:`cpdesk.core.mv.combined.verified_summary`
#: to combine in quadrature.
VerifiedGroup = tuple[str, str, int, float, float, float]


def implemented_savings(session: Session, scope: Scope) -> tuple[list[SavingGroup], list[VerifiedGroup]]:
    """Live savings of the live implemented options of the same assessments (only theirs
    count), added up per sector, category, carrier and unit; and, in the same pass, those of
    them with a verified saving, added up per carrier and unit."""
    keys = (Company.sector, _code(Option.category), _code(OptionSaving.carrier), OptionSaving.unit)
    implemented = OptionStatus.IMPLEMENTED.value
    verified = OptionSaving.verified_quantity.is_not(None)
    half = func.coalesce(OptionSaving.verified_uncertainty, 0.0)
    sums = (
        func.count(),
        func.sum(OptionSaving.quantity),
        func.count(OptionSaving.verified_quantity),
        func.sum(case((verified, OptionSaving.quantity))),
        func.sum(OptionSaving.verified_quantity),
        func.sum(case((verified, half * half))),
    )
    totals: dict[tuple[Any, ...], list[float]] = {}
    checked: dict[tuple[str, str], list[float]] = {}
    for condition in scope.conditions():
        query = (
            select(*keys, *sums)
            .select_from(OptionSaving)
            .join(Option, OptionSaving.option_id == Option.id)
            .join(Assessment, Option.assessment_id == Assessment.id)
            .join(Company, Assessment.company_id == Company.id)
            .where(
                condition,
                _code(Option.status) == implemented,
                Option.deleted_at.is_(None),
                OptionSaving.deleted_at.is_(None),
            )
            .group_by(*keys)
        )
        for sector, category, carrier, unit, count, quantity, *of_verified in session.execute(query):
            group = totals.setdefault((sector, category, carrier, unit), [0, 0.0])
            group[0] += count
            group[1] += quantity or 0.0
            if of_verified[0]:
                adding = checked.setdefault((carrier, unit), [0, 0.0, 0.0, 0.0])
                for i, value in enumerate(of_verified):
                    adding[i] += value or 0
    groups = [
        SavingGroup(sector, category, implemented, carrier, unit, int(s[0]), s[1])
        for (sector, category, carrier, unit), s in totals.items()
    ]
    verified_groups = [(c, u, int(s[0]), float(s[1]), float(s[2]), float(s[3])) for (c, u), s in checked.items()]
    return groups, verified_groups


def verified_options(session: Session, scope: Scope) -> int:
    """How many live implemented options of these assessments have a live verified saving."""
    implemented = OptionStatus.IMPLEMENTED.value
    options: set[Any] = set()
    for condition in scope.conditions():
        query = (
            select(OptionSaving.option_id)
            .distinct()
            .join(Option, OptionSaving.option_id == Option.id)
            .join(Assessment, Option.assessment_id == Assessment.id)
            .where(
                condition,
                _code(Option.status) == implemented,
                Option.deleted_at.is_(None),
                OptionSaving.deleted_at.is_(None),
                OptionSaving.verified_quantity.is_not(None),
            )
        )
        options.update(session.execute(query).scalars())
    return len(options)


def saves_steam(session: Session, scope: Scope) -> bool:
    """Whether a live option of these assessments, in any status, has a live saving of steam."""
    steam = Carrier.STEAM.value
    for condition in scope.conditions():
        query = select(
            exists()
            .where(OptionSaving.option_id == Option.id, Option.assessment_id == Assessment.id)
            .where(condition, _code(OptionSaving.carrier) == steam)
            .where(Option.deleted_at.is_(None), OptionSaving.deleted_at.is_(None))
        )
        if session.execute(query).scalar():
            return True
    return False


def option_in_group(
    session: Session,
    group: OptionGroup,
    scope: Scope,
) -> tuple[str, str] | None:
    """An option of ``group`` (its code or title, and its assessment's title), to name in a message."""
    rate = (
        Assessment.exchange_rate.is_(None)
        if group.exchange_rate is None
        else Assessment.exchange_rate == group.exchange_rate
    )
    for condition in scope.conditions():
        row = session.execute(
            select(Option.code, Option.title, Assessment.title)
            .join(Assessment, Option.assessment_id == Assessment.id)
            .where(condition, Option.deleted_at.is_(None), Assessment.currency == group.currency, rate)
            .limit(1)
        ).first()
        if row is not None:
            return row[0] or row[1], row[2]
    return None
