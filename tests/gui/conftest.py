"""What every workbench test leaves behind: nothing.

pytest-qt closes the widgets a test registered and asks Qt to delete them later, but "later"
is the next event loop, which is the next test's. Until then the windows live on in C++ while
their Python side is garbage; a garbage collection in between clears the Python objects'
attributes, and the old window's flow chart then answered the scene's paint and geometry
calls of the next test without them (and crashed). The windows are deleted here, at the end
of their own test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _widgets_deleted_with_their_test() -> Iterator[None]:
    yield
    try:
        from PySide6.QtCore import QCoreApplication, QEvent
    except ImportError:  # pragma: no cover - the GUI tests skip themselves then
        return
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def english_afterwards(qapp: object) -> Iterator[None]:
    """The test may install translators; none is left behind for the tests after it."""
    yield
    from PySide6.QtCore import QCoreApplication

    from cpdesk.gui import i18n

    i18n.install("en")
    for translator in list(i18n._installed):
        QCoreApplication.instance().removeTranslator(translator)
    i18n._installed.clear()


@pytest.fixture(autouse=True)
def _no_question_waits_for_a_click(monkeypatch: pytest.MonkeyPatch) -> None:
    """A workbench that would ask "reload, yours anyway, or merge?" (an edit, an undo or a redo
    over another's change) fails the test that did not expect the question, instead of waiting
    forever for a click on a modal window offscreen; the tests that expect it answer it
    themselves (tests/gui/test_edit_conflicts.py, tests/gui/test_undo_conflicts.py,
    tests/gui/test_shared_database.py)."""
    try:
        from cpdesk.gui.changed_meanwhile import ChangedMeanwhileDialog
    except ImportError:  # pragma: no cover - the GUI tests skip themselves then
        return

    def unexpected_choice(self: ChangedMeanwhileDialog) -> int:
        raise AssertionError(f"an edit asked what to do with another's change: {self.conflict}")

    monkeypatch.setattr(ChangedMeanwhileDialog, "exec", unexpected_choice)


@pytest.fixture(autouse=True)
def _no_backup_runs_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """The workbench's automatic copies (a few seconds after a window opens, then on a timer)
    run only when a test asks for one (``scheduler.run_if_due``): a copy started on its own
    would still be running in its thread when the test closes the window and the database."""
    try:
        from cpdesk.gui.backups import scheduler
    except ImportError:  # pragma: no cover - the GUI tests skip themselves then
        return
    monkeypatch.setattr(scheduler, "START_DELAY_MS", 2**31 - 1)
    monkeypatch.setattr(scheduler, "TICK_MS", 2**31 - 1)
