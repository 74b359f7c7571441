"""option type code: an assessment's option linked to a generic type of the option library

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

``cp_option`` gains ``type_code``, the code of the option library's type the option is an
instance of (``STM.TRAP.REPAIR``), or NULL when it is linked to none. The code is kept as
text, not as a foreign key: the types are a catalogue the centre's reference-data pack
replaces, not records, and a type the pack no longer has must keep its link (shown as
unknown) rather than lose it. Every option made before this revision is linked to none.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch mode (see 0006): rows of option_saving point at cp_option, so
# batch mode's copy and drop of the table is forbidden with foreign keys on. A nullable
# column is added and dropped in place on SQLite (3.35 and later) and PostgreSQL.


def upgrade() -> None:
    op.add_column("cp_option", sa.Column("type_code", sa.String(length=30), nullable=True))
    op.create_index("ix_cp_option_type_code", "cp_option", ["type_code"])


def downgrade() -> None:
    op.drop_index("ix_cp_option_type_code", table_name="cp_option")
    op.drop_column("cp_option", "type_code")
