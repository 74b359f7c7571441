"""roll-up covering indexes: the programme roll-up's options and savings read from indexes alone

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

The programme, selection, sector and category roll-ups add up the live options of a set of
assessments and the live savings of their implemented options with two GROUP BY queries
(:mod:`cpdesk.store.rollup_queries`). Through ``ix_cp_option_assessment_id`` and
``ix_option_saving_option_id`` each option and each saving was a look-up of its whole row
(titles, descriptions, calculations). ``ix_cp_option_rollup`` (assessment, deleted, status,
category, investment, annual savings, id) and ``ix_option_saving_rollup`` (option, deleted,
carrier, unit, quantity, verified quantity and its uncertainty) hold every column the
queries read, so both backends answer them from the indexes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPTION_COLUMNS = ["assessment_id", "deleted_at", "status", "category", "investment", "annual_savings", "id"]
SAVING_COLUMNS = [
    "option_id",
    "deleted_at",
    "carrier",
    "unit",
    "quantity",
    "verified_quantity",
    "verified_uncertainty",
]


def upgrade() -> None:
    op.create_index("ix_cp_option_rollup", "cp_option", OPTION_COLUMNS)
    op.create_index("ix_option_saving_rollup", "option_saving", SAVING_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_option_saving_rollup", table_name="option_saving")
    op.drop_index("ix_cp_option_rollup", table_name="cp_option")
