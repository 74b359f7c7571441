"""The catalogues a centre sends, read in place of the shipped ones.

A centre's reference-data pack carries its catalogues (sectors, option and cause categories,
labels, the option library's types; see :mod:`cpdesk.services.sync.reference_pack`); the installation stores them in its
database, and :func:`use_catalogues` makes the loaders of :mod:`cpdesk.core.reference`
read them instead of the shipped files (the workbench does so for the catalogues its
database received). The methodology stays the shipped one: the workbench's sections are
built on its 18 tasks.

The catalogues in use are kept by :mod:`cpdesk.core.reference` itself (its loaders read
them there); this module decides which ones, checks them and clears the loaders' caches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cpdesk.core.labels.catalogue import all_labels, vocabulary_labels
from cpdesk.core.reference import cause_categories, option_categories, sectors
from cpdesk.core.reference.files import _reading, _received
from cpdesk.core.reference.option_types import option_library
from cpdesk.store.database import Database

__all__ = [
    "RECEIVED_CATALOGUES",
    "catalogues_in_use",
    "check_catalogue",
    "read_catalogue",
    "use_catalogues",
    "use_catalogues_of",
]

#: The catalogues a pack may replace, by file name without ``.json``.
RECEIVED_CATALOGUES = ("sectors", "option_categories", "cause_categories", "vocabulary_labels", "option_types")


def check_catalogue(name: str, content: bytes) -> bool:
    """Raise :class:`~cpdesk.core.reference.ReferenceDataError` unless ``content`` is a
    catalogue ``name`` this cpdesk can read; False for a name it does not read (kept, not used)."""
    if name not in _catalogue_loaders():
        return False
    read_catalogue(name, content)
    return True


def read_catalogue(name: str, content: bytes) -> Any:
    """The catalogue ``name`` of ``content`` as its loader reads it (the option library's
    :class:`~cpdesk.core.reference.option_types.OptionLibrary`), the others in use beside it;
    :class:`~cpdesk.core.reference.ReferenceDataError` for one it cannot read."""
    token = _reading.set({**_received, name: bytes(content)})
    try:
        return _catalogue_loaders()[name].__wrapped__()
    finally:
        _reading.reset(token)


def use_catalogues(documents: Mapping[str, bytes]) -> tuple[str, ...]:
    """Read the catalogues in ``documents`` (name -> JSON bytes) from now on, the shipped
    files for the others; replaces an earlier call (no documents: the shipped ones again).
    Each is checked first; a malformed one raises and changes nothing."""
    wanted = {name: bytes(content) for name, content in documents.items() if name in RECEIVED_CATALOGUES}
    for name, content in wanted.items():
        check_catalogue(name, content)
    _received.clear()
    _received.update(wanted)
    for loader in (*_catalogue_loaders().values(), all_labels):
        loader.cache_clear()
    return tuple(sorted(wanted))


def use_catalogues_of(db: Database) -> tuple[str, ...]:
    """:func:`use_catalogues` with the catalogues the database ``db`` received from the centre."""
    from sqlalchemy import text  # here: the other functions take bytes and need no database

    from cpdesk.services.uow import reading

    # Plain SQL on the table of cpdesk.store.models.sync.SyncReferenceDocument: every start
    # asks, and mapping the sync tables for it would cost the start a tenth of its time.
    with reading(db) as session:
        rows = session.execute(text("SELECT name, content FROM sync_reference_document"))
        return use_catalogues({name: content.encode("utf-8") for name, content in rows})


def catalogues_in_use() -> tuple[str, ...]:
    """The catalogues read from the centre's pack rather than the shipped files."""
    return tuple(sorted(_received))


def _catalogue_loaders() -> dict[str, Any]:
    return {
        "sectors": sectors,
        "option_categories": option_categories,
        "cause_categories": cause_categories,
        "vocabulary_labels": vocabulary_labels,
        "option_types": option_library,
    }
