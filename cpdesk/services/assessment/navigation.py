"""The navigator's branches, read one level at a time, and its search, run by the database.

A centre holds thousands of assessments: the workbench's navigator asks for the programmes
first, for a programme's companies when it is opened and for a company's assessments when
that is opened, each one query of the rows shown. The search folds the names in SQL as the
screens fold them (:mod:`cpdesk.store.folding`: "det nhuom" finds "Dệt nhuộm") and returns
each match with the branch it hangs on, so a match in a company not opened yet is found.

An assessment whose programme is deleted, or that has none, hangs "outside any programme"
(``programme_id`` None here); companies with no assessment hang in a group of their own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, func, literal, or_, select

from cpdesk.core.folding import fold
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services.lookup import natural_key
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.folding import matching_all
from cpdesk.store.models import Assessment, Company, Programme

#: The most assessments a search lists (a search of a few letters at a big centre matches
#: thousands: the person types more).
SEARCH_LIMIT = 300


@dataclass(frozen=True)
class ProgrammeBranch:
    id: uuid.UUID
    code: str
    name: str
    name_vi: str
    donor: str
    #: Companies with an assessment in the programme.
    companies: int


@dataclass(frozen=True)
class CompanyBranch:
    id: uuid.UUID
    name: str
    #: Its assessments in the branch (the programme, or outside any, or none at all).
    assessments: int


@dataclass(frozen=True)
class AssessmentLeaf:
    id: uuid.UUID
    title: str
    company_id: uuid.UUID
    company: str
    #: None when outside any programme.
    programme_id: uuid.UUID | None
    start_date: date | None
    end_date: date | None
    origin: DataOrigin


@dataclass(frozen=True)
class Top:
    """The navigator's first level."""

    programmes: list[ProgrammeBranch]
    #: Companies with an assessment outside any programme.
    outside: int
    #: Companies without any assessment.
    without_assessment: int


@dataclass
class Found:
    """What a search matched, each with the branch it hangs on."""

    programmes: list[uuid.UUID] = field(default_factory=list)
    #: (programme or None for outside any, company) for companies whose name matched.
    companies: list[tuple[uuid.UUID | None, CompanyBranch]] = field(default_factory=list)
    #: Matched companies without any assessment.
    without_assessment: list[CompanyBranch] = field(default_factory=list)
    assessments: list[AssessmentLeaf] = field(default_factory=list)
    #: More assessments matched than :data:`SEARCH_LIMIT`.
    more: bool = False


def _live_programmes() -> ColumnElement[bool]:
    """The assessment's programme is a live one (else it hangs outside any)."""
    return Assessment.programme_id.in_(select(Programme.id).where(Programme.deleted_at.is_(None)))


def _in_branch(programme_id: uuid.UUID | None) -> ColumnElement[bool]:
    if programme_id is None:
        return or_(Assessment.programme_id.is_(None), ~_live_programmes())
    return Assessment.programme_id == programme_id


def _branch_of(programme_id: uuid.UUID | None, live: set[uuid.UUID]) -> uuid.UUID | None:
    return programme_id if programme_id in live else None


def top(db: Database) -> Top:
    """The programmes (by code) with their company counts, and how many companies hang
    outside any programme and without any assessment."""
    live = Assessment.deleted_at.is_(None)
    with reading(db) as session:
        counts = dict(
            session.execute(
                select(Assessment.programme_id, func.count(func.distinct(Assessment.company_id)))
                .where(live, _live_programmes())
                .group_by(Assessment.programme_id)
            ).all()
        )
        programmes = [
            ProgrammeBranch(p.id, p.code, p.name, p.name_vi, p.donor, counts.get(p.id, 0))
            for p in session.execute(
                select(Programme.id, Programme.code, Programme.name, Programme.name_vi, Programme.donor)
                .where(Programme.deleted_at.is_(None))
                .order_by(Programme.code)
            )
        ]
        outside = session.execute(
            select(func.count(func.distinct(Assessment.company_id))).where(live, _in_branch(None))
        ).scalar_one()
        without = session.execute(
            select(func.count(Company.id)).where(Company.deleted_at.is_(None), ~_has_assessment())
        ).scalar_one()
    return Top(programmes, outside, without)


def _has_assessment() -> ColumnElement[bool]:
    return Company.id.in_(select(Assessment.company_id).where(Assessment.deleted_at.is_(None)))


def companies(db: Database, programme_id: uuid.UUID | None) -> list[CompanyBranch]:
    """The companies with an assessment in the programme (None: outside any), by name."""
    with reading(db) as session:
        rows = session.execute(
            select(Company.id, Company.name, func.count(Assessment.id))
            .join(Assessment, Assessment.company_id == Company.id)
            .where(Assessment.deleted_at.is_(None), _in_branch(programme_id))
            .group_by(Company.id, Company.name)
        ).all()
    return sorted((CompanyBranch(*row) for row in rows), key=lambda c: natural_key(c.name))


def companies_without_assessment(db: Database) -> list[CompanyBranch]:
    with reading(db) as session:
        rows = session.execute(
            select(Company.id, Company.name).where(Company.deleted_at.is_(None), ~_has_assessment())
        ).all()
    return sorted((CompanyBranch(cid, name, 0) for cid, name in rows), key=lambda c: natural_key(c.name))


def _leaves(query_filter: list[ColumnElement[bool]], db: Database, limit: int | None = None) -> list[AssessmentLeaf]:
    with reading(db) as session:
        live = set(session.execute(select(Programme.id).where(Programme.deleted_at.is_(None))).scalars())
        query = (
            select(
                Assessment.id,
                Assessment.title,
                Assessment.company_id,
                Company.name,
                Assessment.programme_id,
                Assessment.start_date,
                Assessment.end_date,
                Assessment.origin,
            )
            .join(Company, Assessment.company_id == Company.id)
            .where(Assessment.deleted_at.is_(None), *query_filter)
            .order_by(Company.name, Assessment.start_date, Assessment.title)
        )
        if limit is not None:
            query = query.limit(limit)
        rows = session.execute(query).all()
    leaves = [
        AssessmentLeaf(aid, title, cid, company, _branch_of(pid, live), start, end, origin)
        for aid, title, cid, company, pid, start, end, origin in rows
    ]
    return sorted(leaves, key=lambda a: (natural_key(a.company), a.start_date or date.min))


def assessments(db: Database, programme_id: uuid.UUID | None, company_id: uuid.UUID) -> list[AssessmentLeaf]:
    """The company's assessments in the programme (None: outside any), by start date."""
    return _leaves([Assessment.company_id == company_id, _in_branch(programme_id)], db)


def place(db: Database, assessment_id: uuid.UUID) -> AssessmentLeaf | None:
    """The assessment with its programme (None: outside any) and company, None when it is
    not there (deleted, or never was)."""
    found = _leaves([Assessment.id == assessment_id], db)
    return found[0] if found else None


def company_branch(db: Database, company_id: uuid.UUID) -> tuple[bool, uuid.UUID | None]:
    """Where the company hangs first: (True, programme or None for outside any) when it has
    an assessment, (False, None) when it has none. The first programme by code."""
    with reading(db) as session:
        live = set(session.execute(select(Programme.id).where(Programme.deleted_at.is_(None))).scalars())
        programmes = set(
            session.execute(
                select(Assessment.programme_id).where(
                    Assessment.company_id == company_id, Assessment.deleted_at.is_(None)
                )
            ).scalars()
        )
        if not programmes:
            return False, None
        codes = dict(session.execute(select(Programme.id, Programme.code).where(Programme.id.in_(live))).all())
    branches = sorted(
        {_branch_of(p, live) for p in programmes}, key=lambda p: (p is None, codes.get(p, "") if p is not None else "")
    )
    return True, branches[0]


def demo_assessment(db: Database) -> uuid.UUID | None:
    """The worked demo assessment, if the database holds one (it shows the most): the first
    demo assessment as the navigator lists them."""
    found = _leaves([Assessment.origin == DataOrigin.DEMO], db)
    return found[0].id if found else None


def search(db: Database, text: str, limit: int = SEARCH_LIMIT) -> Found:
    """The programmes, companies and assessments whose name holds every word of ``text``,
    ignoring case and diacritics; at most ``limit`` assessments (``more`` says if there were
    more)."""
    words = fold(text).split()
    found = Found()
    if not words:
        return found
    with reading(db) as session:
        label = Programme.code + literal(": ") + Programme.name + literal(" ") + Programme.name_vi
        found.programmes = list(
            session.execute(
                select(Programme.id)
                .where(Programme.deleted_at.is_(None), *matching_all(label, words))
                .order_by(Programme.code)
            ).scalars()
        )
        live = set(session.execute(select(Programme.id).where(Programme.deleted_at.is_(None))).scalars())
        named = matching_all(Company.name, words)
        branches = session.execute(
            select(Company.id, Company.name, Assessment.programme_id, func.count(Assessment.id))
            .join(Assessment, Assessment.company_id == Company.id)
            .where(Company.deleted_at.is_(None), Assessment.deleted_at.is_(None), *named)
            .group_by(Company.id, Company.name, Assessment.programme_id)
            .limit(limit)
        ).all()
        counts: dict[tuple[uuid.UUID | None, uuid.UUID], int] = {}
        names: dict[uuid.UUID, str] = {}
        for cid, name, pid, count in branches:
            key = (_branch_of(pid, live), cid)
            counts[key] = counts.get(key, 0) + count
            names[cid] = name
        found.companies = sorted(
            ((pid, CompanyBranch(cid, names[cid], n)) for (pid, cid), n in counts.items()),
            key=lambda pc: natural_key(pc[1].name),
        )
        found.without_assessment = sorted(
            (
                CompanyBranch(cid, name, 0)
                for cid, name in session.execute(
                    select(Company.id, Company.name).where(Company.deleted_at.is_(None), ~_has_assessment(), *named)
                ).all()
            ),
            key=lambda c: natural_key(c.name),
        )
    leaves = _leaves(matching_all(Assessment.title, words), db, limit + 1)
    found.more = len(leaves) > limit
    found.assessments = leaves[:limit]
    return found
