"""About cpdesk: version, what it is, where the data are."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from cpdesk import __version__
from cpdesk.services import locations


def about_text(database: str) -> str:
    return (
        f"<h3>cpdesk {__version__}</h3>"
        + "<p>"
        + QCoreApplication.translate(
            "About",
            "Cleaner Production assessments in factories, offline: flow charts, measurements, water and "
            "energy balances, CP options with their feasibility and CO₂, reports for the company and the "
            "national CP centre.",
        )
        + "</p><p>"
        + QCoreApplication.translate("About", "Database: %1").replace("%1", database)
        + "<br>"
        + QCoreApplication.translate("About", "Data folder: %1").replace("%1", str(locations.data_dir()))
        + "<br>"
        + QCoreApplication.translate("About", "Log file: %1").replace("%1", str(locations.log_file()))
        + f"</p><p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        + QCoreApplication.translate("About", "MIT licence")
        + "</p>"
    )


def show_about(parent: QWidget | None, database: str) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About cpdesk"), about_text(database))
