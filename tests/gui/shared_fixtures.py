"""Two people on one database, for the tests of edits refused because a colleague changed the
record meanwhile: Trần Thị B's window (or connection) and Nguyễn Văn A's connection, on an
assessment of a test company. The question is answered programmatically (:func:`answer`), so
no modal window waits for a click."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cpdesk.services.assessment import assessments, companies
from cpdesk.services.workspace import open_workspace
from tests.gui.workbench_fixtures import make_workbench


@contextmanager
def two_people(workspaces: Any) -> Iterator[tuple[Any, Any, Any]]:
    """(B's database, A's connection to it, the assessment) on a fresh shared database."""
    mine = workspaces("shared")
    theirs = open_workspace(mine.url)
    theirs.person = "Nguyễn Văn A"
    company = companies.create_company(mine, name="Công ty Dệt Thử", sector="textile", province="Bình Dương")
    a = assessments.create_assessment(
        mine, company_id=company.id, title="Đánh giá thử", currency="VND", exchange_rate=24_000
    )
    try:
        yield mine, theirs, a
    finally:
        theirs.close()


@contextmanager
def b_window(qtbot: Any, mine: Any, assessment_id: Any) -> Iterator[Any]:
    """B's main window on the assessment, in Vietnamese at 1366 x 768, looking for the others'
    changes only when the test says."""
    from cpdesk.gui.main_window import MainWindow

    workbench = make_workbench(mine, "vi", "vi")
    workbench.prefs.user_name = "Trần Thị B"
    window = MainWindow(workbench)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_item("assessment", assessment_id)
    workbench._looking.stop()  # B's screen looks only when the test says
    try:
        yield window
    finally:
        workbench.stop_watching()
        window.close()


def answer(monkeypatch: Any, choice: Any, keep: Any = None) -> list[Any]:
    """Answer the question with ``choice`` (and ``keep`` for a merge); the dialogs asked."""
    from cpdesk.gui.changed_meanwhile import ChangedMeanwhileDialog

    asked: list[Any] = []

    def exec_(dialog: Any) -> int:
        asked.append(dialog)
        dialog.choose(choice, keep)
        return int(dialog.result())

    monkeypatch.setattr(ChangedMeanwhileDialog, "exec", exec_)
    return asked


def option_of(window: Any, option_id: Any) -> Any:
    """The option as the database has it now."""
    detail = assessments.show_assessment(window.wb.db, window.current_assessment())
    return next(o for o in detail.options if o.id == option_id)
