"""Alembic migrations of the cpdesk schema, shipped inside the package (see cpdesk.store.migrate)."""
