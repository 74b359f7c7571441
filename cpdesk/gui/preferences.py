"""The user's preferences, kept in QSettings: who they are, language, notation, folders.

Stored in the platform's usual place, except when ``CPDESK_DATA_DIR`` is set (tests, a
portable install on a USB stick): then beside the data, in ``settings.ini``, so that a test
never reads or writes the real user's settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from cpdesk.core.reference import DEFAULT_FACTOR_SET
from cpdesk.services import locations

LANGUAGES = ("vi", "en")
NUMBER_LOCALES = ("vi", "en")
#: What the user does with cpdesk; trainees get the task guidance shown by default.
ROLES = ("auditor", "trainee", "trainer", "centre_staff")
MAX_RECENT = 8


def system_language() -> str:
    """Vietnamese on a Vietnamese system, English elsewhere."""
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


@dataclass
class Preferences:
    """Plain preferences; :func:`load` and :meth:`save` move them to and from QSettings."""

    user_name: str = ""
    role: str = "auditor"
    language: str = field(default_factory=system_language)
    number_locale: str = ""  # "" follows the language
    factor_set: str = DEFAULT_FACTOR_SET
    data_folder: str = ""  # "" is the platform's data folder
    recent: list[str] = field(default_factory=list)
    #: Lengthen every string ("[!!! text !!!]") to find clipped layouts. A developer switch,
    #: never saved nor offered in the settings: set from ``CPDESK_PSEUDO_LOCALE`` at start.
    pseudo_locale: bool = False

    @property
    def numbers(self) -> str:
        """The notation numbers are typed and shown in: "vi" ("2,57") or "en" ("2.57")."""
        return self.number_locale if self.number_locale in NUMBER_LOCALES else self.language

    def default_database(self) -> str:
        """``CPDESK_DB``, else ``cpdesk.sqlite`` in the chosen or the platform's data folder."""
        if os.environ.get(locations.DB_ENV):
            return locations.default_database()
        if self.data_folder:
            folder = Path(self.data_folder).expanduser()
            folder.mkdir(parents=True, exist_ok=True)
            return str(folder / "cpdesk.sqlite")
        return locations.default_database()

    def remember(self, location: str) -> None:
        """Put ``location`` first in the recent databases."""
        self.recent = [location, *[r for r in self.recent if r != location]][:MAX_RECENT]

    def save(self) -> None:
        s = settings()
        s.setValue("user/name", self.user_name)
        s.setValue("user/role", self.role)
        s.setValue("ui/language", self.language)
        s.setValue("ui/number_locale", self.number_locale)
        s.setValue("data/factor_set", self.factor_set)
        s.setValue("data/folder", self.data_folder)
        s.setValue("data/recent", list(self.recent))
        s.sync()


def settings() -> QSettings:
    """The QSettings object cpdesk reads and writes."""
    if os.environ.get(locations.DATA_ENV):
        return QSettings(str(locations.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cpdesk", "cpdesk")


def load() -> Preferences:
    """The saved preferences, with defaults for anything not saved or not understood."""
    s = settings()
    p = Preferences()
    p.user_name = str(s.value("user/name", "") or "")
    role = str(s.value("user/role", p.role) or p.role)
    p.role = role if role in ROLES else "auditor"
    language = str(s.value("ui/language", p.language) or p.language)
    p.language = language if language in LANGUAGES else p.language
    numbers = str(s.value("ui/number_locale", "") or "")
    p.number_locale = numbers if numbers in NUMBER_LOCALES else ""
    p.factor_set = str(s.value("data/factor_set", p.factor_set) or p.factor_set)
    p.data_folder = str(s.value("data/folder", "") or "")
    recent = s.value("data/recent", [])
    if isinstance(recent, str):  # QSettings hands back a lone string for a one-item list
        recent = [recent]
    p.recent = [str(r) for r in (recent or []) if r][:MAX_RECENT]
    return p
