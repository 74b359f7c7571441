"""Programmes and companies: create, change, list."""

from __future__ import annotations

from sqlalchemy import func, select

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.rows import CompanyRow, ProgrammeRow
from cpdesk.core.vocabulary import CompanySize, DataOrigin
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Company, Programme


def create_programme(
    db: Database,
    *,
    code: str,
    name: str,
    name_vi: str = "",
    donor: str = "",
    year: int | None = None,
    description: str = "",
    reported_co2_t: float | None = None,
    reported_note: str = "",
    origin: DataOrigin | str = DataOrigin.FIELD,
) -> ProgrammeRow:
    entity = Entity.PROGRAMME
    code = check.text(entity, "code", code, max_len=40)
    if year is not None and not 1990 <= int(year) <= 2100:
        raise ValidationError(entity, "year", year, msg("value.year_between", first="1990", last="2100"))
    programme = Programme(
        code=code,
        name=check.text(entity, "name", name),
        name_vi=check.text(entity, "name_vi", name_vi, required=False),
        donor=check.text(entity, "donor", donor, max_len=200, required=False),
        year=year,
        description=check.text(entity, "description", description, max_len=5000, required=False),
        reported_co2_t=check.number(entity, "reported_co2_t", reported_co2_t, minimum=0, optional=True),
        reported_note=check.text(entity, "reported_note", reported_note, max_len=5000, required=False),
        origin=check.code(entity, "origin", origin, DataOrigin),
    )
    with unit_of_work(db) as session:
        taken = session.execute(lookup.live(Programme).where(Programme.code == code)).first()
        if taken:
            raise ValidationError(entity, "code", code, msg("programme.code_taken"))
        session.add(programme)
        session.flush()
        return _programme_row(programme, 0, 0)


def list_programmes(db: Database) -> list[ProgrammeRow]:
    with reading(db) as session:
        counts = dict(
            session.execute(
                select(
                    Assessment.programme_id,
                    func.count(Assessment.id),
                )
                .where(Assessment.deleted_at.is_(None))
                .group_by(Assessment.programme_id)
            ).all()
        )
        companies = dict(
            session.execute(
                select(Assessment.programme_id, func.count(func.distinct(Assessment.company_id)))
                .where(Assessment.deleted_at.is_(None))
                .group_by(Assessment.programme_id)
            ).all()
        )
        rows = session.execute(lookup.live(Programme).order_by(Programme.code)).scalars()
        return [_programme_row(p, companies.get(p.id, 0), counts.get(p.id, 0)) for p in rows]


def create_company(
    db: Database,
    *,
    name: str,
    sector: str,
    province: str = "",
    size: CompanySize | str | None = None,
    address: str = "",
    contact: str = "",
    employees: int | None = None,
    origin: DataOrigin | str = DataOrigin.FIELD,
) -> CompanyRow:
    from cpdesk.core.reference import sectors

    entity = Entity.COMPANY
    sector = check.text(entity, "sector", sector, max_len=40)
    known = {s.code for s in sectors()}
    if sector not in known:
        raise ValidationError(entity, "sector", sector, msg("company.unknown_sector", known=sorted(known)))
    company = Company(
        name=check.text(entity, "name", name),
        sector=sector,
        province=check.text(entity, "province", province, max_len=100, required=False),
        size=None if size in (None, "") else check.code(entity, "size", size, CompanySize),
        address=check.text(entity, "address", address, max_len=2000, required=False),
        contact=check.text(entity, "contact", contact, required=False),
        employees=check.whole(entity, "employees", employees, optional=True),
        origin=check.code(entity, "origin", origin, DataOrigin),
    )
    with unit_of_work(db) as session:
        session.add(company)
        session.flush()
        return _company_row(company, 0)


def list_companies(db: Database, programme_code: str | None = None) -> list[CompanyRow]:
    with reading(db) as session:
        counted = select(Assessment.company_id, func.count(Assessment.id).label("n")).where(
            Assessment.deleted_at.is_(None)
        )
        if programme_code is not None:
            programme = lookup.programme_by_code(session, programme_code)
            counted = counted.where(Assessment.programme_id == programme.id)
        counts = counted.group_by(Assessment.company_id).subquery()
        # Columns, not objects, and the counts joined by the database: a programme of a
        # centre lists thousands of companies.
        query = (
            select(*_COMPANY_COLUMNS, func.coalesce(counts.c.n, 0))
            .where(Company.deleted_at.is_(None))
            .join(counts, counts.c.company_id == Company.id, isouter=programme_code is None)
        )
        rows = [CompanyRow(*columns) for columns in session.execute(query)]
        return sorted(rows, key=lambda r: lookup.natural_key(r.name))


def recent_companies(db: Database, limit: int) -> tuple[list[CompanyRow], int]:
    """The ``limit`` live companies changed last (in name order, each with its count of live
    assessments) and how many live companies there are: what the home page shows, about the
    same work for a centre of thousands as for a plant's laptop."""
    with reading(db) as session:
        total = session.execute(
            select(func.count()).select_from(Company).where(Company.deleted_at.is_(None))
        ).scalar_one()
        chosen = session.execute(
            select(*_COMPANY_COLUMNS)
            .where(Company.deleted_at.is_(None))
            .order_by(Company.updated_at.desc(), Company.id)
            .limit(limit)
        ).all()
        counted = session.execute(
            select(Assessment.company_id, func.count(Assessment.id))
            .where(Assessment.deleted_at.is_(None), Assessment.company_id.in_([row[0] for row in chosen]))
            .group_by(Assessment.company_id)
        )
        counts = {company_id: n for company_id, n in counted}
        rows = [CompanyRow(*columns, counts.get(columns[0], 0)) for columns in chosen]
        return sorted(rows, key=lambda r: lookup.natural_key(r.name)), int(total)


#: A company's columns as :class:`CompanyRow` takes them (its count of assessments follows).
_COMPANY_COLUMNS = (Company.id, Company.name, Company.sector, Company.province, Company.size, Company.origin)


def _programme_row(p: Programme, companies: int, assessments: int) -> ProgrammeRow:
    return ProgrammeRow(
        id=p.id,
        code=p.code,
        name=p.name,
        name_vi=p.name_vi,
        donor=p.donor,
        year=p.year,
        origin=p.origin,
        reported_co2_t=p.reported_co2_t,
        reported_note=p.reported_note,
        description=p.description,
        companies=companies,
        assessments=assessments,
    )


def _company_row(c: Company, assessments: int) -> CompanyRow:
    return CompanyRow(
        id=c.id,
        name=c.name,
        sector=c.sector,
        province=c.province,
        size=c.size,
        origin=c.origin,
        assessments=assessments,
    )
