"""A record's history on screen: from the table's context menu and from the option form, newest
first, who and when, each field by its label and its values in the user's notation."""

from __future__ import annotations

import os
import re

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.services import editing  # noqa: E402
from cpdesk.services.assessment import assessments, companies, options  # noqa: E402
from cpdesk.services.editing import Delete, Restore, Update  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402
from tests.watching import sees_the_change  # noqa: E402

#: "07/12/2026 09:14": a moment as the Vietnamese screens write it.
MOMENT = re.compile(r"^\d\d/\d\d/\d{4} \d\d:\d\d$")


@pytest.fixture
def window(qtbot, any_db):
    db = any_db
    from cpdesk.gui.main_window import MainWindow

    company = companies.create_company(db, name="Công ty Dệt Thử", sector="textile", province="Bình Dương")
    a = assessments.create_assessment(db, company_id=company.id, title="Đánh giá", currency="VND", exchange_rate=24_000)
    option = options.add_option(db, a.id, title="Thu hồi nước ngưng", category="good_housekeeping", investment=150e6)
    workbench = make_workbench(db, "vi", "vi")
    workbench.prefs.user_name = "Trần Thị B"
    main = MainWindow(workbench)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.open_item("assessment", a.id)
    workbench._looking.stop()
    yield main, option.id
    workbench.stop_watching()
    main.close()


def _history_from_the_menu(window, option):
    from cpdesk.gui.record_history import RecordHistoryDialog

    table = window.show_section("options").table
    table.select(option)
    actions = {a.text(): a for a in table.context_actions()}
    assert "Edit…" in actions  # the option's form, offered first
    actions["History…"].trigger()
    shown = [d for d in table.findChildren(RecordHistoryDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_the_history_lists_who_changed_which_field_from_what_to_what(qtbot, window) -> None:
    main, option = window
    colleague = open_workspace(main.wb.db.url)
    try:
        colleague.person = "Nguyễn Văn A"
        editing.apply(colleague, Update(Entity.OPTION, option, {"investment": 180e6}))
    finally:
        colleague.close()
    sees_the_change(qtbot, main)  # B's screen shows A's change before B edits
    main.wb.update(Entity.OPTION, option, {"title": "Thu hồi nước ngưng lò hơi"})
    main.wb.execute([Delete(Entity.OPTION, option)], "xoá")
    main.wb.execute([Restore(Entity.OPTION, option)], "khôi phục")
    dialog = _history_from_the_menu(main, option)
    rows = dialog.rows()
    assert [r[1:] for r in rows] == [
        ["Trần Thị B", "(brought back)", "", ""],
        ["Trần Thị B", "(deleted)", "", ""],
        ["Trần Thị B", "Tên", "Thu hồi nước ngưng", "Thu hồi nước ngưng lò hơi"],
        ["Nguyễn Văn A", "Vốn đầu tư", "150.000.000 VND", "180.000.000 VND"],
    ]
    assert all(MOMENT.match(r[0]) for r in rows)
    assert "4" in dialog.heading.text()


def test_the_history_shows_the_last_twenty_and_the_option_form_opens_it(qtbot, window) -> None:
    from cpdesk.gui.record_history import RecordHistoryDialog

    main, option = window
    for n in range(25):
        main.wb.update(Entity.OPTION, option, {"investment": 1e6 * (n + 1)})
    section = main.show_section("options")
    section.table.select(option)
    form = section.edit_option()
    form.history_button.click()
    dialog = next(d for d in form.findChildren(RecordHistoryDialog) if d.isVisible())
    rows = dialog.rows()
    assert len(rows) == 20
    # newest first: 24 -> 25 million, then 23 -> 24 ...; the oldest shown is 5 -> 6 million
    assert rows[0][3:] == ["24.000.000 VND", "25.000.000 VND"]
    assert rows[-1][3:] == ["5.000.000 VND", "6.000.000 VND"]
    form.reject()
