"""Where cpdesk keeps its files on this computer, for the command line and the windows.

The store decides the places (``cpdesk.store.locations``); this module hands them up so that
the layers above the services need not import the store. It loads no database engine: the
command line reads it on every start, to say in ``--help`` where the database is.
"""

from __future__ import annotations

from cpdesk.store.locations import DATA_ENV, DB_ENV, data_dir, default_database, log_file

__all__ = ["DATA_ENV", "DB_ENV", "data_dir", "default_database", "log_file"]
