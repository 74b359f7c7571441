"""Searching the option library of a database: its catalogue through the full-text index.

``cpdesk library search`` given a database searches the catalogue that database uses (the
shipped one, or the centre's from its last pack): the database's own index
(:mod:`cpdesk.store.option_type_index`: SQLite's FTS5, PostgreSQL's GIN index, over the
types' words folded as the screens fold them) says which types hold every word typed, then
they are ranked as the search in memory ranks them (:func:`cpdesk.core.option_search.search`),
so both give the same types in the same order. An index written from another catalogue, or
none yet (a database just upgraded), is written first, in a transaction of its own; where
Python's SQLite lacks FTS5 the catalogue is searched in memory, and the result says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import Message, msg
from cpdesk.core.option_search import Found, search, words
from cpdesk.core.reference import sectors
from cpdesk.core.reference.option_types import option_library
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store import option_type_index
from cpdesk.store.database import Database

#: How a search was made: the database's full-text index, or the catalogue in memory.
BY_INDEX = "index"
IN_MEMORY = "memory"


@dataclass(frozen=True)
class LibrarySearch:
    """The types found, best first, how they were found and, when not by the index, why."""

    found: tuple[Found, ...]
    method: str
    note: Message | None = None


def search_types(
    db: Database, text: str = "", *, sector: str | None = None, category: str | None = None
) -> LibrarySearch:
    """The types of the catalogue in use matching ``text`` (accents and case ignored) and the
    sector and category codes (an unknown code is refused naming the known ones)."""
    chosen = None
    if category is not None:
        try:
            chosen = OptionCategory(category)
        except ValueError:
            codes = [c.value for c in OptionCategory]
            raise CpdeskError(msg("library.unknown_category", given=category, codes=codes)) from None
    if sector is not None and sector not in {s.code for s in sectors()}:
        raise CpdeskError(msg("library.unknown_sector", given=sector, codes=[s.code for s in sectors()]))
    typed = words(text)
    with reading(db) as session:  # the database's catalogues are the ones in use once it is open
        library = option_library()
        if not typed:  # blank (every type) or marks only (none): nothing to look up
            return LibrarySearch(tuple(search(library, text, sector=sector, category=chosen)), IN_MEMORY)
        if session.get_bind().dialect.name == "sqlite" and not option_type_index.available():
            found = search(library, text, sector=sector, category=chosen)
            return LibrarySearch(tuple(found), IN_MEMORY, msg("library.search_in_memory"))
        among = (
            option_type_index.matching_codes(session, typed) if option_type_index.is_current(session, library) else None
        )
    if among is None:
        with unit_of_work(db) as session:
            option_type_index.refresh(session, library)
            among = option_type_index.matching_codes(session, typed)
    return LibrarySearch(tuple(search(library, text, sector=sector, category=chosen, among=among)), BY_INDEX)
