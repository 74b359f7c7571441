"""Combo boxes of the logger import dialog: a choice shown in words, kept as its value.

``combo([(",", ","), (" ", "dấu cách")])`` offers the texts and keeps the values as item
data; ``select(box, value)`` picks the item of a value, or types it into an editable box
when no item holds it (an encoding or a unit the list does not offer).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def combo(items: list[tuple[Any, str]], editable: bool = False) -> QComboBox:
    """A combo box offering ``(value, text)`` items."""
    box = QComboBox()
    box.setEditable(editable)
    for value, text in items:
        box.addItem(text, value)
    return box


def select(box: QComboBox, value: Any, editable: bool = False) -> None:
    """Show the item holding ``value``; in an editable box, type it when none does."""
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    elif editable:
        box.setEditText("" if value is None else str(value))
