"""The Alembic revisions of the schema, one module per revision in one linear chain."""
