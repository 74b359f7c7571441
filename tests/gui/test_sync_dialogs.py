"""The workbench's sync screens: export, import (verify, dry run, commit), conflicts, and
``cpdesk-gui FILE.cpdx``. A centre and a field installation on SQLite exchange real bundles."""

from __future__ import annotations

import errno
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from cpdesk.gui.app import parse_arguments
from cpdesk.gui.sync import menu as sync_menu
from cpdesk.gui.sync.conflicts import ConflictsDialog
from cpdesk.gui.sync.export_dialog import ExportDialog, default_file_name
from cpdesk.gui.sync.import_dialog import ImportDialog
from cpdesk.services.sync import conflicts as sync_conflicts
from cpdesk.services.sync import importing as sync
from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.sync.reference_pack import export_reference_pack
from cpdesk.store.models import Assessment, Company, SyncImport
from cpdesk.sync import atomic
from cpdesk.sync.writer import BundleWriter
from tests.gui.workbench_fixtures import demo_window, make_workbench, wait_for_jobs
from tests.plugins.postgres import WorkspaceFactory
from tests.sync.conftest import Network, Site, add_small_assessment

__all__ = ["demo_window"]  # fixtures used here


@pytest.fixture
def network(tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest) -> Iterator[Network]:
    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    yield Network(factory, tmp_path)
    factory.close()


def count(db: Any, model: Any) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def table_rows(table: Any) -> dict[str, list[str]]:
    """Row label -> the other cells' texts ("" for a cell holding a widget)."""
    return {
        table.item(r, 0).text(): [
            table.item(r, c).text() if table.item(r, c) else "" for c in range(1, table.columnCount())
        ]
        for r in range(table.rowCount())
    }


def export_with_dialog(qtbot: Any, site: Site, path: Path, **choices: Any) -> ExportDialog:
    with site.active():
        dialog = ExportDialog(make_workbench(site.db, lang="en", numbers="en"))
        qtbot.addWidget(dialog)
        wait_for_jobs(qtbot)
        if choices.get("everything"):
            dialog.everything.setChecked(True)
            wait_for_jobs(qtbot)
        dialog.path.setText(str(path))
        assert dialog.export(confirm_overwrite=False) is not None
        wait_for_jobs(qtbot, 30_000)
    return dialog


def import_with_dialog(qtbot: Any, site: Site, path: Path) -> ImportDialog:
    with site.active():
        dialog = ImportDialog(make_workbench(site.db, lang="en", numbers="en"), path=path)
        qtbot.addWidget(dialog)
        wait_for_jobs(qtbot, 30_000)
    return dialog


# ------------------------------------------------------------------ export


def test_export_through_the_dialog_writes_a_bundle_that_verifies(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    add_small_assessment(field.db)
    target = network.folder / "from-the-field"  # no suffix: the dialog adds .cpdx
    with field.active():
        dialog = ExportDialog(make_workbench(field.db, lang="en", numbers="en"))
        qtbot.addWidget(dialog)
        wait_for_jobs(qtbot)
        assert "VNCPC" in dialog.recipient.currentText()
        assert "Encrypted to VNCPC" in dialog.encryption.text()
        counts = table_rows(dialog.counts)
        assert counts["assessments"] == ["1"]
        assert counts["logger readings (blocks)"] == ["2"]  # two chunks written by add_small_assessment
        assert counts["Total"] == [str(dialog.plan.records)]
        planned = dict(dialog.plan.tables)
        dialog.path.setText(str(target))
        dialog.export(confirm_overwrite=False)
        wait_for_jobs(qtbot, 30_000)
    written = network.folder / "from-the-field.cpdx"
    assert dialog.result is not None
    assert dialog.result.path == written
    assert written.is_file()
    assert "Read back from the disk and compared" in dialog.outcome.text()
    assert dialog.result.sha256[:16] in dialog.outcome.text()
    assert "Nothing changed since the last export" in dialog.summary.text()  # marked as sent
    report = network.centre.import_(written)
    assert report.status == "imported"
    assert report.encrypted
    assert {name: e.total for name, e in report.entities.items()} == planned


def test_without_a_centre_key_the_dialog_warns_it_is_not_encrypted(qtbot: Any, network: Network) -> None:
    loner = Site("loner", network.workspaces("loner"), network.tmp / "keys-loner")
    with loner.active():
        dialog = ExportDialog(make_workbench(loner.db, lang="en", numbers="en"))
        qtbot.addWidget(dialog)
        wait_for_jobs(qtbot)
    assert "Not encrypted." in dialog.encryption.text()
    assert "No centre key is known" in dialog.encryption.text()
    assert default_file_name(loner.db.device_id).startswith(f"cpdesk-{loner.db.device_id[:8]}-")
    assert dialog.path.text().endswith(".cpdx")


def test_a_full_disk_is_a_message_and_leaves_no_file(
    qtbot: Any, network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = network.field("field")
    add_small_assessment(field.db)

    def full(_self: Any, _data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.HashingWriter, "write", full)
    target = network.folder / "full.cpdx"
    dialog = export_with_dialog(qtbot, field, target)
    assert dialog.result is None
    assert "The export failed" in dialog.outcome.text()
    assert "No space left on device" in dialog.outcome.text()
    assert "Traceback" not in dialog.outcome.text()
    assert list(network.folder.glob("full*")) == []
    monkeypatch.undo()
    with field.active():  # nothing was marked as sent: everything is still to export
        assert sync.plan_export(field.db).records == dialog.plan.records


def test_cancel_writes_nothing_and_marks_nothing(qtbot: Any, network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    field = network.field("field")
    add_small_assessment(field.db)
    dialogs: list[ExportDialog] = []
    original = BundleWriter._write_member

    def slow(writer: Any, *args: Any) -> None:
        """The first member waits for the person's Cancel (the writer looks before each member)."""
        end = time.monotonic() + 5  # in the worker thread: no event processing here
        while not (dialogs and dialogs[0].job and dialogs[0].job.is_cancelled()) and time.monotonic() < end:
            time.sleep(0.01)
        original(writer, *args)

    monkeypatch.setattr(BundleWriter, "_write_member", slow)
    target = network.folder / "cancelled.cpdx"
    with field.active():
        dialog = ExportDialog(make_workbench(field.db, lang="en", numbers="en"))
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        wait_for_jobs(qtbot)
        dialog.path.setText(str(target))
        job = dialog.export(confirm_overwrite=False)
        job.cancel()
        wait_for_jobs(qtbot, 30_000)
        assert "Export cancelled: nothing was written." in dialog.outcome.text()
        assert dialog.result is None
        assert not target.exists()
        assert list(network.folder.glob("cancelled*")) == []
        assert sync.plan_export(field.db).records == dialog.plan.records  # nothing marked as sent
        assert dialog.export_button.isEnabled()


def test_a_removed_usb_stick_is_a_message(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    with field.active():
        dialog = ExportDialog(make_workbench(field.db, lang="en", numbers="en"))
        qtbot.addWidget(dialog)
        wait_for_jobs(qtbot)
        dialog.path.setText(str(network.tmp / "USB-STICK" / "bundle.cpdx"))
        assert dialog.export(confirm_overwrite=False) is None
    assert "does not exist (was the USB stick removed?)" in dialog.outcome.text()


# ------------------------------------------------------------------ import


def test_a_tampered_bundle_is_rejected_with_its_reason_and_nothing_is_written(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    add_small_assessment(field.db)
    bundle = network.folder / "tampered.cpdx"
    field.export(bundle)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    before = count(network.centre.db, Company)
    dialog = import_with_dialog(qtbot, network.centre, bundle)
    text = dialog.verification.text()
    assert "Rejected: nothing was imported." in text
    assert "Reason:" in text
    assert dialog.error is not None
    assert dialog.error.reason in text  # the exact reason the engine gives
    assert "damaged at byte" in text  # the flipped byte breaks the chunk's tag
    assert not dialog.import_button.isEnabled()
    assert count(network.centre.db, Company) == before
    assert count(network.centre.db, SyncImport) == 0


def test_the_dry_run_shows_the_report_and_nothing_is_written_until_import(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    add_small_assessment(field.db)
    bundle = network.folder / "field.cpdx"
    field.export(bundle)
    before = count(network.centre.db, Assessment)
    dialog = import_with_dialog(qtbot, network.centre, bundle)
    verified = dialog.verification.text()
    assert "Verified data bundle." in verified
    assert "Signed by field (a trusted auditor)" in verified
    assert "Format version 1" in verified
    assert "match their size and SHA-256" in verified
    assert "Encrypted to this installation." in verified
    assert "nothing is written until you press Import" in dialog.report_title.text()
    rows = table_rows(dialog.counts)
    assert rows["assessments"] == ["1", "0", "0", "0", "0"]  # new, updated, unchanged, conflicts, rejected
    assert dialog.import_button.isEnabled()
    assert count(network.centre.db, Assessment) == before
    assert count(network.centre.db, SyncImport) == 0

    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    wait_for_jobs(qtbot, 30_000)
    assert dialog.report is not None
    assert dialog.report.status == "imported"
    assert "Imported. What changed:" in dialog.report_title.text()
    assert imported == [dialog.report]
    assert count(network.centre.db, Assessment) == before + 1
    assert count(network.centre.db, SyncImport) == 1
    assert not dialog.import_button.isEnabled()


def test_the_same_bundle_twice_says_it_was_already_imported(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    add_small_assessment(field.db)
    bundle = network.folder / "twice.cpdx"
    field.export(bundle)
    network.centre.import_(bundle)
    assessments = count(network.centre.db, Assessment)
    dialog = import_with_dialog(qtbot, network.centre, bundle)
    assert "Already imported: nothing to do." in dialog.report_title.text()
    assert "this bundle was imported on" in dialog.notes.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.counts.rowCount() == 0
    assert count(network.centre.db, Assessment) == assessments
    assert count(network.centre.db, SyncImport) == 1


def test_a_missing_file_is_a_message(qtbot: Any, network: Network) -> None:
    dialog = import_with_dialog(qtbot, network.centre, network.folder / "gone.cpdx")
    assert "cannot be found" in dialog.verification.text()
    assert dialog.job is None


# ------------------------------------------------------------------ conflicts


def _edit_title(db: Any, record: uuid.UUID, title: str) -> None:
    with db.sessions.begin() as session:
        session.get(Assessment, record).title = title


def test_a_conflict_made_by_two_devices_is_shown_and_resolved_from_the_screen(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    record = add_small_assessment(field.db, "Nhà máy giấy")
    network.send(field, network.centre)
    _edit_title(field.db, record, "Title from the field")
    _edit_title(network.centre.db, record, "Title from the centre")
    report = network.send(field, network.centre)
    assert len(report.conflicts) == 1
    assert sync_conflicts.count_open(network.centre.db) == 1

    workbench = make_workbench(network.centre.db, lang="en", numbers="en")
    changed: list[Any] = []
    workbench.changed.connect(changed.append)
    dialog = ConflictsDialog(workbench)
    qtbot.addWidget(dialog)
    assert "1 open conflict" in dialog.heading.text()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "field"  # from
    assert dialog.table.item(0, 5).text() == "open"
    assert dialog.table.item(0, 2).text() == "Title"  # the field by its name on the screens, not its column's
    fields = table_rows(dialog.fields)
    assert fields["Title"][:2] == ["Title from the centre", "Title from the field"]  # mine, theirs
    assert "field (theirs)" == dialog.fields.horizontalHeaderItem(2).text()
    assert "The record now shows" in dialog.detail_title.text()

    dialog.set_choice("title", "theirs")
    assert "title=theirs" in dialog.field_choices()
    dialog.keep_fields.click()
    assert "Resolved (fields chosen)" in dialog.message.text()
    assert "No open conflicts." in dialog.heading.text()
    assert dialog.table.rowCount() == 0
    assert sync_conflicts.count_open(network.centre.db) == 0
    assert not dialog.keep_mine.isEnabled()
    assert changed, "the screens behind were told to reload"
    with network.centre.db.reading() as session:
        assert session.get(Assessment, record).title == "Title from the field"
    dialog.show_resolved.setChecked(True)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 5).text() == "fields chosen"


def test_keep_mine_from_the_screen(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    record = add_small_assessment(field.db)
    network.send(field, network.centre)
    _edit_title(field.db, record, "B from the field")
    _edit_title(network.centre.db, record, "A at the centre")
    network.send(field, network.centre)
    dialog = ConflictsDialog(make_workbench(network.centre.db, lang="en", numbers="en"))
    qtbot.addWidget(dialog)
    dialog.keep_mine.click()
    assert "kept mine" in dialog.message.text()
    with network.centre.db.reading() as session:
        assert session.get(Assessment, record).title == "A at the centre"


# ------------------------------------------------------------------ the window and the command line


def test_cpdesk_gui_takes_a_bundle_path() -> None:
    args = parse_arguments(["/media/usb/lan-2026-11-28.cpdx"])
    assert args.bundle == "/media/usb/lan-2026-11-28.cpdx"
    assert args.db is None
    args = parse_arguments(["--db", "centre.sqlite", "x.cpdx"])
    assert (args.db, args.bundle) == ("centre.sqlite", "x.cpdx")
    assert parse_arguments([]).bundle is None


def test_the_sync_menu_and_the_file_hand_over(
    qtbot: Any, demo_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    menu = demo_window.sync_menu
    texts = [a.text() for a in demo_window.menuBar().actions()]
    assert texts.index(menu.menu.title()) < texts.index("&Help") == len(texts) - 1  # Help stays last
    shortcuts = {k: a.shortcut().toString() for k, a in menu.actions.items()}
    assert shortcuts == {"sync_export": "Ctrl+Shift+E", "sync_import": "Ctrl+I", "sync_conflicts": "Ctrl+Shift+K"}
    taken = [a.shortcut().toString() for k, a in demo_window.actions.items() if not a.shortcut().isEmpty()]
    assert len(taken) == len(set(taken)), "a shortcut is used twice"
    qtbot.waitUntil(lambda: menu.count_label.text() == "" and not menu.count_label.isVisible())
    menu.actions["sync_conflicts"].trigger()
    assert menu.conflicts_dialog is not None
    assert menu.conflicts_dialog.isVisible()
    assert "No open conflicts." in menu.conflicts_dialog.heading.text()
    menu.conflicts_dialog.close()
    menu.actions["sync_export"].trigger()
    assert menu.export_dialog is not None
    assert menu.export_dialog.isVisible()
    wait_for_jobs(qtbot)
    menu.export_dialog.close()

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert sync_menu.open_file(demo_window, str(tmp_path / "missing.cpdx")) is None
    assert warnings
    assert "missing.cpdx does not exist." in warnings[0]

    bundle = tmp_path / "not-a-bundle.cpdx"
    bundle.write_bytes(b"PK\x03\x04 this is not a cpdesk bundle")
    dialog = sync_menu.open_file(demo_window, str(bundle))
    assert dialog is not None
    assert dialog.isVisible()
    wait_for_jobs(qtbot, 30_000)
    assert "Rejected: nothing was imported." in dialog.verification.text()
    dialog.close()


def test_a_bundle_imported_from_the_window_reloads_it_and_clears_the_undo_history(
    qtbot: Any, demo_window: Any, network: Network, tmp_path: Path
) -> None:
    centre = Site("demo-centre", demo_window.wb.db, tmp_path / "keys-demo")
    with centre.active():
        sync_keys.init_centre(centre.db, "VNCPC")
    centre_key = centre.key_file(network.folder)
    field = Site("lan", network.workspaces("lan"), tmp_path / "keys-lan")
    field_key = field.key_file(network.folder)
    with centre.active():
        sync_keys.trust_key(centre.db, field_key, "Lan")
    with field.active():
        sync_keys.trust_key(field.db, centre_key, "VNCPC")
    record = add_small_assessment(field.db, "Nhà máy bia Hà Nội")
    bundle = network.folder / "lan.cpdx"
    field.export(bundle)

    wb = demo_window.wb
    wb.update("assessment", demo_window.current_assessment(), {"title": "Before the import"})
    assert wb.undo_stack.count() == 1
    with centre.active():
        dialog = sync_menu.open_file(demo_window, str(bundle))
        wait_for_jobs(qtbot, 30_000)
        assert "Signed by Lan (a trusted auditor)" in dialog.verification.text()
        dialog.import_button.click()
        wait_for_jobs(qtbot, 30_000)
    assert dialog.report.status == "imported"
    assert wb.undo_stack.count() == 0
    assert "undo history was cleared" in demo_window.statusBar().currentMessage()
    with centre.db.reading() as session:
        assert session.get(Assessment, record).title == "Nhà máy bia Hà Nội"
    dialog.close()


def test_a_first_reference_pack_is_taken_with_the_fingerprint_the_centre_told(
    qtbot: Any, network: Network, tmp_path: Path
) -> None:
    pack = network.folder / "pack.cpdx"
    with network.centre.active():
        export_reference_pack(network.centre.db, pack)
        fingerprint = sync_keys.show_centre(network.centre.db).fingerprint
    newcomer = Site("newcomer", network.workspaces("newcomer"), tmp_path / "keys-newcomer")
    with newcomer.active():
        dialog = ImportDialog(make_workbench(newcomer.db, lang="en", numbers="en"), path=pack)
        qtbot.addWidget(dialog)
        wait_for_jobs(qtbot, 30_000)
        assert dialog.needs_fingerprint
        assert dialog.fingerprint.isVisibleTo(dialog)
        assert "Rejected: nothing was imported." in dialog.verification.text()
        assert "type the centre's fingerprint above" in dialog.verification.text()
        dialog.fingerprint.setText(fingerprint.upper())
        dialog.check()
        wait_for_jobs(qtbot, 30_000)
        text = dialog.verification.text()
        assert "Verified reference-data pack." in text
        assert "the centre, confirmed by the fingerprint you typed" in text
        assert "Not encrypted (signed only)." in text
        dialog.import_button.click()
        wait_for_jobs(qtbot, 30_000)
        assert dialog.report.status == "imported"
        status = sync.sync_status(newcomer.db)
        assert (status.centre, status.centre_fingerprint) == ("VNCPC", fingerprint)
        export = ExportDialog(make_workbench(newcomer.db, lang="en", numbers="en"))
        qtbot.addWidget(export)
        wait_for_jobs(qtbot)
    assert export.recipient.currentText() == "The centre: VNCPC"
    assert "Encrypted to VNCPC" in export.encryption.text()


def test_the_centre_exports_to_an_auditor_it_chooses(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    add_small_assessment(network.centre.db, "Xi măng")
    target = network.folder / "to-field.cpdx"
    with network.centre.active():
        dialog = ExportDialog(make_workbench(network.centre.db, lang="en", numbers="en"))
        qtbot.addWidget(dialog)
        wait_for_jobs(qtbot)
        labels = [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())]
        assert len(labels) == 2
        assert labels[0].startswith("field (")
        assert labels[1] == "Nobody in particular (not encrypted)"
        dialog.recipient.setCurrentIndex(1)
        wait_for_jobs(qtbot)
        assert "Not encrypted." in dialog.encryption.text()
        assert "No recipient chosen." in dialog.encryption.text()
        dialog.recipient.setCurrentIndex(0)
        wait_for_jobs(qtbot)
        assert "Encrypted to field" in dialog.encryption.text()
        dialog.path.setText(str(target))
        dialog.export(confirm_overwrite=False)
        wait_for_jobs(qtbot, 30_000)
    assert dialog.result is not None
    assert dialog.result.encrypted
    assert dialog.result.recipient == "field"
    report = field.import_(target)
    assert report.status == "imported"
    assert report.entities["assessment"].new == 1


def test_cpdesk_gui_with_a_bundle_opens_the_import_dialog_once_the_window_is_shown(
    qtbot: Any, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging
    import shutil
    import sys

    from PySide6.QtWidgets import QApplication

    from cpdesk.gui import app as gui_app

    database = tmp_path / "field.sqlite"
    shutil.copyfile(demo_template, database)
    bundle = tmp_path / "from-a-stick.cpdx"
    bundle.write_bytes(b"not a bundle at all")
    seen: dict[str, Any] = {}

    def run_once(_app: Any) -> int:
        """Instead of the event loop: let the queued hand-over run, note what it opened."""
        qtbot.waitUntil(lambda: getattr(_app.shell.window, "sync_menu", None) is not None)
        qtbot.waitUntil(lambda: _app.shell.window.sync_menu.import_dialog is not None)
        dialog = _app.shell.window.sync_menu.import_dialog
        wait_for_jobs(qtbot, 30_000)
        seen.update(path=dialog.path.text(), text=dialog.verification.text(), shown=_app.shell.window.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", run_once)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    handlers = list(logging.getLogger().handlers)
    try:
        assert gui_app.main(["--db", str(database), str(bundle)]) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
        QApplication.instance().shell.window.close()
    assert QApplication.desktopFileName() == "cpdesk"
    assert seen["path"] == str(bundle)
    assert seen["shown"]
    assert "Rejected: nothing was imported." in seen["text"]
