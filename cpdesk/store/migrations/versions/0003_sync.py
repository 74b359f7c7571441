"""sync: trust registry, centre key, version vectors, peer marks, aliases, imports, conflicts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Tables of this installation's relation to others (none of them travels); see
cpdesk.store.models.sync for what each holds and how the merge uses it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_key",
        sa.Column("fingerprint", sa.String(length=39), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("encryption_key", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_sync_key")),
    )
    op.create_table(
        "sync_centre_key",
        sa.Column("fingerprint", sa.String(length=39), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("private_keys", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_sync_centre_key")),
    )
    op.create_table(
        "sync_record",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.Column("stamp_device", sa.String(length=64), nullable=False),
        sa.Column("stamp_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_record")),
    )
    op.create_table(
        "sync_peer_row",
        sa.Column("peer", sa.String(length=39), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("peer", "table_name", "row_id", name=op.f("pk_sync_peer_row")),
    )
    op.create_table(
        "sync_alias",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("remote_id", sa.Uuid(), nullable=False),
        sa.Column("local_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "remote_id", name=op.f("pk_sync_alias")),
    )
    op.create_table(
        "sync_import",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("author_key", sa.String(length=39), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_import")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("peer", sa.String(length=39), nullable=False),
        sa.Column("bundle_id", sa.Uuid(), nullable=True),
        sa.Column("shown", sa.String(length=10), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("mine_vector", sa.Text(), nullable=False),
        sa.Column("theirs_vector", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_table_name"), ["table_name"], unique=False)
    op.create_table(
        "sync_reference_document",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("bundle_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_reference_document")),
    )


def downgrade() -> None:
    op.drop_table("sync_reference_document")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_table_name"))
        batch_op.drop_index(batch_op.f("ix_sync_conflict_row_id"))
    op.drop_table("sync_conflict")
    op.drop_table("sync_import")
    op.drop_table("sync_alias")
    op.drop_table("sync_peer_row")
    op.drop_table("sync_record")
    op.drop_table("sync_centre_key")
    op.drop_table("sync_key")
