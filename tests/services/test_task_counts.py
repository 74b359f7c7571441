"""One count of tasks done everywhere: the guide's (marked done, and no blocking check fails).

The worked textile assessment marks 13 tasks done; three of them (4, 5 and 10) still fail a
blocking check, so the guide, the workbench's header, the lists, the report's front page and
the command line all say 10 of 18, and that 3 more are marked done.
"""

from __future__ import annotations

import pytest

from cpdesk.core.guidance import TaskCount
from cpdesk.services.assessment import assessments, guidance


@pytest.fixture
def textile(demo_db):
    return next(a for a in assessments.list_assessments(demo_db) if a.origin.value == "demo")


def test_the_count_is_the_guides(demo_db, textile) -> None:
    (count,) = guidance.task_counts(demo_db, [textile.id]).values()
    full = guidance.progress(demo_db, textile.id)  # the header's count: balances computed too
    assert count == TaskCount(done=10, marked_done=13) == full.count
    assert textile.tasks_marked_done == 13  # the list row keeps what is merely marked


def test_every_assessment_counts_as_its_guide(demo_db) -> None:
    rows = assessments.list_assessments(demo_db, "CP-EE")
    counts = guidance.task_counts(demo_db, [r.id for r in rows])
    for r in rows:
        assert counts[r.id] == guidance.progress(demo_db, r.id).count
        assert counts[r.id].marked_done == r.tasks_marked_done


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "10/18 (thêm 3 đã đánh dấu xong, còn kiểm tra chưa đạt)"),
        ("en", "10/18 (3 more marked done, with checks still open)"),
    ],
)
def test_the_count_says_what_it_means(lang, text) -> None:
    assert TaskCount(10, 13).text(lang) == text
    assert TaskCount(4, 4).text(lang) == "4/18"


def test_the_reports_front_page_counts_as_the_guide(demo_db, textile) -> None:
    from cpdesk.services.reports.assessment_report import assessment_report_data

    data = assessment_report_data(demo_db, textile.id)
    assert data.tasks == TaskCount(10, 13)
