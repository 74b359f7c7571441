"""`cpdesk-gui`: start the workbench on the user's database (demo data on first start)."""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cpdesk import __version__
from cpdesk.gui import i18n
from cpdesk.gui import preferences as prefs_store
from cpdesk.gui.preferences import Preferences

if TYPE_CHECKING:
    from cpdesk.core.progress import Progress
    from cpdesk.services.workspace import Database

log = logging.getLogger("cpdesk.gui")

#: A developer switch, not a setting: ``CPDESK_PSEUDO_LOCALE=1`` lengthens every text
#: ("[!!! text !!!]") to find texts not translated and layouts that clip.
PSEUDO_LOCALE_ENV = "CPDESK_PSEUDO_LOCALE"


def pseudo_locale_requested() -> bool:
    """Whether the environment asks for the pseudo-locale."""
    return os.environ.get(PSEUDO_LOCALE_ENV, "").strip().lower() in ("1", "true", "yes")


def is_first_start(location: str) -> bool:
    """Whether ``location`` is a database file that does not exist yet (it gets the demo)."""
    return "://" not in location and not Path(location).expanduser().exists()


def open_or_create(location: str, progress: Progress | None = None, lang: str = "vi") -> Database:
    """Open the database; a database file that did not exist yet gets the demo data, its
    texts in the interface language ``lang``, and ``progress`` hears how far its writing has
    got."""
    from cpdesk.services import workspace  # SQLAlchemy and the models: imported by main()

    is_new = is_first_start(location)
    db = workspace.open_workspace(location)
    if is_new:
        from cpdesk.services.demo import data_set as demo  # only a first start needs it

        demo.write_demo(db, progress, lang)
    return db


class Shell:
    """The running workbench: preferences, the open database and its window.

    A change of language or number notation rebuilds the window (every text is made when a
    widget is built; rebuilding takes a fraction of a second and keeps the undo history,
    which lives in the :class:`~cpdesk.gui.workbench.Workbench`, not in the window).
    """

    def __init__(self, app: QApplication, prefs: Preferences) -> None:
        self.app = app
        self.prefs = prefs
        self.workbench: Any = None
        self.window: Any = None
        #: Replaced windows, held until Qt has deleted them: a garbage collection in between
        #: would strip their Python side while their widgets still answer Qt's calls.
        self._retired: set[Any] = set()
        #: The first start's splash while the demo is written; None once the window shows.
        self.splash: Any = None

    def open(self, location: str) -> bool:
        """Open (or create, with the demo data) the database at ``location`` in a new window."""
        from cpdesk.core.errors import CpdeskError
        from cpdesk.gui.errors import describe
        from cpdesk.gui.workbench import Workbench
        from cpdesk.services.workspace import DatabaseLocationError, SchemaTooNewError

        progress: Progress | None = None
        if is_first_start(location):
            from cpdesk.gui.start_splash import StartSplash

            self.splash = StartSplash()
            self.splash.show()
            progress = lambda fraction, _what: self.splash.show_progress(fraction)  # noqa: E731
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = open_or_create(location, progress, self.prefs.language)
        except (CpdeskError, SchemaTooNewError, DatabaseLocationError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._close_splash()
            QMessageBox.critical(self.window, "cpdesk", describe(exc))
            return False
        QApplication.restoreOverrideCursor()
        old = self.workbench
        self.prefs.remember(location)
        self.prefs.save()
        self.workbench = Workbench(db, self.prefs, location)
        self._show_window()
        self._close_splash()
        if old is not None:
            old.stop_watching()
            old.db.close()
        return True

    def _close_splash(self) -> None:
        if self.splash is not None:
            if self.window is not None:
                self.splash.finish(self.window)
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None

    def _show_window(self, state: dict[str, Any] | None = None) -> None:
        from cpdesk.gui.main_window import MainWindow

        old = self.window
        window = MainWindow(self.workbench)
        window.preferences_changed.connect(self.apply_preferences)
        window.database_requested.connect(self.open)
        if old is not None:
            window.setGeometry(old.geometry())
            old.close()
            self._retired.add(old)
            old.destroyed.connect(lambda *_args, key=old: self._retired.discard(key))
            old.deleteLater()
        self.window = window
        window.show()
        if state:
            window.restore(state)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Save new preferences; a new language or notation rebuilds the window."""
        rebuild = (prefs.language, prefs.numbers, prefs.pseudo_locale) != (
            self.prefs.language,
            self.prefs.numbers,
            self.prefs.pseudo_locale,
        )
        self.prefs = prefs
        prefs.save()
        self.workbench.prefs = prefs
        if rebuild:
            i18n.install(prefs.language, prefs.pseudo_locale)
            self._show_window(self.window.state())
        else:
            self.window.apply_preferences(prefs)


def _log_to_file() -> None:
    from cpdesk.services import locations

    handler = logging.handlers.RotatingFileHandler(
        locations.log_file(), maxBytes=1_000_000, backupCount=2, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def application_icon() -> QIcon:
    from importlib import resources

    icon = QIcon()
    folder = resources.files("cpdesk.resources") / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = folder / f"cpdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """``cpdesk-gui [--db PATH_OR_URL] [FILE.cpdx]`` (installers pass a double-clicked bundle)."""
    parser = argparse.ArgumentParser(prog="cpdesk-gui", description="cpdesk workbench")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL")
    parser.add_argument(
        "bundle", nargs="?", metavar="FILE.cpdx", help="a sync bundle to import (opens the import dialog)"
    )
    parser.add_argument("--version", action="version", version=f"cpdesk {__version__}")
    return parser.parse_args(argv)


def _hold_garbage_collection() -> Callable[[], None]:
    """Hold Python's cyclic garbage collector until the window is up; return what lets it go.

    Start-up builds some 120 000 objects that live as long as the window (modules, classes,
    SQLAlchemy's mappings, widgets) and leaves hardly any garbage, yet the collector, which
    runs every 700 new objects, went over them some 300 times on the way: about 7 % of the
    start's CPU. Whatever garbage the start left is collected as usual once it runs again.
    """
    if not gc.isenabled():
        return lambda: None
    gc.disable()
    return gc.enable


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    release = _hold_garbage_collection()
    try:
        return _run(args, release)
    finally:
        release()  # at the latest (the event loop's first turn lets it go before)


def _run(args: argparse.Namespace, release: Callable[[], None]) -> int:
    from cpdesk.gui.errors import install_excepthook

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("cpdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("cpdesk")
    app.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName("cpdesk")  # the .desktop file (icon, .cpdx association)
    try:
        _log_to_file()
    except OSError:
        pass  # a read-only data folder must not stop the workbench
    install_excepthook()

    prefs = prefs_store.load()
    prefs.pseudo_locale = pseudo_locale_requested()
    i18n.install(prefs.language, prefs.pseudo_locale)
    shell = Shell(app, prefs)
    if not shell.open(args.db or prefs.default_database()):
        return 1
    app.shell = shell  # type: ignore[attr-defined]  # keeps it alive for the event loop
    QTimer.singleShot(0, release)  # the first turn of the event loop: the window is shown
    if args.bundle:
        from cpdesk.gui.sync.menu import open_file

        QTimer.singleShot(0, lambda: open_file(shell.window, args.bundle))  # once the window is shown
    code = app.exec()
    shell.workbench.stop_watching()
    shell.workbench.db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
