"""boiler efficiency: an assessment's boiler efficiency and how it was found

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

``assessment`` gains ``boiler_efficiency_pct`` (% of the fuel's net calorific value, above 0
and at most 100) and ``boiler_efficiency_method`` ("typed", "direct" or "indirect"), both
empty for an assessment made before: its boiler's efficiency is not known until someone
types it or keeps a boiler test's result. The savings calculators take it as the boiler's
efficiency and follow it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch mode (see revision 0006): nullable columns are added and
# dropped in place on SQLite and PostgreSQL.


def upgrade() -> None:
    op.add_column("assessment", sa.Column("boiler_efficiency_pct", sa.Float(), nullable=True))
    op.add_column("assessment", sa.Column("boiler_efficiency_method", sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.drop_column("assessment", "boiler_efficiency_method")
    op.drop_column("assessment", "boiler_efficiency_pct")
