"""The names the conflicts screen gives the fields of synced records: one for every column a
conflict can show, in the catalogue of labels in both languages, and a (table, column) entry
ahead of the column's own."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import cpdesk.store.models as models
from cpdesk.core import labels
from cpdesk.gui import i18n
from cpdesk.gui.sync.field_names import field_label
from cpdesk.store.base import Base
from cpdesk.sync.records import METADATA_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def synced_columns() -> dict[str, list[str]]:
    """Table -> the columns a conflict compares (sync's bookkeeping columns left out)."""
    models.load_all()
    tables = [t for t in Base.metadata.sorted_tables if "deleted_at" in t.c]
    return {t.name: [c.name for c in t.c if c.name not in METADATA_COLUMNS] for t in tables}


def field_names_messages(path: Path) -> dict[str, ET.Element]:
    found = {}
    for context in ET.parse(path).iter("context"):
        if context.findtext("name") == "FieldNames":
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message
    return found


def test_every_synced_column_has_a_label_of_its_own(qapp: Any) -> None:
    columns = synced_columns()
    assert len(columns) >= 30
    assert sum(len(c) for c in columns.values()) > 200
    assert len({c for names in columns.values() for c in names}) >= 150
    forgotten = [
        f"{table}.{column}"
        for table, names in columns.items()
        for column in names
        if field_label(table, column) == column.replace("_", " ") or not field_label(table, column)[0].isupper()
    ]
    assert forgotten == []
    for table, names in columns.items():
        labels = [field_label(table, column) for column in names]
        assert len(set(labels)) == len(labels), (table, labels)  # two fields of a record never read alike


def test_units_are_in_the_labels(qapp: Any) -> None:
    assert field_label("cp_option", "lifetime_years") == "Lifetime (years)"
    assert field_label("fuel_factor", "ncv_gj_per_t") == "NCV (GJ/t)"
    assert field_label("fuel_override", "density_t_per_m3") == "Density (t/m³)"
    assert field_label("logger_series", "interval_s") == "Interval (s)"
    assert field_label("stream", "temperature_c") == "Temperature (°C)"


def test_a_table_entry_wins_over_the_column_label(qapp: Any) -> None:
    assert field_label("company", "name") == "Company name"
    assert field_label("participant", "name") == "Full name"
    assert field_label("fuel_factor", "name") == "Name (English)"
    assert field_label("course", "name") == "Name"  # no entry for the table: the column's label
    assert field_label("stream", "kind") == "Kind of stream"
    assert field_label("course", "kind") == "Kind of course"
    assert field_label("measurement", "value") == "Measured value"
    assert field_label("indicator_value", "value") == "Value"
    assert field_label("team_member", "position") == "Job title"
    assert field_label("process_step", "position") == "Order in the list"


def test_an_unknown_column_falls_back_to_its_name_with_spaces(qapp: Any) -> None:
    assert field_label("cp_option", "payback_target_years") == "payback target years"
    assert field_label("a_newer_table", "discount_rate") == "Discount rate"  # the column is known


def test_every_label_is_in_the_catalogue_in_both_languages() -> None:
    """Each label the screen shows is a "Field" of the catalogue of labels with a finished
    Vietnamese text, and the Qt catalogues no longer hold the fields' names (the .ts files keep
    the widgets' own texts only)."""
    fields = labels.labels_of("Field")
    assert len(fields) > 150
    for table, names in synced_columns().items():
        for column in names:
            text = fields.get(f"{table}.{column}") or fields.get(column)
            assert text is not None, f"{table}.{column}"
            assert text.vi.strip(), f"{table}.{column}"
            assert text.en.strip(), f"{table}.{column}"
            assert labels.field_label(table, column, "vi") == text.vi
    assert labels.field_label("assessment", "discount_rate", "vi") == "Lãi suất chiết khấu"
    assert labels.field_label("cp_option", "investment", "vi") == "Vốn đầu tư"
    assert labels.field_label("fuel_factor", "ncv_gj_per_t", "vi") == "Nhiệt trị thấp (GJ/t)"
    for language in ("vi", "en"):
        assert field_names_messages(FOLDER / f"cpdesk_{language}.ts") == {}


def test_labels_follow_the_language_installed(english_afterwards: None) -> None:
    """The labels are kept per language: read in English first, they come in Vietnamese once
    the Vietnamese catalogue is installed (the settings switch language while cpdesk runs)."""
    assert field_label("cp_option", "investment") == "Investment"
    i18n.install("vi")
    assert field_label("cp_option", "investment") == "Vốn đầu tư"
    assert field_label("assessment", "discount_rate") == "Lãi suất chiết khấu"
    assert field_label("participant", "name") == "Họ và tên"
    for table, names in synced_columns().items():
        labels = [field_label(table, column) for column in names]
        assert len(set(labels)) == len(labels), (table, labels)
    i18n.install("en")
    assert field_label("cp_option", "investment") == "Investment"
