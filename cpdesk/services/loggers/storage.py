"""Writing and reading a series' readings as chunked numpy BLOBs.

A chunk holds up to :data:`CHUNK_POINTS` readings as two little-endian arrays. Chunks are
inserted with plain Core INSERTs inside the caller's unit of work (no ORM object per
chunk's reading, no flush bookkeeping), so one import is one transaction: a kill or a
cancellation leaves no partial series. Reading fetches only the chunks that overlap the
asked range, one at a time, and copies each into one preallocated array, so the peak memory
is the result plus one chunk; a series of one chunk comes back without any copy.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from cpdesk.core.progress import CancelCheck
from cpdesk.store.base import utcnow
from cpdesk.store.models import SeriesChunk
from cpdesk.store.session import DEVICE_ID

#: Points per chunk: 2**18 readings are 4 MiB of BLOBs, large enough that a 10-million-point
#: series is 39 rows, small enough that a zoomed-in read fetches little it does not need.
CHUNK_POINTS = 1 << 18

_TIMES = np.dtype("<i8")
_VALUES = np.dtype("<f8")


class ChunkDamaged(ValueError):
    """A chunk's bytes do not match its recorded SHA-256 or its point count."""


@dataclass(frozen=True)
class Readings:
    """Readings of a series: UTC nanoseconds (int64, or seconds when asked) and values
    (float64), ascending in time."""

    times: np.ndarray
    values: np.ndarray


def chunk_digest(timestamps: bytes | memoryview, readings: bytes | memoryview) -> str:
    digest = hashlib.sha256(timestamps)
    digest.update(readings)
    return digest.hexdigest()


def write_readings(
    session: Session,
    series_id: uuid.UUID,
    times: np.ndarray,
    values: np.ndarray,
    *,
    cancelled: CancelCheck | None = None,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Insert the readings of a series as chunks; return the number of chunks.

    Raises whatever ``cancelled`` makes it raise by returning True: :class:`InterruptedError`.
    """
    if not np.isfinite(values).all():
        # Gaps are readings left out, never NaN or infinity stored as a value: statistics,
        # plots and the centre's exports all take every stored reading as a number.
        raise ValueError("a series stores finite readings only; leave gaps out")
    table = SeriesChunk.__table__
    device = session.info.get(DEVICE_ID, "")
    total = len(times)
    parts = []
    for start in range(0, total, CHUNK_POINTS):
        t = np.ascontiguousarray(times[start : start + CHUNK_POINTS], dtype=_TIMES)
        v = np.ascontiguousarray(values[start : start + CHUNK_POINTS], dtype=_VALUES)
        # The arrays' own bytes, not copies: both drivers bind a buffer as a BLOB (bytea).
        parts.append((start, t, t.data.cast("B"), v.data.cast("B")))
    # The chunks' SHA-256 are worked out on a second thread, each while the one before is
    # inserted (hashlib and sqlite3 both let go of the GIL for their work).
    hashing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chunk hash")
    try:
        digests = [hashing.submit(chunk_digest, t_bytes, v_bytes) for _, _, t_bytes, v_bytes in parts]
        for number, (start, t, t_bytes, v_bytes) in enumerate(parts):
            if cancelled is not None and cancelled():
                raise InterruptedError
            now = utcnow()
            session.execute(
                insert(table),
                [
                    {
                        "id": uuid.uuid4(),
                        "series_id": series_id,
                        "chunk_no": number,
                        "t0": int(t[0]),
                        "t1": int(t[-1]),
                        "count": len(t),
                        "timestamps": t_bytes,
                        "readings": v_bytes,
                        "sha256": digests[number].result(),
                        "created_at": now,
                        "updated_at": now,
                        "device_id": device,
                        "version": 1,
                        "deleted_at": None,
                    }
                ],
            )
            if progress is not None:
                progress(min(1.0, (start + len(t)) / total))
    finally:
        hashing.shutdown(cancel_futures=True)
    return len(parts)


def read_readings(
    session: Session,
    series_id: uuid.UUID,
    t_from: int | None = None,
    t_to: int | None = None,
    *,
    verify: bool = False,
    seconds_offset: float | None = None,
) -> Readings:
    """The readings of a series within [t_from, t_to] (UTC ns; None leaves an end open).

    With ``verify`` each chunk's SHA-256 is checked (:class:`ChunkDamaged` if it differs).
    With ``seconds_offset`` the times come as float64 seconds since the epoch plus that
    offset (what a plot's date axis wants), converted chunk by chunk so that the
    nanoseconds never exist as a whole second array.
    """
    c = SeriesChunk.__table__.c
    where = [c.series_id == series_id, c.deleted_at.is_(None)]
    if t_from is not None:
        where.append(c.t1 >= t_from)
    if t_to is not None:
        where.append(c.t0 <= t_to)
    total = session.execute(select(func.coalesce(func.sum(c.count), 0)).where(*where)).scalar_one()
    rows = session.execute(
        select(c.chunk_no, c.count, c.timestamps, c.readings, c.sha256).where(*where).order_by(c.chunk_no)
    )
    if total == 0:
        return Readings(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
    times: np.ndarray | None = None
    values: np.ndarray | None = None
    filled = 0
    for number, count, t_bytes, v_bytes, digest in rows:
        t_chunk = np.frombuffer(t_bytes, dtype=_TIMES)
        v_chunk = np.frombuffer(v_bytes, dtype=_VALUES)
        if len(t_chunk) != count or len(v_chunk) != count:
            raise ChunkDamaged(f"chunk {number} of series {series_id} holds {len(t_chunk)} points, not {count}")
        if verify and chunk_digest(t_bytes, v_bytes) != digest:
            raise ChunkDamaged(f"chunk {number} of series {series_id} does not match its SHA-256")
        if count == total and seconds_offset is None:  # one chunk: views over the bytes, no copy
            times, values = t_chunk, v_chunk
            break
        if times is None or values is None:  # the first chunk: both are made together
            times = np.empty(total, dtype=np.int64 if seconds_offset is None else np.float64)
            values = np.empty(total, dtype=np.float64)
        if seconds_offset is None:
            times[filled : filled + count] = t_chunk
        else:
            np.divide(t_chunk, 1e9, out=times[filled : filled + count])
            times[filled : filled + count] += seconds_offset
        values[filled : filled + count] = v_chunk
        filled += count
    assert times is not None and values is not None
    scale, shift = (1, 0.0) if seconds_offset is None else (1e-9, seconds_offset)
    start = 0 if t_from is None else int(np.searchsorted(times, t_from * scale + shift, side="left"))
    stop = len(times) if t_to is None else int(np.searchsorted(times, t_to * scale + shift, side="right"))
    return Readings(times[start:stop], values[start:stop])
