"""Every report is read from one snapshot: one read transaction, however many services it asks.

A report gathers what the screens show (the assessment, its balances, its options' appraisal,
the roll-ups, the guidance ...) by calling the same services. Each of them reads in its own
``reading`` block; inside a report those blocks join the report's one read transaction, so a
report never mixes figures from before and after an edit made while it was being built.
The transactions are counted where the engine begins them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from cpdesk.services.assessment import assessments
from cpdesk.services.reports import assessment_report, building, programme_report, training_reports
from tests.report.test_comparison_pdf import returned  # noqa: F401  (a fixture: a module with returned copies)
from tests.services.test_practical import Scenario


@contextmanager
def transactions(db: Any) -> Iterator[list[object]]:
    """The transactions begun on ``db`` while the block runs (one entry per BEGIN)."""
    begun: list[object] = []

    def count(connection: Any) -> None:
        begun.append(connection)

    event.listen(db.engine, "begin", count)
    try:
        yield begun
    finally:
        event.remove(db.engine, "begin", count)


def read_once(db: Any, build: Callable[[], object]) -> int:
    with transactions(db) as begun:
        build()
    return len(begun)


def test_assessment_data_is_read_in_one_transaction(demo_db: Any, textile_id: str) -> None:
    assert read_once(demo_db, lambda: assessment_report.assessment_report_data(demo_db, textile_id)) == 1


@pytest.mark.parametrize("kind", ["assessment", "worksheets"])
def test_assessment_and_worksheet_reports_read_once(demo_db: Any, textile_id: str, tmp_path: Path, kind: str) -> None:
    suffix = "xlsx" if kind == "assessment" else "pdf"
    target = tmp_path / f"{kind}.{suffix}"
    assert read_once(demo_db, lambda: building.build_report(demo_db, kind, textile_id, target, "en")) == 1


def test_programme_report_reads_once(demo_db: Any, tmp_path: Path) -> None:
    codes = ["CP-EE", "CP-OHS"]
    assert read_once(demo_db, lambda: programme_report.programme_report_data(demo_db, codes)) == 1
    target = tmp_path / "programmes.xlsx"
    assert read_once(demo_db, lambda: building.build_report(demo_db, "programme", codes, target, "en")) == 1


def test_selection_report_reads_once(demo_db: Any, tmp_path: Path) -> None:
    ids = [str(a.id) for a in assessments.list_assessments(demo_db)][:3]
    target = tmp_path / "selection.xlsx"
    assert read_once(demo_db, lambda: building.build_report(demo_db, "selection", ids, target, "en")) == 1


def test_comparison_report_reads_once(returned: Scenario, tmp_path: Path) -> None:  # noqa: F811
    db = returned.trainer.db
    target = tmp_path / "comparison.pdf"
    assert read_once(db, lambda: training_reports.comparison_report(db, returned.module.id, target, "en")) == 1


def test_centre_year_report_reads_once(demo_db: Any, tmp_path: Path) -> None:
    target = tmp_path / "centre.pdf"
    assert read_once(demo_db, lambda: training_reports.centre_year_report(demo_db, 2004, target, "en")) == 1
