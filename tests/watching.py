"""Waiting for a colleague's change to be heard, in the tests of a shared database.

On SQLite a commit is seen at the next look. On PostgreSQL the commit's notice comes over
the wire a moment after the commit, so a look made at once may find nothing yet: these
helpers look again until it comes (or a few seconds have passed, and the test fails).
"""

from __future__ import annotations

import time
from typing import Any


def heard(watch: Any, seconds: float = 5.0) -> Any:
    """What a :class:`~cpdesk.services.changes.ChangeWatch` hears, waiting for it."""
    end = time.monotonic() + seconds
    while (change := watch.poll()) is None and time.monotonic() < end:
        time.sleep(0.02)
    return change


def sees_the_change(qtbot: Any, window: Any, seconds: float = 5.0) -> None:
    """The window reloads what another connection changed (its own once-a-second look may
    get there first: both count)."""
    told: list[Any] = []
    window.wb.changed.connect(told.append)

    def seen() -> bool:
        if not told:
            window.wb.look_for_changes()
        return bool(told)

    try:
        qtbot.waitUntil(seen, timeout=int(seconds * 1000))
    finally:
        window.wb.changed.disconnect(told.append)
