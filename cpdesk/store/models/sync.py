"""What an installation knows about sync: keys, what it exchanged, conflicts to resolve.

None of these tables travels (no :class:`~cpdesk.store.base.SyncedMixin`): they describe
this database's relation to others.

How "changed on both sides since they last met" is known
--------------------------------------------------------
Per record, by a **version vector** (see :mod:`cpdesk.sync.clock`): for each device, the
highest version of that device's edits the record's content includes. A row that was only
ever edited on one machine needs no storage for it: its vector is its own
``{device_id: version}``. Once a merge has written a row (a record arrived from elsewhere,
or two versions were reconciled), ``sync_record`` keeps the row's vector and the
``(device_id, version)`` *stamp* the merge left on the row. While the row still carries the
stamp, the stored vector is exact; after a local edit (the session hook changes device and
version) the row's vector is the stored one plus that edit. The merge leaves ``version`` at
the vector's maximum, so a later local edit always counts as newer than everything merged.

Comparing the incoming record's vector with the local one then says, per record and
whatever the path a record took (field A -> centre -> field B -> centre):

- incoming contains local: a fast-forward, the record is updated;
- local contains incoming: an older copy (a replayed bundle), nothing changes;
- neither: both changed since they last met -> a conflict (both versions kept).

What was exchanged with each peer
---------------------------------
``sync_peer_row`` remembers, per peer (the key fingerprint of the other installation or
centre) and record, the ``(device_id, version)`` that peer is known to have: what we sent it
in an export (marked once the file was written and read back) or received from it. An
incremental export to that peer takes the rows whose ``(device_id, version)`` differ.

The other tables: the trust registry (``sync_key``), the centre's own key pair
(``sync_centre_key``), imported bundles (``sync_import``, the key of idempotency), id
aliases for records created independently under the same natural key
(``sync_alias``), open and resolved conflicts (``sync_conflict``) and the reference
documents of the centre's packs (``sync_reference_document``).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.store.base import Base, UTCDateTime, utcnow

#: Room for a formatted fingerprint (8 groups of 4 hex digits and 7 dashes).
FINGERPRINT = 39


class SyncKey(Base):
    """A key this installation trusts: an auditor's (at the centre) or the centre's."""

    __tablename__ = "sync_key"

    fingerprint: Mapped[str] = mapped_column(String(FINGERPRINT), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: "auditor" or "centre".
    role: Mapped[str] = mapped_column(String(20))
    #: Raw public keys, base64.
    signing_key: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    #: "registry" (trusted by a person here) or "pack" (learned from the centre's pack).
    source: Mapped[str] = mapped_column(String(20), default="registry")


class SyncCentreKey(Base):
    """The centre's own key pair, kept in the centre's database so that everybody who imports
    there can open the bundles sent to the centre (the data is in this database anyway)."""

    __tablename__ = "sync_centre_key"

    fingerprint: Mapped[str] = mapped_column(String(FINGERPRINT), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    private_keys: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncRecord(Base):
    """The version vector of a row written by a merge, and the stamp it left on the row."""

    __tablename__ = "sync_record"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    vector: Mapped[str] = mapped_column(Text)
    stamp_device: Mapped[str] = mapped_column(String(64))
    stamp_version: Mapped[int] = mapped_column(Integer)


class SyncPeerRow(Base):
    """The revision of a record a peer is known to have (sent to it or received from it)."""

    __tablename__ = "sync_peer_row"

    peer: Mapped[str] = mapped_column(String(FINGERPRINT), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)


class SyncAlias(Base):
    """A record made elsewhere that is the same thing as one here (same natural key, such as
    the code of a factor set installed on both machines): references to it are rewritten."""

    __tablename__ = "sync_alias"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    remote_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    local_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class SyncImport(Base):
    """A bundle imported here. Its id makes import idempotent; its manifest hash tells the
    same bundle from a different one that re-uses the id."""

    __tablename__ = "sync_import"

    bundle_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(String(200), default="")
    author_key: Mapped[str] = mapped_column(String(FINGERPRINT))
    device_id: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The import report (JSON), shown again when the same bundle comes back.
    report: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    """A record changed on both sides since they last met. Both versions are kept here; the
    row shows the one the merge rule picked until a person resolves it."""

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(64), index=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    peer: Mapped[str] = mapped_column(String(FINGERPRINT), default="")
    bundle_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    #: Which version the row shows: "mine" (this database's) or "theirs" (the bundle's).
    shown: Mapped[str] = mapped_column(String(10))
    #: Both versions as coded rows (JSON, bytes inline) and their version vectors.
    mine: Mapped[str] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    mine_vector: Mapped[str] = mapped_column(Text)
    theirs_vector: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    #: "mine", "theirs", "fields" (chosen field by field) or "superseded" (a later change
    #: that contains both versions arrived).
    resolution: Mapped[str] = mapped_column(String(20), default="")


class SyncReferenceDocument(Base):
    """A catalogue from the centre's reference-data pack (sectors, option categories, ...)."""

    __tablename__ = "sync_reference_document"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    bundle_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
