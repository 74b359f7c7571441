"""Opening the user's database ready for work: schema current, reference data installed."""

from __future__ import annotations

import logging
from pathlib import Path

from cpdesk.services.reference import centre_catalogues
from cpdesk.services.reference.factor_sets import install_factor_set
from cpdesk.store.database import Database, open_database

log = logging.getLogger(__name__)


def open_workspace(location: str | Path) -> Database:
    """Open or create the database at ``location``, install the shipped factor set and use the
    catalogues the centre sent to this database (if any), so that the workbench and the
    command line name sectors and categories alike."""
    db = open_database(location)
    try:
        install_factor_set(db)
    except Exception:
        db.close()
        raise
    try:
        centre_catalogues.use_catalogues_of(db)
    except Exception as exc:  # noqa: BLE001 - a catalogue that cannot be read leaves the shipped ones in use
        log.warning("catalogues received from the centre not used: %s", exc)
    return db
