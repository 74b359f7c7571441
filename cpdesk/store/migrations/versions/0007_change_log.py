"""change log and feed: who changed which record, when and what, on a database several people share

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

Every edit made through the editing services writes one row: the record (its kind and id),
the version it left the record at, the action (update, delete, restore), when, the device
and the person, and each field's value before and after. An edit made on an older screen is
refused naming the colleague's change; the record's history lists its last 20 changes. The
table starts empty: changes made before this revision have no author to show.

``change_feed`` has a row per committed unit of work (the connection that made it, the kinds
and ids of the records changed), from which every open workbench learns what the others
changed and reloads it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_record", "change_log", ["record_id", "seq"])
    op.create_table(
        "change_feed",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("tables", sa.JSON(), nullable=False),
        sa.Column("ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_feed")),
    )


def downgrade() -> None:
    op.drop_table("change_feed")
    op.drop_index("ix_change_log_record", table_name="change_log")
    op.drop_table("change_log")
