"""The two callbacks every long piece of work takes: how far it has got, and whether to stop.

Reading a logger file, importing or exporting a bundle and building a report all run off the
GUI thread (or behind the command line's progress bar). They report ``progress(fraction,
message)`` with a fraction from 0 to 1 and a short text in the user's language, and ask
``cancelled()`` between steps; when it answers true they stop and leave nothing half-written.
Both types live here, at the bottom of the layers, so that core, sync, report, services and
the GUI name the same things.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

#: ``progress(fraction, message)``: fraction of the work done (0 to 1) and what is being done.
Progress: TypeAlias = Callable[[float, str], None]

#: ``cancelled()``: True once the person asked to stop; the work then stops at its next step.
CancelCheck: TypeAlias = Callable[[], bool]

__all__ = ["CancelCheck", "Progress"]
