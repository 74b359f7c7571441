"""Number entry fields and table cells: "1.000" and "1,000" in both notations, and the
plausible range of a field settling which reading is meant."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from cpdesk.core.entities import Entity
from cpdesk.core.field_ranges import PlausibleRange, plausible
from cpdesk.gui import display
from cpdesk.gui.delegates import RecordDelegate
from cpdesk.gui.models.base import ERROR_ROLE, Column, Kind, RecordTableModel
from cpdesk.gui.widgets.entry import InvalidEntry, NumberEdit

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def vietnamese_labels(qapp: object) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    yield
    QLocale.setDefault(before)


def typed(qtbot: Any, text: str, locale: str, **kwargs: Any) -> NumberEdit:
    edit = NumberEdit(locale, **kwargs)
    qtbot.addWidget(edit)
    edit.setText(text)
    return edit


# --- the mirrors are noted like "1.000" --------------------------------------------------


def test_comma_thousand_in_vietnamese_is_read_as_one_and_noted(qtbot: Any) -> None:
    # Today "1,000" in a Vietnamese field is 1 with no word; now the note says how to type 1 000.
    edit = typed(qtbot, "1,000", "vi")
    assert edit.value() == 1.0
    assert edit.is_valid()
    assert edit.note  # amber, like "1.000"
    assert "1000" in edit.note


def test_dot_group_in_english_is_read_as_a_decimal_and_noted(qtbot: Any) -> None:
    # Today "93.200" in an English field is 93.2 with no word.
    edit = typed(qtbot, "93.200", "en")
    assert edit.value() == 93.2
    assert "93200" in edit.note
    assert "decimal mark" in edit.note


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [("1.000", "vi", 1000.0), ("1,000", "en", 1000.0), ("1,000", "vi", 1.0), ("1.000", "en", 1.0)],
)
def test_all_four_are_noted_alike(qtbot: Any, text: str, locale: str, value: float) -> None:
    edit = typed(qtbot, text, locale)
    assert edit.value() == value
    assert edit.note
    assert edit.styleSheet()  # the note's colour


def test_the_note_in_vietnamese(qtbot: Any, vietnamese_labels: None) -> None:
    edit = typed(qtbot, "93,200", "vi")
    assert edit.value() == 93.2
    assert edit.note == (
        "“93,200” được hiểu là 93,2 (“,” là dấu thập phân trong cách viết của bạn). Nếu là 93.200, hãy nhập 93200."
    )


def test_unambiguous_entries_carry_no_note(qtbot: Any) -> None:
    for text, locale, value in (("1,0", "vi", 1.0), ("1000", "vi", 1000.0), ("1,2340", "vi", 1.234)):
        edit = typed(qtbot, text, locale)
        assert edit.value() == value
        assert edit.note == ""


# --- the plausible range settles it, without a note -------------------------------------


@pytest.mark.parametrize(("text", "locale"), [("25.400", "vi"), ("25.400", "en"), ("25,400", "vi"), ("25,400", "en")])
def test_exchange_rate_is_settled_by_its_range(qtbot: Any, text: str, locale: str) -> None:
    # 25,4 VND for a dollar is no rate: 25 400 VND/USD, whichever notation, without asking.
    edit = typed(qtbot, text, locale, optional=True, plausible=plausible(Entity.ASSESSMENT, "exchange_rate"))
    assert edit.value() == 25400.0
    assert edit.note == ""


def test_percent_field_scales_its_range(qtbot: Any) -> None:
    discount = plausible(Entity.ASSESSMENT, "discount_rate")
    edit = typed(qtbot, "12,500", "vi", percent=True, plausible=discount)
    assert edit.typed_range() == PlausibleRange(0, 100)
    assert edit.value() == pytest.approx(0.125)
    assert edit.note == ""


def test_wrong_text_is_still_refused(qtbot: Any) -> None:
    edit = typed(qtbot, "2.57", "vi", plausible=plausible(Entity.OPTION, "lifetime_years"))
    assert not edit.is_valid()
    with pytest.raises(InvalidEntry):
        edit.value()


def test_editor_text_reads_back_without_a_question(qtbot: Any) -> None:
    assert display.editable_number(1.234, "vi") == "1,2340"
    assert display.editable_number(1.234, "en") == "1.2340"
    assert display.editable_number(1000.0, "vi") == "1000"
    edit = NumberEdit("vi")
    qtbot.addWidget(edit)
    edit.set_value(1.234)
    assert edit.value() == 1.234
    assert edit.note == ""


# --- table cells: the delegate's editor and the model read alike ------------------------


@dataclass(frozen=True)
class _Option:
    id: uuid.UUID
    lifetime_years: float


class _Lifetimes(RecordTableModel[_Option]):
    entity = Entity.OPTION

    def make_columns(self) -> list[Column[_Option]]:
        return [Column("lifetime_years", "Lifetime, years", lambda r: r.lifetime_years, Kind.NUMBER)]


def test_table_cell_takes_the_plausible_reading(qtbot: Any) -> None:
    saved: list[dict[str, Any]] = []
    model = _Lifetimes(lambda _entity, _id, values: saved.append(values), "vi")
    model.set_rows([_Option(uuid.uuid4(), 10.0)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    cell = proxy.index(0, 0)

    parent = QWidget()
    qtbot.addWidget(parent)
    editor = RecordDelegate("vi").createEditor(parent, QStyleOptionViewItem(), cell)
    assert isinstance(editor, NumberEdit)
    assert editor.plausible == PlausibleRange(0.1, 100)
    editor.setText("2.500")  # 2 500 years is no lifetime: 2,5
    assert editor.value() == 2.5
    assert editor.note == ""

    assert proxy.setData(cell, "2.500", EDIT)
    assert saved == [{"lifetime_years": 2.5}]
    assert model.note_at(model.index(0, 0)) is None
    # "25,000" in vi: 25 years, or an English 25 000 years, which is no lifetime: 25.
    assert proxy.setData(cell, "25,000", EDIT)
    assert saved[-1] == {"lifetime_years": 25.0}
    assert cell.data(ERROR_ROLE) is None
