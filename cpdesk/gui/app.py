"""`cpdesk-gui`: start the workbench on the user's database (demo data on first start)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cpdesk import __version__
from cpdesk.services import demo, locations, workspace
from cpdesk.services.errors import CpdeskError
from cpdesk.store.database import Database, DatabaseLocationError
from cpdesk.store.migrate import SchemaTooNewError


def open_or_create(location: str) -> Database:
    """Open the database; a database file that did not exist yet gets the demo data."""
    is_new = "://" not in location and not Path(location).expanduser().exists()
    db = workspace.open_workspace(location)
    if is_new:
        demo.write_demo(db)
    return db


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cpdesk-gui", description="cpdesk workbench")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL")
    parser.add_argument("--version", action="version", version=f"cpdesk {__version__}")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("cpdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("cpdesk")

    from cpdesk.gui.main_window import MainWindow

    location = args.db or locations.default_database()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db = open_or_create(location)
    except (CpdeskError, SchemaTooNewError, DatabaseLocationError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(None, "cpdesk", str(exc))
        return 1
    QApplication.restoreOverrideCursor()
    window = MainWindow(db)
    window.show()
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
