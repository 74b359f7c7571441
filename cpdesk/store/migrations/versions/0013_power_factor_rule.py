"""power factor rule: a factor set's rule for the tariff's reactive power charge

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

``factor_set`` gains ``power_factor_rule``: the electricity tariff's charge for a low power
factor as JSON (the power factor from which nothing is charged, the share of the active
energy bill charged at each power factor below it, the share below the lowest, the smallest
demand it applies to, and its source), or empty for a set without one. A set installed
before this revision has none until the centre sends a set with one (the set's row is not
changed on opening).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("factor_set", sa.Column("power_factor_rule", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("factor_set", "power_factor_rule")
