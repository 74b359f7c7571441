"""period readings: an assessment's figures per period (bills, meters, production), for verified savings

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

``period_reading`` holds one variable's figure over one period of whole days (both ends
included): a carrier's consumption (the variable is the carrier's code) or a driving
variable's value (production, operating days, degree-days), with its unit and where it comes
from. The baseline models and the savings of :mod:`cpdesk.core.mv` are fitted on them. The
table starts empty. Periods of one variable must not overlap; the services hold to that (a
unique constraint would forbid typing a month again after deleting it, as deletions are
tombstones).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "period_reading",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("variable", sa.String(length=60), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_period_reading_assessment_id_assessment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_reading")),
    )
    op.create_index(op.f("ix_period_reading_assessment_id"), "period_reading", ["assessment_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_period_reading_assessment_id"), table_name="period_reading")
    op.drop_table("period_reading")
