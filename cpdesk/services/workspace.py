"""Opening the user's database ready for work: schema current, reference data installed."""

from __future__ import annotations

from pathlib import Path

from cpdesk.services.factor_sets import install_factor_set
from cpdesk.store.database import Database, open_database


def open_workspace(location: str | Path) -> Database:
    """Open or create the database at ``location`` and install the shipped factor set."""
    db = open_database(location)
    try:
        install_factor_set(db)
    except Exception:
        db.close()
        raise
    return db
