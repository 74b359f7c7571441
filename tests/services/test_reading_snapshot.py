"""Reads nest: a read inside a read joins it and sees one snapshot; a write inside a read
still commits on its own.

Reports rely on the first (they call many services inside one ``reading``); every edit made
while something is being read relies on the second.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from cpdesk.core.reference import sectors
from cpdesk.services.assessment import companies
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.models import Company


def _company(db: Any, name: str) -> Any:
    return companies.create_company(db, name=name, sector=sectors()[0].code).id


def _name(session: Any, company_id: Any) -> str:
    return session.execute(select(Company.name).where(Company.id == company_id)).scalar_one()


def test_a_read_inside_a_read_joins_it(db: Any) -> None:
    with reading(db) as outer, reading(db) as inner:
        assert inner is outer


def test_a_read_inside_a_unit_of_work_joins_it(db: Any) -> None:
    with unit_of_work(db) as outer, reading(db) as inner:
        assert inner is outer


def test_a_write_inside_a_read_commits_and_the_read_keeps_its_snapshot(any_db: Any) -> None:
    """On SQLite and on PostgreSQL (where the read asks for REPEATABLE READ to keep one snapshot)."""
    db = any_db
    company_id = _company(db, "Before")
    with reading(db) as outer:
        assert _name(outer, company_id) == "Before"
        with unit_of_work(db) as writing:
            assert writing is not outer
            row = writing.get(Company, company_id)
            assert row is not None
            row.name = "After"
        with reading(db) as inner:
            assert inner is outer
            assert _name(inner, company_id) == "Before"  # the snapshot the read began with
    with reading(db) as later:
        assert _name(later, company_id) == "After"  # the write was committed
