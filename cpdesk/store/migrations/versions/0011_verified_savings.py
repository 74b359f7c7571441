"""verified savings: a resource saving's figure as measured and verified (IPMVP), with its uncertainty and method

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

``option_saving`` gains, beside the estimate (``quantity``) and the monitored figure
(``monitored_quantity``), the saving as measurement and verification found it:
``verified_quantity`` (per year, in the saving's unit), ``verified_uncertainty`` (its
half-width at 90 % confidence, the same unit) and ``verified_method`` (``ipmvp_c``: the
plant's meters against a baseline model; ``ipmvp_b``: the measure isolated). All three are
empty for every saving made before this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("option_saving", sa.Column("verified_quantity", sa.Float(), nullable=True))
    op.add_column("option_saving", sa.Column("verified_uncertainty", sa.Float(), nullable=True))
    op.add_column("option_saving", sa.Column("verified_method", sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.drop_column("option_saving", "verified_method")
    op.drop_column("option_saving", "verified_uncertainty")
    op.drop_column("option_saving", "verified_quantity")
