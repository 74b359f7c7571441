"""Where cpdesk keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cpdesk"
DB_ENV = "CPDESK_DB"
DATA_ENV = "CPDESK_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder for cpdesk (``CPDESK_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_ENV)
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> str:
    """``CPDESK_DB`` if set, else ``cpdesk.sqlite`` in the data folder."""
    return os.environ.get(DB_ENV) or str(data_dir() / "cpdesk.sqlite")


def log_file() -> Path:
    return data_dir() / "cpdesk.log"
