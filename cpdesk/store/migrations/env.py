"""Alembic environment: always run on a connection handed in by cpdesk.store.migrate."""

from __future__ import annotations

from alembic import context

from cpdesk.store import models, option_type_index
from cpdesk.store.base import Base

models.load_all()  # fills the metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run cpdesk migrations through cpdesk.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds the table inside the transaction.
    render_as_batch=True,
    # One transaction for the whole upgrade: a failed step leaves nothing half-applied.
    transactional_ddl=True,
    transaction_per_migration=False,
    compare_type=True,
    # SQLite's FTS5 table of the option library's index is the revision's, not a model's.
    include_name=option_type_index.mapped,
)
with context.begin_transaction():
    context.run_migrations()
