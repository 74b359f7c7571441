"""Internal codes never reach a person on screen: the factor set is shown by its name (not
"ipcc2006_vn_grid"), the logger dialog's date orders in words (not "dmy"), units with the
reader's time words ("m³/ngày", not the stored "m³/day"); and a developer switch, the
pseudo-locale, is no setting but an environment variable."""

from __future__ import annotations

import re
import shutil

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QAbstractItemModel, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from cpdesk.gui import app, i18n  # noqa: E402
from cpdesk.gui.app import Shell  # noqa: E402
from cpdesk.gui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from cpdesk.gui.loggers.import_dialog import LoggerImportDialog  # noqa: E402
from cpdesk.gui.preferences import Preferences  # noqa: E402
from tests.core.test_logger_read import vietnamese_excel_csv  # noqa: E402

CODES = re.compile(r"ipcc2006_vn_grid|\b(dmy|mdy|ymd)\b")
#: A unit with an English time word, as a whole text or after a figure ("12 m³/day").
ENGLISH_TIME_UNIT = re.compile(r"(^|\d\s)\S*/(day|year)$")


def texts_of(widget: QWidget) -> list[str]:
    """Every text a person can read in ``widget``: labels, buttons, choices, fields, tables."""
    found: list[str] = []
    for label in widget.findChildren(QLabel):
        found += [label.text(), label.toolTip()]
    for button in widget.findChildren(QAbstractButton):
        found.append(button.text())
    for box in widget.findChildren(QComboBox):
        found += [box.itemText(i) for i in range(box.count())]
    for field in widget.findChildren(QLineEdit):
        found.append(field.text())
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(model, QAbstractItemModel):
            found += model_texts(model)
    return [t for t in found if t]


def model_texts(model: QAbstractItemModel) -> list[str]:
    found: list[str] = []
    columns = model.columnCount()
    for column in range(columns):
        found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(), 200)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    found.append(value)
    return found


def offending(texts: list[str], lang: str) -> list[str]:
    bad = [t for t in texts if CODES.search(t)]
    if lang == "vi":
        bad += [t for t in texts if any(ENGLISH_TIME_UNIT.search(part) for part in re.split(r"[;,()]\s*", t))]
    return bad


@pytest.fixture(params=["vi", "en"])
def shell(request, qtbot, demo_template, tmp_path, english_afterwards):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    i18n.install(request.param)
    shell = Shell(QApplication.instance(), Preferences(user_name="Lan", language=request.param))
    assert shell.open(str(path))
    qtbot.addWidget(shell.window)
    shell.window.resize(1500, 900)
    yield shell
    shell.window.close()
    shell.workbench.db.close()


def test_no_internal_code_in_any_section(qtbot, shell) -> None:
    window = shell.window
    problems: list[str] = []
    for key in window.workspace.titles():
        section = window.show_section(key)
        QApplication.processEvents()
        problems += [f"{key}: {t!r}" for t in offending(texts_of(section), shell.prefs.language)]
    assert problems == []
    overview = window.show_section("overview")
    assert "IPCC 2006" in overview.factor_set.text()  # the set's name where its code was


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_logger_dialog_names_date_orders(qtbot, db, lang, english_afterwards) -> None:
    from cpdesk.services.assessment import assessments
    from cpdesk.services.assessment import companies as catalogue

    i18n.install(lang)
    company = catalogue.create_company(db, name="Dệt Phong Phú", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Đánh giá", exchange_rate=25_000)
    data, _, _ = vietnamese_excel_csv(20)
    dialog = LoggerImportDialog(db, a.id, data=data, file_name="may-nen.csv")
    qtbot.addWidget(dialog)
    assert dialog.layout_box.currentData() == "dmy"  # still the stored code
    expected = {"vi": "ngày/tháng/năm", "en": "day/month/year"}[lang]
    assert dialog.layout_box.currentText() == expected
    assert offending(texts_of(dialog), lang) == []


def test_the_settings_offer_no_developer_switch(qtbot) -> None:
    dialog = SettingsDialog(Preferences(language="vi", pseudo_locale=True), [("ipcc2006_vn_grid", "IPCC 2006", "IPCC")])
    qtbot.addWidget(dialog)
    # the settings' switches are a user's (the backups' encryption), none lengthens the texts
    switches = [box.text() for box in dialog.findChildren(QCheckBox)]
    assert not [text for text in switches if re.search(r"lengthen|kéo dài|pseudo", text, re.IGNORECASE)]
    assert not hasattr(dialog, "pseudo")
    assert dialog.factor_set.currentText() == "IPCC 2006"
    assert dialog.result_preferences().pseudo_locale  # a switch set from outside stays as it was


def test_the_pseudo_locale_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.delenv(app.PSEUDO_LOCALE_ENV, raising=False)
    assert not app.pseudo_locale_requested()
    monkeypatch.setenv(app.PSEUDO_LOCALE_ENV, "1")
    assert app.pseudo_locale_requested()
    prefs = Preferences(pseudo_locale=True)
    prefs.save()
    from cpdesk.gui import preferences

    assert not preferences.load().pseudo_locale  # never saved as a setting
