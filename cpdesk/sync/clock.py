"""Version vectors: which edits a record's content already contains.

Each row carries ``device_id`` (the last device that changed it) and ``version`` (bumped by
the session hook on every change). A device's successive edits of a row get increasing
versions, and every edit is made on top of that device's earlier ones, so "device *d* at
version *v*" stands for *d*'s edits of the row up to *v*. A **version vector** maps devices to
such versions: ``{"a1": 4, "c9": 7}`` means the content includes a1's edits up to version 4
and c9's up to 7. For two revisions of one record:

- ``A <= B`` in every entry: B already contains A (A is older, or the same);
- neither contains the other: they were changed on both sides since they last met.

That is the "since they last met" of the merge, per record and independent of which peer
sent what, so it also holds when a record goes field A -> centre -> field B -> centre. How a
row's vector is stored is described in :mod:`cpdesk.store.models.sync` (``sync_record``).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping

VersionVector = dict[str, int]

#: The greatest version a row or a vector entry may have in a bundle: 2**30. The ``version``
#: columns are ``Integer``, 32 bits on PostgreSQL (2**31 - 1 at most), so a bound well below
#: that leaves room for the merge's ``max`` and the session hook's ``+ 1`` and keeps anyone
#: from freezing a record by sending it at the column's maximum. A device editing one record
#: every second would need 34 years to reach it.
MAX_VERSION = 2**30


class Order(enum.Enum):
    """How revision A relates to revision B."""

    EQUAL = "equal"
    BEFORE = "before"  # A is contained in B
    AFTER = "after"  # A contains B
    CONCURRENT = "concurrent"


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> Order:
    a_ahead = any(v > b.get(d, 0) for d, v in a.items())
    b_ahead = any(v > a.get(d, 0) for d, v in b.items())
    if a_ahead and b_ahead:
        return Order.CONCURRENT
    if a_ahead:
        return Order.AFTER
    if b_ahead:
        return Order.BEFORE
    return Order.EQUAL


def merged(a: Mapping[str, int], b: Mapping[str, int]) -> VersionVector:
    """The entry-wise maximum: a revision that contains both."""
    out = dict(a)
    for device, version in b.items():
        if version > out.get(device, 0):
            out[device] = version
    return out


def effective(
    stored: Mapping[str, int] | None,
    stamp: tuple[str, int] | None,
    device_id: str,
    version: int,
) -> VersionVector:
    """The vector of a row as it is now.

    ``stored``/``stamp`` are what the last merge wrote for the row (its vector and the
    ``(device_id, version)`` it left on the row). When the row still carries that stamp it
    has not been changed since, and the stored vector is exact. Otherwise it was edited here
    afterwards, by ``device_id`` at ``version`` (greater than every stored entry, because a
    merge leaves ``version`` at the vector's maximum and the hook adds one), on top of it.
    A row never merged is just its own last edit.
    """
    if stored is None:
        return {device_id: version}
    if stamp == (device_id, version):
        return dict(stored)
    return merged(stored, {device_id: version})


def top(vector: Mapping[str, int]) -> int:
    return max(vector.values(), default=0)


def to_text(vector: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(vector.items())), separators=(",", ":"))


def from_json(value: object) -> VersionVector:
    """A vector from a bundle or the database; raises ValueError when it is not one."""
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, dict) or not value:
        raise ValueError("a version vector is a non-empty object")
    out: VersionVector = {}
    for device, version in value.items():
        if not isinstance(device, str) or not device or len(device) > 64:
            raise ValueError(f"bad device id {device!r} in a version vector")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ValueError(f"bad version {version!r} in a version vector")
        out[device] = version
    return out
