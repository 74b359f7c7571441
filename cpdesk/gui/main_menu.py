"""The main window's menus (File, Edit, View, Assessment, Help), their actions and the tool bar.

Everything the user does is an action with a shortcut in these menus; the most frequent are
on the tool bar. The actions call the window's own methods; they are kept in the window's
``actions`` so that the shortcuts list and the menus other parts add (Sync, Training) find
them in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QToolBar

if TYPE_CHECKING:
    from cpdesk.gui.main_window import MainWindow

#: Workspace sections reachable with Ctrl+1 ... Ctrl+9 and Ctrl+0, in list order.
SECTION_KEYS = (
    "overview",
    "team",
    "process_steps",
    "flow_chart",
    "streams",
    "balances",
    "waste_costs",
    "options",
    "implementation",
    "attachments",
)

#: The actions that need an open assessment, in the Assessment menu's order.
ASSESSMENT_ACTIONS = ("record_reading", "add_step", "add_stream", "add_option", "reconcile", "attach")


class MainMenu(QObject):
    """The main window's own actions, menus and tool bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._make_actions()
        self._make_menus()

    def _action(
        self,
        key: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        tip = tip or text.replace("&", "").rstrip("…")
        if not action.shortcut().isEmpty():
            tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.actions[key] = action
        return action

    def _make_actions(self) -> None:
        w, sp, a = self.window, QStyle.StandardPixmap, self._action
        actions, undo_stack = w.actions, w.wb.undo_stack
        a(
            "new_assessment",
            self.tr("&New assessment…"),
            w.new_assessment,
            QKeySequence.StandardKey.New,
            icon=sp.SP_FileDialogNewFolder,
        )
        a(
            "open_database",
            self.tr("&Open database…"),
            w.choose_database,
            QKeySequence.StandardKey.Open,
            icon=sp.SP_DialogOpenButton,
        )
        a("export_report", self.tr("&Export report…"), w.export_report, "Ctrl+E", icon=sp.SP_DialogSaveButton)
        actions["export_report"].setEnabled(w.reports is not None)
        a(
            "settings",
            self.tr("&Settings…"),
            w.edit_settings,
            QKeySequence.StandardKey.Preferences,
            icon=sp.SP_FileDialogDetailedView,
        )
        if actions["settings"].shortcut().isEmpty():
            actions["settings"].setShortcut(QKeySequence("Ctrl+,"))
        a("quit", self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        undo = a("undo", self.tr("&Undo"), undo_stack.undo, QKeySequence.StandardKey.Undo, icon=sp.SP_ArrowBack)
        redo = a("redo", self.tr("&Redo"), undo_stack.redo, "Ctrl+Shift+Z", icon=sp.SP_ArrowForward)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The stack outlives the window (a language switch rebuilds it): start from its state.
        undo.setEnabled(undo_stack.canUndo())
        redo.setEnabled(undo_stack.canRedo())
        self._undo_text(undo_stack.undoText())
        self._redo_text(undo_stack.redoText())
        undo_stack.canUndoChanged.connect(undo.setEnabled)
        undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo_stack.undoTextChanged.connect(self._undo_text)
        undo_stack.redoTextChanged.connect(self._redo_text)
        a("find", self.tr("&Find in navigator"), w.find, QKeySequence.StandardKey.Find)
        a("reload", self.tr("Re&load"), w.refresh, QKeySequence.StandardKey.Refresh)
        a("record_reading", self.tr("Record a &reading…"), w.record_reading, "Ctrl+M", icon=sp.SP_DialogApplyButton)
        a(
            "add_step",
            self.tr("Add process &step"),
            lambda: w.section_call("process_steps", "add_step"),
            "Ctrl+Shift+P",
        )
        a("add_stream", self.tr("Add s&tream"), lambda: w.section_call("streams", "add_stream"), "Ctrl+Shift+T")
        a("add_option", self.tr("Add &option"), lambda: w.section_call("options", "add_option"), "Ctrl+Shift+O")
        a(
            "reconcile",
            self.tr("Re&concile the balance"),
            lambda: w.section_call("balances", "reconcile"),
            "Ctrl+R",
            icon=sp.SP_BrowserReload,
        )
        a(
            "attach",
            self.tr("&Attach files…"),
            lambda: w.section_call("attachments", "choose_files"),
            "Ctrl+Shift+A",
            icon=sp.SP_FileLinkIcon,
        )
        # F1 opens the user guide (cpdesk.gui.help); the list of shortcuts comes beside it
        a("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+F1")
        a("about", self.tr("&About cpdesk"), w.about)
        titles = w.workspace.titles()
        for number, key in enumerate(SECTION_KEYS, start=1):
            a(f"section_{key}", titles[key], lambda k=key: w.show_section(k), f"Ctrl+{number % 10}")
        for action in self.assessment_actions():
            action.setEnabled(False)

    def assessment_actions(self) -> list[QAction]:
        """The actions enabled only while an assessment is open."""
        keys = [*ASSESSMENT_ACTIONS, *(f"section_{k}" for k in SECTION_KEYS)]
        return [self.window.actions[k] for k in keys]

    def _make_menus(self) -> None:
        w, actions = self.window, self.window.actions
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for key in ("new_assessment", "open_database"):
            file_menu.addAction(actions[key])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(actions["export_report"])
        file_menu.addSeparator()
        file_menu.addAction(actions["settings"])
        file_menu.addSeparator()
        file_menu.addAction(actions["quit"])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for key in ("undo", "redo"):
            edit_menu.addAction(actions[key])
        edit_menu.addSeparator()
        edit_menu.addAction(actions["find"])
        view_menu = bar.addMenu(self.tr("&View"))
        for dock, shortcut in ((w.navigator_dock, "F8"), (w.progress_dock, "F9"), (w.quick_dock, None)):
            toggle = dock.toggleViewAction()
            if shortcut:
                toggle.setShortcut(QKeySequence(shortcut))
            view_menu.addAction(toggle)
        view_menu.addSeparator()
        self.section_menu = view_menu.addMenu(self.tr("&Go to section"))
        for key in SECTION_KEYS:
            self.section_menu.addAction(actions[f"section_{key}"])
        view_menu.addAction(actions["reload"])
        assessment_menu = bar.addMenu(self.tr("&Assessment"))
        for key in ASSESSMENT_ACTIONS:
            assessment_menu.addAction(actions[key])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(actions["shortcuts"])
        help_menu.addAction(actions["about"])

    def make_toolbar(self) -> QToolBar:
        """The tool bar of the most frequent actions, added to the window."""
        toolbar = QToolBar(self.tr("Tool bar"))
        toolbar.setObjectName("toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for key in (
            "new_assessment",
            "undo",
            "redo",
            None,
            "record_reading",
            "reconcile",
            "attach",
            None,
            "export_report",
            "settings",
        ):
            if key is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.window.actions[key])
        self.window.addToolBar(toolbar)
        return toolbar

    def _fill_recent(self) -> None:
        w = self.window
        self.recent_menu.clear()
        for location in w.wb.prefs.recent:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _checked=False, loc=location: w.database_requested.emit(loc))
        if not w.wb.prefs.recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def show_shortcuts(self) -> None:
        """A table of every action's shortcut, and the keys of the tables and quick entry."""
        lines = []
        for action in self.window.actions.values():
            if not action.shortcut().isEmpty() and not action.objectName():
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                lines.append(f"<tr><td><b>{shortcut}</b></td><td>{action.text().replace('&', '')}</td></tr>")
        for keys, text in (
            ("Enter", self.tr("Quick entry: save the reading, start the next")),
            ("Del", self.tr("Delete the selected rows")),
            ("F2", self.tr("Edit the current cell")),
        ):
            lines.append(f"<tr><td><b>{keys}</b></td><td>{text}</td></tr>")
        QMessageBox.information(self.window, self.tr("Keyboard shortcuts"), "<table>" + "".join(lines) + "</table>")

    def _undo_text(self, text: str) -> None:
        self.window.actions["undo"].setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.window.actions["redo"].setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))
