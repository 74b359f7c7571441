"""Lines of a logger file that cannot be rows: NUL bytes where a memory card failed, or a
line longer than :data:`~cpdesk.core.loggers.limits.MAX_LINE_BYTES`.

Such a line is described (where, its first characters, why) and never held whole: it is
scanned in pieces (:func:`~cpdesk.core.loggers.limits.scan_line`). The descriptions are
messages, said in the user's language.

Pure: numpy and the standard library; bytes in, descriptions out.
"""

from __future__ import annotations

import numpy as np

from cpdesk.core.loggers.formats import BadCell, ImportSettings
from cpdesk.core.loggers.limits import MAX_LINE_BYTES, count_chars, grouped, head_text, limit_text, scan_line
from cpdesk.core.messages import Message, msg

__all__ = ["damaged_lines", "damaged_row", "nul_reason"]


def damaged_row(
    data: bytes, start: int, end: int, line: int, settings: ImportSettings, encoding: str | None = None
) -> BadCell | None:
    """A line that cannot be a row because of NUL bytes or its length, from a scan in pieces.

    ``encoding`` is that of ``data`` when it is not UTF-8 yet. None when the line is neither
    (the caller reads it as usual).
    """
    found = scan_line(data, start, end, settings.separator)
    if found.nul_bytes:
        return BadCell(line, "", head_text(data, start, end, encoding), nul_reason(found.nul_bytes))
    if found.length <= MAX_LINE_BYTES:
        return None
    column = found.longest_field
    name = settings.columns[column] if column < len(settings.columns) else f"column {column + 1}"
    return BadCell(
        line,
        name,
        head_text(data, found.longest_start, found.longest_end, encoding),
        msg("logger.row.line_too_long", limit=limit_text(MAX_LINE_BYTES), size=grouped(found.length)),
        length=count_chars(data, found.longest_start, found.longest_end, encoding),
    )


def nul_reason(count: int) -> Message:
    """Why a line holding ``count`` NUL bytes is not read."""
    return msg("logger.row.nul_bytes", count=grouped(count))


def damaged_lines(
    text: np.ndarray,
    newlines: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    lines: np.ndarray,
    settings: ImportSettings,
    has_nul: bool = True,
) -> tuple[np.ndarray, list[BadCell]]:
    """Lines with NUL bytes or longer than the limit: a mask, and their descriptions.

    ``text`` is a block of whole lines as bytes; ``has_nul`` False says it holds no NUL byte.
    """
    damaged = (ends - starts) > MAX_LINE_BYTES
    nul = np.flatnonzero(text == 0) if has_nul else np.zeros(0, dtype=np.int64)
    nul_counts = np.bincount(np.searchsorted(newlines, nul), minlength=len(newlines)) if nul.size else None
    if nul_counts is not None:
        damaged |= nul_counts > 0
    if not damaged.any():
        return damaged, []
    chunk = text.tobytes()
    rows: list[BadCell] = []
    for i in np.flatnonzero(damaged):
        if nul_counts is not None and nul_counts[i]:
            shown = head_text(chunk, int(starts[i]), int(ends[i]))
            rows.append(BadCell(int(lines[i]), "", shown, nul_reason(int(nul_counts[i]))))
        else:
            cell = damaged_row(chunk, int(starts[i]), int(ends[i]), int(lines[i]), settings)
            if cell is not None:
                rows.append(cell)
    return damaged, rows
