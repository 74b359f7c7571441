"""Full-text search of the option library: an index of the catalogue in use, in the database.

``cpdesk library search`` given a database asks an index which types hold a word beginning
with each word typed, rather than reading every type's words in Python; the types found are
then ranked by :mod:`cpdesk.core.option_search`, so the two searches list the same types in
the same order.

The index is kept in the database (revision 0014):

- ``option_type_word`` (:class:`~cpdesk.store.models.OptionTypeWord`) holds per type the
  folded words the search in memory looks in, each once (its titles, code, process and
  description, in both languages: :func:`~cpdesk.core.option_search.searched_words`). They
  are folded by Python, by the one rule of :func:`cpdesk.core.folding.fold`, so both
  databases need no ``unaccent`` and nothing folds differently from the screens' search.
- SQLite: an FTS5 table over those words (external content: stored once, in
  ``option_type_word``), kept in step with it by triggers, so any writer of the words keeps
  the index right. Its tokenizer is ``ascii``: the words are folded already, and it splits
  only at the spaces between them. ``unicode61 remove_diacritics 2`` folds otherwise than
  the search in memory outside Vietnamese ("Σύστημα" keeps its accent, "Straße" is not
  "strasse"; the search in memory finds both by "συστημα" and "strasse"). A word typed is a
  prefix query (``"ngu"*``), all of them required.
- PostgreSQL: a GIN index of ``array_to_tsvector(string_to_array(words, ' '))``: each word a
  lexeme as it is (no parser or dictionary, not even the ``simple`` configuration's, comes
  between them and the search), a prefix query (``'ngu':*``) per word typed.

Decisions:

- **Derived from the catalogue, not from the records.** The words are those of the
  catalogue of option types in use, which the centre's reference-data pack replaces: the
  pack's import writes them again in its own transaction, and ``local_setting`` keeps the
  fingerprint of the catalogue they were written from. A search that finds the fingerprint
  differing (a database upgraded to 0014, a cpdesk shipping another catalogue, a process
  using another catalogue) or the FTS5 table missing (a file made where SQLite lacked FTS5)
  writes the index again first. Options and their links to types are not in it: the search
  reads the types' own texts only.
- **Written again row by row.** Only the types added, changed or dropped are written, so a
  pack that changes a few types changes a few rows (and the FTS5 index follows through its
  triggers); on PostgreSQL the table is locked while it is written, so that two people
  searching at once do not both write it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from functools import cache

from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlalchemy.orm import Session

from cpdesk.core.option_search import searched_words
from cpdesk.core.reference.option_types import OptionLibrary
from cpdesk.store.models import LocalSetting, OptionTypeWord

#: ``local_setting`` key: the fingerprint of the catalogue the index was written from.
SETTING = "option_type_index"
#: SQLite's FTS5 table of the words (its shadow tables are named after it).
FTS_TABLE = "option_type_fts"
#: More rows to write than this, and SQLite's FTS5 index is written afresh, not by the triggers.
BULK_ROWS = 1000
#: Part of the fingerprint: changed when what the index holds changes, so that every
#: database's index is written again by the first search.
RULE = "words-1"

#: SQLite's FTS5 table and the triggers that keep it in step (as revision 0014 creates them).
SQLITE_OBJECTS = {
    FTS_TABLE: "CREATE VIRTUAL TABLE option_type_fts USING fts5(words, content='option_type_word',"
    " content_rowid='id', tokenize='ascii')",
    "option_type_word_ai": "CREATE TRIGGER option_type_word_ai AFTER INSERT ON option_type_word BEGIN"
    " INSERT INTO option_type_fts(rowid, words) VALUES (new.id, new.words); END",
    "option_type_word_ad": "CREATE TRIGGER option_type_word_ad AFTER DELETE ON option_type_word BEGIN"
    " INSERT INTO option_type_fts(option_type_fts, rowid, words) VALUES ('delete', old.id, old.words); END",
    "option_type_word_au": "CREATE TRIGGER option_type_word_au AFTER UPDATE ON option_type_word BEGIN"
    " INSERT INTO option_type_fts(option_type_fts, rowid, words) VALUES ('delete', old.id, old.words);"
    " INSERT INTO option_type_fts(rowid, words) VALUES (new.id, new.words); END",
}

#: The fingerprints of the catalogues seen, by the catalogue object (a pack makes a new one).
_prints: dict[int, tuple[OptionLibrary, str]] = {}


@cache
def available() -> bool:
    """Is SQLite here built with FTS5?"""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def mapped(name: str | None, kind: str, _parent: object = None) -> bool:
    """False for SQLite's FTS5 table of the index and its shadow tables, which no model maps,
    and for PostgreSQL's GIN index of the words, which the model makes by DDL of its own
    (Alembic's ``include_name``, when it compares the models with a database)."""
    if kind == "index":
        return name != "ix_option_type_word_lexemes"
    return kind != "table" or not (name == FTS_TABLE or (name or "").startswith(f"{FTS_TABLE}_"))


def fingerprint(library: OptionLibrary) -> str:
    """What identifies the catalogue's searchable texts (a changed text writes the index again)."""
    seen = _prints.get(id(library))
    if seen is not None and seen[0] is library:
        return seen[1]
    labels = {p.code: p.label for p in library.processes}
    parts = [RULE]
    for t in library.types:
        label = labels[t.process]
        parts += (t.code, t.title.vi, t.title.en, label.vi, label.en, t.description.vi, t.description.en)
    stamp = hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()  # one call: 20 000 types in ms
    _prints[id(library)] = (library, stamp)
    return stamp


def is_current(session: Session, library: OptionLibrary) -> bool:
    """Does the database's index hold the words of ``library`` (and, on SQLite, its FTS5
    table and triggers)?"""
    stored = session.execute(select(LocalSetting.value).where(LocalSetting.key == SETTING)).scalar()
    if stored != fingerprint(library):
        return False
    return not _sqlite(session) or len(_sqlite_objects(session)) == len(SQLITE_OBJECTS)


def refresh(session: Session, library: OptionLibrary) -> None:
    """Write the index of ``library`` in the session's transaction, unless it holds it
    already: the words of the types added or changed, none of those dropped, the FTS5 table
    and its triggers on SQLite if any is missing (and FTS5 is there)."""
    rebuild = False
    if _sqlite(session):
        rebuild = _sqlite_objects_made(session)
    elif session.get_bind().dialect.name == "postgresql":
        # Self-exclusive, and reads go on: a second writer waits, then finds the work done.
        session.execute(text("LOCK TABLE option_type_word IN SHARE ROW EXCLUSIVE MODE"))
    stamp = fingerprint(library)
    stored = session.get(LocalSetting, SETTING)
    if stored is not None and stored.value == stamp and not rebuild:
        return
    wanted = {code: " ".join(found) for code, found in searched_words(library).items()}
    table = OptionTypeWord.__table__
    held = {code: (key, words) for key, code, words in session.execute(select(table))}
    gone = [key for code, (key, _) in held.items() if code not in wanted]
    changed = [{"key": held[c][0], "new": w} for c, w in wanted.items() if c in held and held[c][1] != w]
    added = [{"code": code, "words": words} for code, words in wanted.items() if code not in held]
    # FTS5 indexes rows ten times faster all at once than one by one through the triggers
    # (20 460 types: 0.6 s against 6.4 s): many rows are written without them.
    bulk = _sqlite(session) and available() and len(gone) + len(changed) + len(added) > BULK_ROWS
    if bulk:
        for name in SQLITE_OBJECTS:
            if name != FTS_TABLE:
                session.execute(text(f"DROP TRIGGER {name}"))
    for start in range(0, len(gone), 500):
        session.execute(delete(table).where(table.c.id.in_(gone[start : start + 500])))
    if changed:
        session.execute(update(table).where(table.c.id == bindparam("key")).values(words=bindparam("new")), changed)
    if added:
        session.execute(insert(table), added)
    if bulk:
        for name, ddl in SQLITE_OBJECTS.items():
            if name != FTS_TABLE:
                session.execute(text(ddl))
    if rebuild or bulk:  # index every row the table holds, afresh
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    if stored is None:
        session.add(LocalSetting(key=SETTING, value=stamp))
    else:
        stored.value = stamp
    session.flush()


def matching_codes(session: Session, words: Sequence[str]) -> set[str]:
    """The codes of the types holding a word that begins with each of ``words`` (folded words
    of letters and digits, as :func:`cpdesk.core.option_search.words` gives them); none: every type."""
    if not words:
        return {str(code) for code in session.execute(select(OptionTypeWord.code)).scalars()}
    if _sqlite(session):
        # Each word is letters and digits only, so quoting it makes a plain prefix query.
        query = " AND ".join('"{}"*'.format(w.replace('"', '""')) for w in words)
        found = session.execute(
            text(
                f"SELECT w.code FROM {FTS_TABLE} f JOIN option_type_word w ON w.id = f.rowid"
                f" WHERE {FTS_TABLE} MATCH :query"
            ),
            {"query": query},
        )
    else:
        query = " & ".join("'{}':*".format(w.replace("\\", "\\\\").replace("'", "''")) for w in words)
        found = session.execute(
            text(
                "SELECT code FROM option_type_word"
                " WHERE array_to_tsvector(string_to_array(words, ' ')) @@ CAST(:query AS tsquery)"
            ),
            {"query": query},
        )
    return {str(code) for (code,) in found}


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _sqlite_objects(session: Session) -> set[str]:
    names = ", ".join(f"'{name}'" for name in SQLITE_OBJECTS)
    return {str(n) for (n,) in session.execute(text(f"SELECT name FROM sqlite_master WHERE name IN ({names})"))}


def _sqlite_objects_made(session: Session) -> bool:
    """Make SQLite's FTS5 table and triggers where any is missing (all of them again, from an
    empty FTS5 table); True when made. Nothing is made where SQLite lacks FTS5."""
    present = _sqlite_objects(session)
    if len(present) == len(SQLITE_OBJECTS) or not available():
        return False
    for name in present:
        kind = "TABLE" if name == FTS_TABLE else "TRIGGER"
        session.execute(text(f"DROP {kind} {name}"))
    for ddl in SQLITE_OBJECTS.values():
        session.execute(text(ddl))
    return True
