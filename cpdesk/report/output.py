"""Writing a finished report to disk atomically: all of it or nothing.

A report is built in memory and written to a temporary file beside the target, flushed to
disk, then renamed over the target. A failed or cancelled build, or a crash during the
write, never leaves a half-written PDF or workbook where the user expects the report.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import Either, msg

FORMATS = {".pdf": "pdf", ".xlsx": "xlsx", ".docx": "docx"}


def check_target(path: Path, allowed: tuple[str, ...] = ("pdf", "xlsx")) -> str:
    """The format ("pdf", "xlsx" or "docx") of ``path``; a clear error if it cannot be written."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None or fmt not in allowed:
        endings = Either(tuple(f".{a}" for a in allowed))
        raise CpdeskError(msg("report.ending", name=path.name, endings=endings))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CpdeskError(msg("report.no_folder", path=str(path), folder=str(folder)))
    if path.is_dir():
        raise CpdeskError(msg("report.is_folder", path=str(path)))
    return fmt


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise CpdeskError(msg("report.cannot_write", path=str(path), detail=exc.strerror or str(exc))) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        _remove(temporary)
        raise CpdeskError(msg("report.cannot_write", path=str(path), detail=exc.strerror or str(exc))) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
