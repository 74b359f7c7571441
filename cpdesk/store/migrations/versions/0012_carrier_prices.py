"""carrier prices: a factor set's unit price of a carrier (VND per unit), with its year and source

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

``carrier_price`` holds, per factor set and carrier, the price a savings calculation may
take for the saving of that carrier: VND per ``unit``, the ``year`` it holds for and its
``source``. A set installed before this revision has no prices until the centre enters them
or sends a set that has.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "carrier_price",
        sa.Column("factor_set_id", sa.Uuid(), nullable=False),
        sa.Column("carrier", sa.String(length=40), nullable=False),
        sa.Column("vnd_per_unit", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["factor_set_id"], ["factor_set.id"], name=op.f("fk_carrier_price_factor_set_id_factor_set")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carrier_price")),
        sa.UniqueConstraint("factor_set_id", "carrier", name=op.f("uq_carrier_price_factor_set_id")),
    )
    with op.batch_alter_table("carrier_price", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_carrier_price_factor_set_id"), ["factor_set_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("carrier_price", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_carrier_price_factor_set_id"))
    op.drop_table("carrier_price")
