"""assessment scope weight: an assessment's scope as a fraction of a full assessment

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

The centre reports its year's assessments converted to full ones ("24 đánh giá SXSH quy
đổi" beside 32 completed in 2004): a follow-up visit or a short assessment counts as a
fraction of one. ``assessment`` gains ``scope_weight`` (above 0, at most 1; the services and
the import of bundles hold it to that, as they hold every figure), and every assessment that
exists before this revision counts as a full one: 1, the column's server default.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch mode: batch mode would copy the assessment table and drop the
# old one, which the rows of every table that points at an assessment (foreign keys on)
# forbid. SQLite adds a NOT NULL column with a constant default, and drops one (3.35 and
# later), in place; so does PostgreSQL.


def upgrade() -> None:
    op.add_column("assessment", sa.Column("scope_weight", sa.Float(), server_default=sa.text("1.0"), nullable=False))


def downgrade() -> None:
    op.drop_column("assessment", "scope_weight")
