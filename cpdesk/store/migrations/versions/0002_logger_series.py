"""logger series: series, their chunks of readings, and measurements' sources

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column]:
    """The sync metadata every travelling row carries (cpdesk.store.base.SyncedMixin)."""
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "logger_series",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("stream_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=True),
        sa.Column("last_at", sa.DateTime(), nullable=True),
        sa.Column("point_count", sa.Integer(), nullable=False),
        sa.Column("interval_s", sa.Float(), nullable=True),
        sa.Column("source_file", sa.String(length=260), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("import_report", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_logger_series_assessment_id_assessment")
        ),
        sa.ForeignKeyConstraint(["stream_id"], ["stream.id"], name=op.f("fk_logger_series_stream_id_stream")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logger_series")),
    )
    with op.batch_alter_table("logger_series", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_logger_series_assessment_id"), ["assessment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_logger_series_stream_id"), ["stream_id"], unique=False)

    op.create_table(
        "logger_series_chunk",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("chunk_no", sa.Integer(), nullable=False),
        sa.Column("t0", sa.BigInteger(), nullable=False),
        sa.Column("t1", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("timestamps", sa.LargeBinary(), nullable=False),
        sa.Column("readings", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["series_id"], ["logger_series.id"], name=op.f("fk_logger_series_chunk_series_id_logger_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logger_series_chunk")),
        sa.UniqueConstraint("series_id", "chunk_no", name=op.f("uq_logger_series_chunk_series_id")),
    )

    op.create_table(
        "measurement_source",
        sa.Column("measurement_id", sa.Uuid(), nullable=False),
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("t_from", sa.BigInteger(), nullable=False),
        sa.Column("t_to", sa.BigInteger(), nullable=False),
        sa.Column("statistic", sa.String(length=40), nullable=False),
        sa.Column("parameter", sa.Float(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["measurement_id"], ["measurement.id"], name=op.f("fk_measurement_source_measurement_id_measurement")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["logger_series.id"], name=op.f("fk_measurement_source_series_id_logger_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement_source")),
        sa.UniqueConstraint("measurement_id", name=op.f("uq_measurement_source_measurement_id")),
    )
    with op.batch_alter_table("measurement_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measurement_source_series_id"), ["series_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("measurement_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_source_series_id"))
    op.drop_table("measurement_source")
    op.drop_table("logger_series_chunk")
    with op.batch_alter_table("logger_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_logger_series_stream_id"))
        batch_op.drop_index(batch_op.f("ix_logger_series_assessment_id"))
    op.drop_table("logger_series")
