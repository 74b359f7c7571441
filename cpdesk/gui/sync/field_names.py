"""The fields of synced records by the names a person knows them by ("Discount rate", not
``discount_rate``), for the screens that show records field by field (the conflicts screen).

The labels are domain words and live in the one catalogue of labels (kind "Field" of
:mod:`cpdesk.core.labels`), in both languages; this module picks the interface's language. A
column that means different things in different tables (a person's ``name`` beside a fuel's
English ``name``) has an entry for its (table, column), which wins over the column's own
label. A column not listed (one a newer cpdesk added) reads as its name with spaces, as the
screen showed every field before.
"""

from __future__ import annotations

from cpdesk.core import labels
from cpdesk.gui import display


def field_label(table: str, column: str) -> str:
    """A column of a synced table as the person reads it ("Lifetime (years)"), in the
    language the interface is in (the settings may switch it while cpdesk runs)."""
    return labels.field_label(table, column, display.language())
