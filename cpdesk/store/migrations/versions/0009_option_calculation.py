"""option calculation: the savings calculation kept with its option, and how each figure was found

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

``cp_option`` gains ``calculation`` (JSON: the calculator, its inputs with the unit and source
of each, the result and when it was computed; NULL for none) and ``savings_basis`` ("typed" or
"calculated": how its annual savings were found). ``option_saving`` gains ``basis``, the same
for a resource saving. Every option and saving made before this revision was typed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch mode (see 0006 and 0008): the tables are pointed at by foreign
# keys. A column with a constant default is added and dropped in place on SQLite (3.35 and
# later) and PostgreSQL.


def upgrade() -> None:
    op.add_column("cp_option", sa.Column("calculation", sa.JSON(), nullable=True))
    op.add_column(
        "cp_option",
        sa.Column("savings_basis", sa.String(length=12), nullable=False, server_default=sa.text("'typed'")),
    )
    op.add_column(
        "option_saving",
        sa.Column("basis", sa.String(length=12), nullable=False, server_default=sa.text("'typed'")),
    )


def downgrade() -> None:
    op.drop_column("option_saving", "basis")
    op.drop_column("cp_option", "savings_basis")
    op.drop_column("cp_option", "calculation")
