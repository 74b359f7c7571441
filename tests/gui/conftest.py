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
