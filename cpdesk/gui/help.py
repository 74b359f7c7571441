"""F1: the user guide's page about where the user stands, in the interface language.

Where the user stands is, in this order: the dialog in front (its class), the guided mode's
task (while the guided view has the focus), the assessment's section, or the page the window
shows (home, a programme, a company). Each of these has a place in the guide, a chapter and
the anchor of one of its headings (see :mod:`cpdesk.core.user_guide`), in the maps below:
the one place to change when a screen or a page changes. ``tests/gui/test_help.py`` checks
that every section, dialog and task has a place that names an existing page and heading.

The help window renders the page's Markdown with ``QTextDocument.setMarkdown``, its pictures
found relative to the page, and scrolls to the heading. The main window's F1 is an action of
the Help menu; a dialog gets its own F1 shortcut when it first takes the focus, since a modal
dialog blocks the main window's shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTextBrowser,
    QWidget,
)

from cpdesk.core import reference, user_guide

if TYPE_CHECKING:
    from cpdesk.gui.main_window import MainWindow

# A place in the guide: a chapter and the slug of one of its English headings.
Place = tuple[str, str]

START = ("01-getting-started", "getting-started")
WINDOW = ("01-getting-started", "the-windows-parts")
ASSESSMENT = ("02-assessment", "an-assessment-step-by-step")
# The place of each of the method's six steps; a task's place is its step's.
STEPS: dict[int, Place] = {
    1: ("02-assessment", "step-1-getting-started"),
    2: ("02-assessment", "step-2-analysing-process-steps"),
    3: ("02-assessment", "step-3-generating-cp-opportunities"),
    4: ("02-assessment", "step-4-selecting-cp-solutions"),
    5: ("02-assessment", "step-5-implementing-cp-solutions"),
    6: ("02-assessment", "step-6-sustaining-cp"),
}
# The assessment's sections (the keys of the workspace).
SECTIONS: dict[str, Place] = {
    "overview": ("03-measuring", "units-and-bases"),
    "team": STEPS[1],
    "process_steps": STEPS[1],
    "flow_chart": STEPS[2],
    "streams": ("03-measuring", "entering-readings"),
    "balances": ("04-balances", "balances-and-reconciliation"),
    "waste_costs": STEPS[2],
    "options": ("05-options", "options"),
    "implementation": STEPS[5],
    "verification": ("05-options", "verifying-savings-from-the-bills"),
    "attachments": WINDOW,
    "loggers": ("03-measuring", "the-viewer"),
}
# The pages the window shows without an assessment, by the window's attribute holding each.
PAGES: dict[str, Place] = {"_home": START, "_programme_page": WINDOW, "_company_page": WINDOW}
_RECORDS = ("08-trainers", "the-centres-training-records")
_RESTORE = ("09-questions", "restoring-work-from-backups")
# The dialogs, by module and class name.
DIALOGS: dict[str, Place] = {
    "cpdesk.gui.dialogs.new_assessment.NewAssessmentDialog": ("02-assessment", "creating-an-assessment"),
    "cpdesk.gui.dialogs.settings_dialog.SettingsDialog": ("01-getting-started", "first-start"),
    "cpdesk.gui.report_export.ReportDialog": ("06-reports", "reports"),
    "cpdesk.gui.loggers.import_dialog.LoggerImportDialog": ("03-measuring", "importing-a-logger-file"),
    "cpdesk.gui.flowchart.dialogs.StreamDialog": STEPS[2],
    "cpdesk.gui.flowchart.dialogs.StepDialog": STEPS[2],
    "cpdesk.gui.sync.export_dialog.ExportDialog": ("07-centre", "exporting-a-bundle"),
    "cpdesk.gui.sync.import_dialog.ImportDialog": ("07-centre", "importing-a-bundle"),
    "cpdesk.gui.sync.conflicts.ConflictsDialog": ("07-centre", "conflicts"),
    "cpdesk.gui.changed_meanwhile.ChangedMeanwhileDialog": ("07-centre", "at-the-centre"),
    "cpdesk.gui.record_history.RecordHistoryDialog": ("07-centre", "at-the-centre"),
    "cpdesk.gui.sections.option_dialog.OptionDialog": ("05-options", "options"),
    "cpdesk.gui.sections.period_import.ImportProblemsDialog": STEPS[6],
    "cpdesk.gui.dialogs.option_type_dialog.OptionTypeDialog": ("05-options", "the-eight-categories"),
    "cpdesk.gui.dialogs.option_cases_dialog.OptionCasesDialog": ("05-options", "the-eight-categories"),
    "cpdesk.gui.sections.calculator_dialog.CalculatorDialog": ("05-options", "resources-saved-and-co2"),
    "cpdesk.gui.backups.restore_dialog.RestoreDialog": _RESTORE,
    "cpdesk.gui.backups.deleted_items.DeletedItemsDialog": _RESTORE,
    "cpdesk.gui.training.training_screen.TrainingScreen": _RECORDS,
    "cpdesk.gui.training.indicators.NewIndicatorDialog": _RECORDS,
    "cpdesk.gui.training.comparison.ComparisonDialog": ("08-trainers", "comparing-the-trainees-results"),
    "cpdesk.gui.training.practical.PrepareModuleDialog": ("08-trainers", "preparing-a-practical-module"),
    "cpdesk.gui.training.practical.PracticalModulesDialog": (
        "08-trainers",
        "sending-the-copies-and-taking-the-results-back",
    ),
}


def task_place(task: int) -> Place:
    """The place of one of the method's 18 tasks: its step's part of the assessment chapter."""
    return STEPS[reference.methodology().task(task).step]


def dialog_place(dialog: QWidget | type) -> Place | None:
    """The place of a dialog (or a dialog class), by its class or the nearest base the map names."""
    for cls in (dialog if isinstance(dialog, type) else type(dialog)).__mro__:
        place = DIALOGS.get(f"{cls.__module__}.{cls.__qualname__}")
        if place is not None:
            return place
    return None


def window_place(window: MainWindow) -> Place:
    """Where the main window stands: the guided task, the section, or the page shown."""
    progress, focus = window.progress, QApplication.focusWidget()
    if progress.guided_on and focus is not None and progress.guided.isAncestorOf(focus):
        task = progress.guided.current_task()
        if task is not None:
            return task_place(task)
    if window.current_assessment() is not None:
        return SECTIONS.get(window.workspace.current_key() or "", ASSESSMENT)
    shown = window.pages.currentWidget()
    for attribute, place in PAGES.items():
        if shown is not None and shown is getattr(window, attribute, None):
            return place
    return START


class HelpWindow(QDialog):
    """The guide: its chapters on the left, the page on the right, opened at a heading."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.chapter = ""
        self.heading = ""
        self.setObjectName("help_window")
        self.setWindowTitle(user_guide.TITLE[lang])
        self.chapters = QListWidget()
        for chapter in user_guide.chapters(lang):
            text = user_guide.page_text(chapter, lang)
            item = QListWidgetItem(user_guide.headings(text)[0].text)
            item.setData(256, chapter)
            if user_guide.is_draft(text):  # a chapter still to be written says so in the list too
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(user_guide.DRAFT_MARK[lang].strip("*"))
            self.chapters.addItem(item)
        self.chapters.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 19)
        self.chapters.itemActivated.connect(lambda item: self.show_place((item.data(256), "")))
        self.chapters.itemClicked.connect(lambda item: self.show_place((item.data(256), "")))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chapters)
        layout.addWidget(self.browser, 1)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70, self.fontMetrics().height() * 40)

    def show_place(self, place: Place) -> None:
        """Show a chapter, at the heading its anchor names (at its top for an empty anchor)."""
        chapter, anchor = place
        page = user_guide.page_path(chapter, self.lang)
        self.browser.setSearchPaths([str(page.parent)])
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(page)))
        document.setMarkdown(user_guide.page_text(chapter, self.lang))
        _fit_pictures(document, max(self.browser.viewport().width() - 24, 320))
        if anchor:
            position, heading = user_guide.heading_at(chapter, anchor, self.lang)
        else:
            position, heading = 0, user_guide.headings(user_guide.page_text(chapter, self.lang))[0]
        self.chapter, self.heading = chapter, heading.text
        block = _heading_block(document, position)
        self.browser.setTextCursor(QTextCursor(block))
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))  # the heading at the top of the view
        for row in range(self.chapters.count()):
            if self.chapters.item(row).data(256) == chapter:
                self.chapters.setCurrentRow(row)

    def shown_heading(self) -> str:
        """The text of the heading the page's cursor stands on."""
        return self.browser.textCursor().block().text()


def _fit_pictures(document: QTextDocument, width: int) -> None:
    """Show every picture of a page at most ``width`` wide (its height follows)."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                picture = fragment.charFormat().toImageFormat()
                picture.setWidth(width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(picture)
            it += 1
        block = block.next()


def _heading_block(document: QTextDocument, position: int) -> QTextBlock:
    """The ``position``-th heading block of a document rendered from Markdown."""
    block, seen = document.begin(), -1
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            seen += 1
            if seen == position:
                return block
        block = block.next()
    return document.begin()


def open_help(parent: QWidget, place: Place, lang: str) -> HelpWindow:
    """The help window of ``parent`` (made on first use) showing ``place`` in ``lang``, raised.

    A dialog's help window is its own child: a modal dialog lets only its children take input.
    """
    window = next((w for w in parent.findChildren(HelpWindow) if w.parent() is parent and w.lang == lang), None)
    if window is None:
        window = HelpWindow(lang, parent)
    window.show_place(place)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def help_for_focus(main: MainWindow) -> HelpWindow:
    """F1: the guide's page for the dialog in front, or for where the main window stands."""
    front = QApplication.activeModalWidget() or QApplication.activeWindow()
    if isinstance(front, QDialog) and not isinstance(front, HelpWindow):
        return open_help(front, dialog_place(front) or window_place(main), main.wb.lang)
    return open_help(main, window_place(main), main.wb.lang)


def add_help_button(dialog: QDialog, show: Callable[[], object]) -> None:
    """A *Help* button in each button box of ``dialog`` (beside OK and Cancel, where a
    desktop application has it) that opens the dialog's page, as F1 does. Message boxes and
    file dialogs keep their own buttons: a Help button there would close them."""
    if isinstance(dialog, (QMessageBox, QFileDialog, QProgressDialog, QInputDialog)):
        return
    for box in dialog.findChildren(QDialogButtonBox):
        if box.button(QDialogButtonBox.StandardButton.Help) is None:
            button = box.addButton(QDialogButtonBox.StandardButton.Help)
            button.setText(QCoreApplication.translate("Help", "&Help"))
            button.setToolTip(QCoreApplication.translate("Help", "This window's page of the user guide (F1)"))
            button.setAutoDefault(False)
            box.helpRequested.connect(show)


def install(window: MainWindow) -> None:
    """The Help menu's *User guide* (F1), and F1 in every dialog once it takes the focus."""
    action = QAction(QCoreApplication.translate("Help", "&User guide"), window)
    action.setShortcut(QKeySequence("F1"))
    action.setToolTip(f"{action.text()} (F1)")
    action.triggered.connect(lambda _checked=False: help_for_focus(window))
    window.actions["guide"] = action
    shortcuts = window.actions["shortcuts"]
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and shortcuts in menu.actions():
            menu.insertAction(shortcuts, action)  # first in the Help menu

    def focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if isinstance(dialog, QDialog) and not isinstance(dialog, HelpWindow) and not dialog.property("cpdesk_f1"):
            dialog.setProperty("cpdesk_f1", True)
            QShortcut(QKeySequence("F1"), dialog).activated.connect(lambda: help_for_focus(window))
            add_help_button(dialog, lambda: help_for_focus(window))

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(focus_changed)
        # a new language rebuilds the window: the old one's dialogs go with it
        window.destroyed.connect(lambda: app.focusChanged.disconnect(focus_changed))
