"""Full-text search of the option library: an SQLite FTS5 index of the catalogue in use.

At a centre whose pack brings many types, ``cpdesk library search`` asks an FTS5 index which
types hold every word typed rather than reading each type's words in Python. The index is an
FTS5 table with ``tokenize="unicode61 remove_diacritics 2"``: "thu hoi nuoc ngung" finds "Thu
hồi nước ngưng", each word typed being a prefix query (``"ngu"*`` finds "ngưng"), all of them
required, in any column. The columns are what the search in memory
(:mod:`cpdesk.core.option_search`) looks in: the titles, code, process and description, in
both languages; its ranking is then applied to the types found, so both searches list the same
types in the same order.

Decisions:

- **An SQLite database of its own, in memory, built at first use.** The index is derived from
  the catalogue in use, which the centre's reference-data pack may replace at any time, not
  from the records. In the workspace's file it would have to be written on a search (a read),
  would travel in backups and could fall out of date with the catalogue; as a TEMP table of
  the workspace's connection it is undone by the rollback that ends every read transaction,
  so it would be built again on each search. Built once per process from the catalogue (a
  few milliseconds for a few hundred types) and again when the catalogue's fingerprint
  changes, it also serves a centre on PostgreSQL, whose ``unaccent`` extension may be missing.
- **"đ" is written "d"** in the indexed text: ``remove_diacritics`` takes the marks off
  letters, and "đ" is a letter of its own (``fold`` makes it "d" too).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Sequence

from cpdesk.core.reference.option_types import OptionLibrary

_D = str.maketrans({"đ": "d", "Đ": "D"})
_lock = threading.Lock()
#: The index in use: (the catalogue's fingerprint, its connection); one at a time.
_built: tuple[str, sqlite3.Connection] | None = None
#: The fingerprints of the catalogues seen, by the catalogue object (a pack makes a new one).
_prints: dict[int, tuple[OptionLibrary, str]] = {}


def available() -> bool:
    """Is SQLite here built with FTS5?"""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def fingerprint(library: OptionLibrary) -> str:
    """What identifies the catalogue's searchable texts (a changed text builds the index again)."""
    seen = _prints.get(id(library))
    if seen is not None and seen[0] is library:
        return seen[1]
    digest = hashlib.sha256()
    for t in library.types:
        label = library.process(t.process).label
        for part in (t.code, t.title.vi, t.title.en, label.vi, label.en, t.description.vi, t.description.en):
            digest.update(part.encode("utf-8") + b"\x00")
    _prints[id(library)] = (library, digest.hexdigest())
    return digest.hexdigest()


def _index(library: OptionLibrary) -> sqlite3.Connection:
    """The connection holding the index of ``library``, built if it is not yet (call locked)."""
    global _built
    stamp = fingerprint(library)
    if _built is not None and _built[0] == stamp:
        return _built[1]
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.execute(
        "CREATE VIRTUAL TABLE option_type USING fts5(code UNINDEXED, title, code_words, process, description,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    rows = []
    for t in library.types:
        label = library.process(t.process).label
        rows.append(
            (
                t.code,
                f"{t.title.vi} {t.title.en}".translate(_D),
                t.code,
                f"{label.vi} {label.en}".translate(_D),
                f"{t.description.vi} {t.description.en}".translate(_D),
            )
        )
    connection.executemany("INSERT INTO option_type VALUES (?, ?, ?, ?, ?)", rows)
    connection.commit()
    if _built is not None:
        _built[1].close()
    _built = (stamp, connection)
    return connection


def matching_codes(library: OptionLibrary, words: Sequence[str]) -> set[str]:
    """The codes of the types holding a word that begins with each of ``words`` (folded words
    of letters and digits, as :func:`cpdesk.core.option_search.words` gives them)."""
    if not words:
        return {t.code for t in library.types}
    # Each word is letters and digits only, so quoting it makes a plain prefix query.
    query = " AND ".join(f'"{w}"*' for w in words)
    with _lock:
        found = _index(library).execute("SELECT code FROM option_type WHERE option_type MATCH ?", (query,))
        return {str(code) for (code,) in found}
