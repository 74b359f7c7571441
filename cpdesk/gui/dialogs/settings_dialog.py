"""Settings: who the user is, language and number notation, factor set, data folder, and the
closure tolerance the guided checks hold a balance to. Developer switches (the pseudo-locale)
are not here: they come from the environment (see :mod:`cpdesk.gui.app`)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.gui.backups.settings_box import BackupSettingsBox
from cpdesk.gui.preferences import ROLES, Preferences
from cpdesk.services import locations


class SettingsDialog(QDialog):
    """Edits a copy of the preferences; :meth:`result_preferences` hands it back."""

    def __init__(
        self,
        prefs: Preferences,
        factor_sets: list[tuple[str, str, str]],
        parent: QWidget | None = None,
        tolerances: Mapping[str, float] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._prefs = prefs
        self.user_name = QLineEdit(prefs.user_name)
        self.user_name.setPlaceholderText(self.tr("Your name, written on every reading you record"))
        self.role = QComboBox()
        role_labels = {
            "auditor": self.tr("Auditor (centre or company engineer)"),
            "trainee": self.tr("Trainee"),
            "trainer": self.tr("Trainer"),
            "centre_staff": self.tr("Centre staff"),
        }
        for role in ROLES:
            self.role.addItem(role_labels[role], role)
        self.role.setCurrentIndex(max(0, self.role.findData(prefs.role)))
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.numbers = QComboBox()
        self.numbers.addItem(self.tr("As the language"), "")
        self.numbers.addItem(self.tr("Vietnamese: 2,57 and 93.200"), "vi")
        self.numbers.addItem(self.tr("English: 2.57 and 93,200"), "en")
        self.numbers.setCurrentIndex(max(0, self.numbers.findData(prefs.number_locale)))
        self.factor_set = QComboBox()
        for code, name_vi, name_en in factor_sets:
            self.factor_set.addItem(name_vi if prefs.language == "vi" else name_en, code)
        self.factor_set.setCurrentIndex(max(0, self.factor_set.findData(prefs.factor_set)))
        self.data_folder = QLineEdit(prefs.data_folder)
        self.data_folder.setPlaceholderText(str(locations.data_dir()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder = QHBoxLayout()
        folder.addWidget(self.data_folder, 1)
        folder.addWidget(browse)
        #: Per balance (water, energy): how far from closing a balance may be before the guided
        #: checks call it suspicious, in % of its inputs.
        self.tolerances: dict[str, QDoubleSpinBox] = {}
        notation = prefs.number_locale or prefs.language
        for group, value in (tolerances or {}).items():
            box = QDoubleSpinBox()
            box.setLocale(QLocale(QLocale.Language.Vietnamese if notation == "vi" else QLocale.Language.English))
            box.setRange(0.1, 50.0)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setSuffix(" %")
            box.setValue(value)
            self.tolerances[group] = box

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.user_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Numbers"), self.numbers)
        form.addRow(self.tr("Default factor set"), self.factor_set)
        form.addRow(self.tr("Data folder"), folder)
        titles = {
            "water": self.tr("Water balance: flag unaccounted beyond"),
            "energy": self.tr("Energy balance: flag unaccounted beyond"),
        }
        for group, box in self.tolerances.items():
            form.addRow(titles.get(group, group), box)
        note = QLabel(
            self.tr(
                "The data folder holds the database opened at start. A new language applies at once; "
                "new assessments use the default factor set. A step or plant whose unaccounted share "
                "(in % of its inputs) passes the threshold is flagged in the guided checks and the "
                "reports, even when the reconciliation's test passes."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #495057;")
        #: The backups' own settings, saved when the dialog is accepted.
        self.backups = BackupSettingsBox(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.backups.save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.backups)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_folder.text())
        if folder:
            self.data_folder.setText(folder)

    def result_preferences(self) -> Preferences:
        """The preferences as edited (a new object; the original is untouched)."""
        p = Preferences(**{**self._prefs.__dict__, "recent": list(self._prefs.recent)})
        p.user_name = self.user_name.text().strip()
        p.role = str(self.role.currentData())
        p.language = str(self.language.currentData())
        p.number_locale = str(self.numbers.currentData() or "")
        p.factor_set = str(self.factor_set.currentData() or p.factor_set)
        p.data_folder = self.data_folder.text().strip()
        return p

    def result_tolerances(self) -> dict[str, float]:
        """The closure tolerances as edited, in % per balance."""
        return {group: box.value() for group, box in self.tolerances.items()}
