"""The catalogues of the reference data: the eight option categories (task 8), the eight
causes of waste (task 7) and the industrial sectors, each with its labels in both languages.

A centre's reference-data pack may replace any of them (see :mod:`.files`); the sectors the
centre does not name keep the shipped labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from cpdesk.core.reference.files import (
    REFERENCE_DIR,
    Text,
    _check_numbered,
    _check_unique,
    _Doc,
    _enum_code,
    _read_json,
    _reading,
    _received,
)
from cpdesk.core.vocabulary import CauseCategory, OptionCategory


@dataclass(frozen=True)
class OptionCategoryInfo:
    """One of the eight CP option categories (task 8) with an example."""

    code: OptionCategory
    number: int
    label: Text
    example: Text
    example_source: str


@dataclass(frozen=True)
class CauseCategoryInfo:
    """One of the eight causes of waste (task 7) with its guiding question."""

    code: CauseCategory
    number: int
    label: Text
    question: Text


@dataclass(frozen=True)
class Sector:
    """An industrial sector; ``parent`` is set for a sub-sector (e.g. electroplating)."""

    code: str
    label: Text
    parent: str | None = None


@cache
def option_categories() -> tuple[OptionCategoryInfo, ...]:
    """The eight option categories in their order, from ``reference/option_categories.json``."""
    return _categories(
        "option_categories",
        OptionCategory,
        lambda doc, raw, where, code, number: OptionCategoryInfo(
            code=code,
            number=number,
            label=doc.text(raw, "label", where),
            example=doc.text(raw, "example", where),
            example_source=doc.string(raw, "example_source", where),
        ),
    )


@cache
def cause_categories() -> tuple[CauseCategoryInfo, ...]:
    """The eight causes of waste in their order, from ``reference/cause_categories.json``."""
    return _categories(
        "cause_categories",
        CauseCategory,
        lambda doc, raw, where, code, number: CauseCategoryInfo(
            code=code, number=number, label=doc.text(raw, "label", where), question=doc.text(raw, "question", where)
        ),
    )


def _categories(name: str, enum: type[Enum], make: Callable[[_Doc, Any, str, Any, int], Any]) -> tuple[Any, ...]:
    """A numbered list of ``categories`` naming every member of ``enum`` once, in order."""
    file, data = _read_json(REFERENCE_DIR, f"{name}.json")
    doc = _Doc(file)
    doc.header(data)
    items = []
    for i, raw in enumerate(doc.array(data, "categories")):
        where = f"categories[{i}]"
        items.append(make(doc, raw, where, _enum_code(doc, enum, raw, where), doc.integer(raw, "number", where)))
    _check_numbered(doc, "categories", [c.number for c in items])
    _check_unique(doc, "categories", [c.code for c in items])
    missing = [m.value for m in enum if m not in {c.code for c in items}]
    if missing:
        raise doc.error("categories", "missing_codes", codes=list(missing))
    return tuple(items)


@cache
def sectors() -> tuple[Sector, ...]:
    """The sectors, parents before their sub-sectors, from ``reference/sectors.json``.

    When the centre sent its own list, its sectors come first (its labels win) and the
    shipped sectors it does not name follow, so a company's sector always has a label.
    """
    items = list(_sectors(*_read_json(REFERENCE_DIR, "sectors.json")))
    known = {s.code for s in items}
    if (_reading.get() or _received).get("sectors") is not None:
        items += [s for s in _sectors(*_read_json(REFERENCE_DIR, "sectors.json", shipped=True)) if s.code not in known]
    return tuple(items)


def _sectors(file: str, data: Any) -> list[Sector]:
    doc = _Doc(file)
    doc.header(data)
    items = []
    for i, raw in enumerate(doc.array(data, "sectors")):
        where = f"sectors[{i}]"
        parent = doc.get(raw, "parent", where, optional=True)
        items.append(
            Sector(
                code=doc.code(raw, "code", where),
                label=doc.text(raw, "label", where),
                parent=None if parent is None else doc.code(raw, "parent", where),
            )
        )
    _check_unique(doc, "sectors", [s.code for s in items])
    known = {s.code for s in items}
    for i, sector in enumerate(items):
        if sector.parent is not None and sector.parent not in known:
            raise doc.error(f"sectors[{i}].parent", "unknown_parent_sector", got=repr(sector.parent))
    return items
