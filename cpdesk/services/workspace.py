"""Opening the user's database ready for work: schema current, reference data installed.

The workbench and the command line open the database only through this module: it names the
type every service takes (:class:`Database`) and the errors of a database that cannot be
opened (a location that cannot be used, a schema from a newer cpdesk). Where the database
and the other files are kept is :mod:`cpdesk.services.locations`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from cpdesk.core.messages import Message, msg
from cpdesk.services.reference import centre_catalogues
from cpdesk.services.reference.factor_sets import factor_set_installed, install_factor_set
from cpdesk.services.uow import reading
from cpdesk.store.database import Database, DatabaseLocationError, open_database
from cpdesk.store.migrate import SchemaTooNewError

__all__ = [
    "Database",
    "DatabaseLocationError",
    "SchemaTooNewError",
    "database_problem",
    "open_workspace",
]

log = logging.getLogger(__name__)


def open_workspace(location: str | Path) -> Database:
    """Open or create the database at ``location``, install the shipped factor set and use the
    catalogues the centre sent to this database (if any), so that the workbench and the
    command line name sectors and categories alike."""
    db = open_database(location)
    try:
        with reading(db):  # both look-ups of every start in one read transaction
            installed = factor_set_installed(db)
            _use_centre_catalogues(db)
        if not installed:
            install_factor_set(db)
    except Exception:
        db.close()
        raise
    return db


def _use_centre_catalogues(db: Database) -> None:
    try:
        centre_catalogues.use_catalogues_of(db)
    except Exception as exc:  # noqa: BLE001 - a catalogue that cannot be read leaves the shipped ones in use
        log.warning("catalogues received from the centre not used: %s", exc)


def database_problem(exc: BaseException) -> Message | None:
    """The one line to tell the user when ``exc`` is the database's own failure (a location
    that cannot be used, a schema from a newer cpdesk, the driver's refusal: not a database,
    locked, disk full), or None when it is some other error."""
    if isinstance(exc, SchemaTooNewError | DatabaseLocationError) and exc.message is not None:
        return exc.message
    if isinstance(exc, OperationalError | DatabaseError):
        return msg("database.cannot_use", detail=str(exc.orig or exc))  # the driver's own words
    return None
