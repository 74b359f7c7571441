"""One catalogue of domain labels: what every code is called, in Vietnamese and English.

The screens, the reports and the command line all read their domain words here: the codes of
the vocabularies (carriers, stream kinds, statuses, units of measurement basis...), the option
and cause categories, the sectors, the fields and kinds of record, the families of carriers,
the reasons behind a finding or a missing figure. The widgets' own texts (menus, buttons,
dialogs) stay in Qt's translation files and the reports' sentences in
:mod:`cpdesk.report.strings`; a code's label is never written there.

``label(kind, code, lang)`` is the one lookup; the helpers below it are the same lookup for
the kinds that need a rule (a field by table and column, a record by entity name). Where the
data comes from is :mod:`.catalogue`'s business.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from cpdesk.core.labels.catalogue import SECTOR_KIND, all_labels
from cpdesk.core.reference.files import LANGS, Text

__all__ = [
    "LANGS",
    "SECTOR_KIND",
    "Text",
    "entity_label",
    "field_label",
    "kinds",
    "label",
    "label_or_code",
    "labels_of",
    "member_label",
    "table_label",
    "text",
]


def kinds() -> tuple[str, ...]:
    """The names of every labelled kind, sorted."""
    return tuple(sorted(all_labels()))


def labels_of(kind: str | type[Enum]) -> Mapping[str, Text]:
    """code -> :class:`Text` for ``kind``: an enum class, its name, or a kind such as "Sector".

    Kind names are matched case-insensitively ("sector", "OptionCategory", "carrier").
    """
    name = kind.__name__ if isinstance(kind, type) else str(kind)
    table = all_labels()
    if name in table:
        return table[name]
    for known, entries in table.items():
        if known.lower() == name.lower():
            return entries
    raise ValueError(f"no labels for kind {name!r} (known: {', '.join(sorted(table))})")


def text(kind: str | type[Enum], code: str | Enum) -> Text:
    """Both languages' label of ``code``; ValueError naming kind and code if there is none."""
    value = str(code.value) if isinstance(code, Enum) else str(code)
    try:
        return labels_of(kind)[value]
    except KeyError:
        name = kind.__name__ if isinstance(kind, type) else kind
        raise ValueError(f"no label for {name} code {value!r}") from None


def label(kind: str | type[Enum], code: str | Enum, lang: str = "vi") -> str:
    """The label of ``code`` of ``kind`` in ``lang`` ("vi" or "en"): ``label("Carrier",
    "steam", "en")`` is "Steam". ValueError naming kind and code if there is no label."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {LANGS}")
    return text(kind, code).get(lang)


def label_or_code(kind: str | type[Enum], code: object, lang: str, missing: str = "") -> str:
    """:func:`label`, or the code itself when it has none (a code a newer cpdesk wrote);
    ``missing`` for None or an empty code."""
    if code is None or code == "":
        return missing
    value = str(code.value) if isinstance(code, Enum) else str(code)
    try:
        return label(kind, value, lang)
    except ValueError:
        return value


def member_label(member: Enum, lang: str = "vi") -> str:
    """The label of an enum member: ``member_label(Carrier.STEAM, "vi")`` is "Hơi nước"."""
    return label(type(member), member, lang)


def field_label(table: str, column: str, lang: str) -> str:
    """A column of a record as a person reads it ("Lifetime (years)"): the table's own entry
    for the column first, then the column's, else the column's name with spaces."""
    fields = labels_of("Field")
    found = fields.get(f"{table}.{column}") or fields.get(column)
    return found.get(lang) if found is not None else column.replace("_", " ")


def entity_label(entity: str, lang: str) -> str:
    """One record of a kind, for undo entries and messages ("option", "giải pháp"); the entity
    name itself when it has no label."""
    found = labels_of("Entity").get(entity)
    return found.get(lang) if found is not None else entity


def table_label(table: str, lang: str) -> str:
    """A synced table as the sync screens count it ("options", "process steps"); else the
    name of one of its records (:func:`entity_label`)."""
    found = labels_of("Table").get(table)
    return found.get(lang) if found is not None else entity_label(table, lang)
