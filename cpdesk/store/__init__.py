"""The database: SQLAlchemy 2.0 models, the engine set-up with its data-safety settings, and
the Alembic migrations shipped inside the package.
"""
