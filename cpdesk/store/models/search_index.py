"""The option library's search index kept in the database: the words of each type searched.

Not a record: derived from the catalogue of option types in use (shipped, or the centre's
from its last pack), never synced, and written again whenever that catalogue changes
(:mod:`cpdesk.store.option_type_index`, which also says how SQLite's FTS5 table and
PostgreSQL's GIN index over it are kept).
"""

from __future__ import annotations

from sqlalchemy import DDL, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.store.base import Base


class OptionTypeWord(Base):
    """One type of the catalogue in use and the folded words the search looks in (its titles,
    code, process and description in both languages), each once, separated by one space.

    ``id`` is an integer key so that SQLite's FTS5 table can name the row by it (a rowid
    that VACUUM never renumbers)."""

    __tablename__ = "option_type_word"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    words: Mapped[str] = mapped_column(Text)


# PostgreSQL's index of the words, each a lexeme as it is (no parser, no dictionary): a prefix
# query ('nuoc':*) finds the types holding a word that begins so. Made by revision 0014, and
# here by DDL after the table on PostgreSQL alone: an Index with ``postgresql_using`` would
# load SQLAlchemy's PostgreSQL dialect when the models are imported, about 0.06 s of CPU at
# every command on SQLite (autogenerate compares no expression index either way).
event.listen(
    OptionTypeWord.__table__,
    "after_create",
    DDL(
        "CREATE INDEX ix_option_type_word_lexemes ON option_type_word"
        " USING gin (array_to_tsvector(string_to_array(words, ' ')))"
    ).execute_if(dialect="postgresql"),
)
